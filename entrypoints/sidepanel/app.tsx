// The side panel: the current tab's items, live, following the active tab (or ?tabId=N).
import { useCurrentTab } from '../../components/current-tab';
import { useI18n, usePageTitle } from '../../components/i18n';
import { StatusRegion, useStatus } from '../../components/status';
import { TabItems } from '../../components/tab-items';

export function App() {
  const { t } = useI18n();
  usePageTitle('sidepanel.title');
  const tab = useCurrentTab();
  const [status, announce] = useStatus();

  return (
    <main class="page sidepanel">
      <h1>{t('sidepanel.heading')}</h1>
      {tab === undefined ? (
        <p>{t('common.loading')}</p>
      ) : tab.tabId === null ? (
        <p class="empty">{t('sidepanel.noTab')}</p>
      ) : (
        <TabItems tabId={tab.tabId} announce={announce} />
      )}
      <StatusRegion message={status} />
    </main>
  );
}
