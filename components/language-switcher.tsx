// The UI language choice (Automatic / Français / English), stored through the background. The
// pages follow the stored setting live (see i18n.tsx), so nothing else needs refreshing here.
import { useId } from 'preact/hooks';
import { uiLanguageSchema } from '../utils/settings/core/schema';
import { send } from '../utils/messaging/client';
import { resolveLanguage, t as translate } from '../utils/i18n/translate';
import { useI18n } from './i18n';
import type { Announce } from './status';

export function LanguageSwitcher({ announce }: { announce?: Announce }) {
  const { t, setting, reason } = useI18n();
  const id = useId();

  async function choose(value: string) {
    const language = uiLanguageSchema.parse(value);
    try {
      await send('settings.set', { language });
      // Said in the language just chosen, which is what the page switches to.
      const lang = resolveLanguage(language, globalThis.navigator?.language);
      announce?.({ kind: 'ok', text: translate(lang, 'language.saved') });
    } catch (error) {
      announce?.({ kind: 'error', text: t('language.saveFailed', { reason: reason(error) }) });
    }
  }

  return (
    <div class="field language-switcher">
      <label for={id}>{t('language.label')}</label>
      <select id={id} value={setting} onChange={(e) => void choose(e.currentTarget.value)}>
        <option value="auto">{t('language.auto')}</option>
        <option value="fr" lang="fr">
          {t('language.fr')}
        </option>
        <option value="en" lang="en">
          {t('language.en')}
        </option>
      </select>
    </div>
  );
}
