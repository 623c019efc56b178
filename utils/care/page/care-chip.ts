// Community care's chip next to an author: "New here" for a newcomer to the brand community, or
// "Advocate · 3 praises in 30 days, answered 2" / "Detractor · …" from their stored history. It is the
// mention badge's button and card (mentions/page/badge.ts: closed shadow root, text only, nothing
// about the author on the host, Escape closes the card and gives the focus back) under its own tag,
// kept that small for the content script's budget; the card holds, for a newcomer, welcome
// suggestions (for an advocate, thanks) that insert into this item's reply box (tone/page/suggestions.ts).
import { badgeInternals, createBadge, updateBadge, type BadgeContent } from '../../mentions/page/badge';
import { CARE_TAG } from '../../overlay/tags';
import { t, type Lang } from '../../overlay/i18n';
import { INSERTED_EVENT, suggestionsSection } from '../../tone/page/suggestions';
import type { CareInfo } from '../core/care-info';

export type CareChipKind = 'newcomer' | 'advocate' | 'detractor';

export interface CareChipView {
  kind: CareChipKind;
  content: BadgeContent;
  /** What the chip says once a suggestion from its card went in (a newcomer: "Welcomed"). */
  afterInsert?: CareChipView;
}

/** What the chip says for an item's care info (in the card, its suggestions), or null when nothing. */
export function careChipView(
  care: CareInfo | null | undefined,
  author: string,
  lang: Lang,
  key: string,
): CareChipView | null {
  const s = care?.standing;
  const kind = care?.newcomer ? 'newcomer' : s?.kind;
  if (!kind) return null;
  const label =
    kind === 'newcomer'
      ? t(lang, 'care.chip.new')
      : t(lang, `care.chip.${kind}`, {
          count: kind === 'advocate' ? s!.positives : s!.negatives,
          days: s!.days,
          answered: s!.answered,
        });
  // Its accessible name starts with what it shows (WCAG 2.5.3), then says whose it is.
  const who = author.trim() || '?';
  const purpose = kind === 'newcomer' ? 'welcome' : kind === 'advocate' ? 'thanks' : null;
  const view = (text: string): BadgeContent => ({
    label: text,
    name: `${text} · ${who}`,
    title: `${text} · ${who}`,
    // The card says it again with whose it is (a detractor's card holds only that).
    details: [{ label: who, value: text }],
    sections: purpose ? [suggestionsSection(key, purpose)] : [],
  });
  return {
    kind,
    content: view(label),
    ...(kind === 'newcomer' ? { afterInsert: { kind, content: view(t(lang, 'care.chip.welcomed')) } } : {}),
  };
}

const afterInsert = new WeakMap<Element, CareChipView>();

export function createCareChip(doc: Document, view: CareChipView): HTMLElement {
  const host = createBadge(doc, view.content, CARE_TAG);
  updateCareChip(host, view);
  badgeInternals(host)?.card.addEventListener(INSERTED_EVENT, () => {
    const next = afterInsert.get(host);
    const button = badgeInternals(host)?.button;
    if (!next || !button) return;
    // Only the button's words change: the open card (and the focus on its Insert button) stays as it is.
    button.textContent = next.content.label;
    button.title = next.content.title;
    button.setAttribute('aria-label', next.content.name ?? next.content.title);
    button.classList.add('welcomed');
  });
  return host;
}

export function updateCareChip(host: Element, view: CareChipView): void {
  if (view.afterInsert) afterInsert.set(host, view.afterInsert);
  else afterInsert.delete(host);
  updateBadge(host, view.content);
  const button = badgeInternals(host)?.button;
  if (button) button.className = `chip ${view.kind}`;
}
