// The options page's Reports section: the way to the report page and the report settings (time
// zone, target, business hours, weekly reminder, CSV separator), read live from the database.
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { BackupRestore } from './backup';
import { ReportSettingsForm } from './report-settings';
import { useSettings } from './use-report';

export function ReportsSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <section aria-labelledby="reports-options-heading" class="reports-options">
      <h2 id="reports-options-heading">{t('settings.section.reports')}</h2>
      <p>{t('report.options.lead')}</p>
      <p>
        <a class="button primary" href="/report.html" target="_blank" rel="noopener">
          {t('report.options.open')}
        </a>
      </p>
      {settings.status === 'ok' ? (
        <ReportSettingsForm stored={settings.value.reports} announce={announce} />
      ) : (
        <p>{t('common.loading')}</p>
      )}
      <BackupRestore announce={announce} />
    </section>
  );
}
