// The UI language of a page: a context holding `t` for the chosen language. LiveI18nProvider follows
// the language setting in the database live (the user can switch it on another page); without a
// provider, components fall back to the browser's language, which keeps them testable alone.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { uiLanguageSchema } from '../utils/settings/core/schema';
import { MessageError } from '../utils/messaging/client';
import {
  resolveLanguage,
  t as translate,
  tErrorCode,
  tIssue,
  type Lang,
  type MessageKey,
  type Params,
  type UiLanguageSetting,
} from '../utils/i18n/translate';
import { pageDb } from './db';
import { useLiveQuery } from './live-query';

export interface I18n {
  lang: Lang;
  /** The stored setting ('auto' follows the browser). */
  setting: UiLanguageSetting;
  t(key: MessageKey, params?: Params): string;
  /** A validation message key ('error.handle') as text. */
  issue(message: string): string;
  /** Why something thrown by `send` (or anything else) failed, as text. */
  reason(error: unknown): string;
}

function browserLanguage(): string {
  return globalThis.navigator?.language ?? '';
}

export function makeI18n(setting: UiLanguageSetting, navigatorLanguage = browserLanguage()): I18n {
  const lang = resolveLanguage(setting, navigatorLanguage);
  return {
    lang,
    setting,
    t: (key, params) => translate(lang, key, params),
    issue: (message) => tIssue(lang, message),
    reason: (error) => tErrorCode(lang, error instanceof MessageError ? error.body.code : 'failed'),
  };
}

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const fromContext = useContext(I18nContext);
  return useMemo(() => fromContext ?? makeI18n('auto'), [fromContext]);
}

/** Gives its children a fixed language setting (tests, previews) and sets <html lang>. */
export function I18nProvider({
  setting = 'auto',
  children,
}: {
  setting?: UiLanguageSetting;
  children: ComponentChildren;
}) {
  const i18n = useMemo(() => makeI18n(setting), [setting]);
  useEffect(() => {
    document.documentElement.lang = i18n.lang;
  }, [i18n.lang]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/** Follows settings.language in the database: a change made anywhere shows at once. */
export function LiveI18nProvider({ children }: { children: ComponentChildren }) {
  const row = useLiveQuery(() => pageDb().settings.get('settings'), []);
  const stored = row.status === 'ok' ? row.value?.value.language : undefined;
  const setting = uiLanguageSchema.safeParse(stored).data ?? 'auto';
  return <I18nProvider setting={setting}>{children}</I18nProvider>;
}

/** Keeps document.title in the page's language. */
export function usePageTitle(key: MessageKey) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t(key);
  }, [t, key]);
}
