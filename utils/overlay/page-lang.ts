// The language of everything Tact draws in the page (badges, cards, flags, chips, meter, toasts):
// the options' `language` setting, 'auto' meaning the browser's. Read once when the content script
// starts (settings.get), then kept current by the background, which pushes `overlay.settings` to the
// tabs when settings.set changes it. A push rather than re-reading on each card open: flags, chips
// and toasts have no "open" moment, and a rare push costs nothing while the CM works.
import type { Lang } from '../i18n/messages';
import { resolveLanguage, type UiLanguageSetting } from '../i18n/resolve';
import type { RequestOf, ResponseOf } from '../messaging/protocol';

let setting: UiLanguageSetting = 'auto';
const listeners = new Set<() => void>();

/** The language the page UI speaks now. */
export function pageLanguage(): Lang {
  return resolveLanguage(setting, typeof navigator === 'undefined' ? 'en' : navigator.language);
}

/** Applies a setting; listeners run only when the resolved language actually changes. */
export function setPageLanguageSetting(next: UiLanguageSetting): boolean {
  const before = pageLanguage();
  setting = next;
  if (pageLanguage() === before) return false;
  for (const fn of [...listeners]) {
    try {
      fn();
    } catch (error) {
      console.error('[tact] language change', error);
    }
  }
  return true;
}

/** Calls `fn` after each change of the page language; returns the unsubscribe. */
export function onPageLanguageChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

type SettingsSend = (type: 'settings.get', payload: RequestOf<'settings.get'>) => Promise<ResponseOf<'settings.get'>>;

/**
 * Reads the setting from the background before the overlay draws anything, so the first badges
 * already speak it. A background that does not answer within `timeoutMs` leaves 'auto' (the
 * browser's language) rather than holding the page UI back; a late answer still applies.
 */
export async function loadPageLanguage(send: SettingsSend, timeoutMs = 1500): Promise<void> {
  const read = send('settings.get', {}).then(
    (s) => void setPageLanguageSetting(s.language),
    (error: unknown) => console.warn('[tact] settings not read; the page UI follows the browser language', error),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([read, new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
  clearTimeout(timer);
}
