// What the badge of a mention says, and what its card shows, in the user's language.
import type { Analysis } from '../core/item-state';
import type { Mention } from '../core/matcher';
import { t } from '../../overlay/i18n';
import type { BadgeContent } from './badge';
import { suggestionsSection } from '../../tone/page/suggestions';
import type { CareInfo } from '../../care/core/care-info';

type Lang = 'fr' | 'en';

// The page UI's language now lives in page-lang.ts (it follows the options' setting).
export { pageLanguage } from '../../overlay/page-lang';

export function badgeContent(
  mentions: readonly Mention[],
  analysis: Analysis | null,
  lang: Lang,
  key?: string,
  /** Community care: an item of an open incident gets the brand's holding statements first. */
  care?: CareInfo | null,
): BadgeContent {
  const brands = [...new Set(mentions.map((m) => m.brandName))];
  const intent = analysis ? t(lang, `intent.${analysis.intent}`) : '';
  const label = [brands.join(' · '), intent].filter(Boolean).join(' — ');
  const details = [{ label: t(lang, 'card.brands'), value: brands.join(', ') }];
  if (analysis) {
    details.push(
      { label: t(lang, 'card.intent'), value: intent },
      { label: t(lang, 'card.sentiment'), value: sentimentWord(analysis.sentiment, lang) },
      { label: t(lang, 'card.priority'), value: `${Math.round(analysis.priority)} / 100` },
      { label: t(lang, 'card.nextStep'), value: analysis.nextStep },
    );
  }
  return {
    label,
    name: t(lang, 'badge.name', { label }),
    dataLabel: brands.join(' · '),
    title: t(lang, 'card.title', { brands: brands.join(', ') }),
    details,
    ...(key ? { key } : {}),
    attrs: analysis ? { intent: analysis.intent, priority: String(Math.round(analysis.priority)) } : {},
    sections: key
      ? care?.incidentId
        ? [suggestionsSection(key, 'holding'), suggestionsSection(key)]
        : [suggestionsSection(key)]
      : [],
  };
}

function sentimentWord(score: number, lang: Lang): string {
  const key = score <= -0.2 ? 'card.negative' : score >= 0.2 ? 'card.positive' : 'card.neutral';
  return `${t(lang, key)} (${score >= 0 ? '+' : ''}${score.toFixed(2)})`;
}
