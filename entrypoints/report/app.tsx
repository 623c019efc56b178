// The report page's app: the shared header and the report (utils/reports/ui/report-page.tsx), opened
// from the popup, the side panel and the options; ?template=weekly|monthly|strategic&period=<kind>.
import { AppHeader } from '../../components/app-header';
import { useI18n, usePageTitle } from '../../components/i18n';
import { ReportPage } from '../../utils/reports/ui/report-page';

export function App() {
  const { t } = useI18n();
  usePageTitle('report.title');
  return (
    <div class="page report">
      <AppHeader title={t('report.title')} />
      <ReportPage search={location.search} />
    </div>
  );
}
