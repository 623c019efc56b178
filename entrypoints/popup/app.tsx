// The popup: is Tact active here, what it saw, and buttons to the side panel and the options.
import { Alerts } from '../../utils/mentions/ui/alerts';
import { AppHeader } from '../../components/app-header';
import { useCurrentTab } from '../../components/current-tab';
import { pageDb } from '../../components/db';
import { useI18n, usePageTitle } from '../../components/i18n';
import { useLiveQuery } from '../../components/live-query';
import { openOptions, openSidePanel } from '../../components/panel-opener';
import { TabSummary, useTabSummary } from '../../utils/mentions/ui/tab-summary';

export function App() {
  const { t } = useI18n();
  usePageTitle('app.name');
  const tab = useCurrentTab();
  const summary = useTabSummary(tab);
  const brands = useLiveQuery(() => pageDb().brands.count(), []);
  const tabId = tab?.tabId ?? null;

  return (
    <div class="page popup">
      <AppHeader title={t('app.name')} />
      <main>
        <Alerts />
        <TabSummary state={summary} />
        {brands.status === 'ok' && brands.value === 0 ? <p class="note">{t('popup.noBrand')}</p> : null}
        <div class="actions stacked">
          <button
            type="button"
            class="primary"
            disabled={tab === undefined}
            onClick={() => void openSidePanel(tabId).then(() => window.close())}
          >
            {t('popup.openSidePanel')}
          </button>
          <button type="button" onClick={() => void openOptions().then(() => window.close())}>
            {t('popup.openOptions')}
          </button>
          <a class="button" href="/report.html" target="_blank" rel="noopener">
            {t('report.open')}
          </a>
        </div>
      </main>
    </div>
  );
}
