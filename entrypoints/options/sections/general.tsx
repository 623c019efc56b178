// General: the interface language, the CM's name (reports and the team's logs), and where the data lives.
import { useId } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { LanguageSwitcher } from '../../../components/language-switcher';
import { CmNameSetting } from '../../../utils/settings/ui/cm-name';
import type { Announce } from '../../../components/status';

export function GeneralSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id} class="general-settings">
      <h2 id={id}>{t('settings.general.heading')}</h2>
      <LanguageSwitcher announce={announce} />
      <CmNameSetting announce={announce} />
      <p class="note">{t('common.privacy')}</p>
    </section>
  );
}
