// The strings the page UI shows (badges, cards, flags, chips, meter, suggestions, toasts), apart
// from the extension pages' much larger set: the content script ships only these, in FR and EN.
// Same lookup as i18n/translate.ts; the compiler checks every key the page code asks for is here,
// and tests/unit/i18n-page.test.ts that each reads as in the full dictionaries.
import type { Lang } from '../i18n/messages';
import type { Params } from '../i18n/translate';
import { enKitNotes, frKitNotes } from '../kit/messages-notes';
import { enAiPage, frAiPage } from '../tone/messages-ai-page';
import { enTonePage, frTonePage } from '../tone/messages-page';
import { enTrolls, frTrolls } from '../trolls/messages';
import { enPageLang, frPageLang } from './messages';
import { enOverlay, frOverlay } from './messages-page';
import { enCarePage, frCarePage } from '../care/messages-page';
import { enCharterPage, frCharterPage } from '../care/messages-charter-page';

export type { Lang } from '../i18n/messages';

export const enPage = {
  ...enOverlay,
  ...enPageLang,
  ...enTonePage,
  ...enAiPage,
  ...enTrolls,
  ...enKitNotes,
  ...enCarePage,
  ...enCharterPage,
};
export type PageKey = keyof typeof enPage;
export const frPage: Record<PageKey, string> = {
  ...frOverlay,
  ...frPageLang,
  ...frTonePage,
  ...frAiPage,
  ...frTrolls,
  ...frKitNotes,
  ...frCarePage,
  ...frCharterPage,
};
const pageDictionaries: Record<Lang, Record<PageKey, string>> = { en: enPage, fr: frPage };

/** The page string for `key` in `lang`, with each {name} replaced by params.name (unknown ones left as is). */
export function t(lang: Lang, key: PageKey, params?: Params): string {
  const template = pageDictionaries[lang][key] ?? enPage[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Whether `value` is one of the page's keys (a key sent by the background, such as 'ai.error.…'). */
export function isPageKey(value: string): value is PageKey {
  return Object.hasOwn(enPage, value);
}
