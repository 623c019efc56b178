// Looking strings up: the UI language from the setting and the browser's, {name} interpolation,
// and turning validation/error codes into messages. Pure: no DOM, no browser APIs (tested in Node).
import { dictionaries, en, type Lang, type MessageKey } from './messages';

export { dictionaries, en, fr, type Dictionary, type Lang, type MessageKey } from './messages';
export type Params = Record<string, string | number>;
export { resolveLanguage, type UiLanguageSetting } from './resolve';

/** The message for `key` in `lang`, with each {name} replaced by params.name (unknown ones left as is). */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(en, value);
}

/** A validation message (an i18n key such as 'error.handle') in `lang`; unknown ones get a generic text. */
export function tIssue(lang: Lang, message: string): string {
  return isMessageKey(message) && message.startsWith('error.') ? t(lang, message) : t(lang, 'error.invalid');
}

/** The text for a message error code ('invalid', 'failed'…); unknown codes read as 'failed'. */
export function tErrorCode(lang: Lang, code: string): string {
  const key = `error.code.${code}`;
  return isMessageKey(key) ? t(lang, key) : t(lang, 'error.code.failed');
}
