// Which language the UI speaks, apart from the strings themselves so the content script can
// resolve it without loading the extension pages' dictionaries (utils/overlay/i18n.ts has its own).
import type { Lang } from './messages';

export type UiLanguageSetting = 'auto' | Lang;

/**
 * The language to show: the setting when it names one, else the browser's. Any French locale
 * ("fr", "fr-CA", "fr_BE") gives French; everything else, English. "frr" (North Frisian) and
 * "frp" (Arpitan) are not French, hence the exact subtag test rather than a plain prefix.
 */
export function resolveLanguage(setting: UiLanguageSetting | undefined, navigatorLanguage?: string | null): Lang {
  if (setting === 'fr' || setting === 'en') return setting;
  return /^fr(?:[-_]|$)/i.test(navigatorLanguage ?? '') ? 'fr' : 'en';
}
