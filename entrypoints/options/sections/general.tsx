// General: the interface language, and where the data lives.
import { useId } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { LanguageSwitcher } from '../../../components/language-switcher';
import type { Announce } from '../../../components/status';

export function GeneralSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id} class="general-settings">
      <h2 id={id}>{t('settings.general.heading')}</h2>
      <LanguageSwitcher announce={announce} />
      <p class="note">{t('common.privacy')}</p>
    </section>
  );
}
