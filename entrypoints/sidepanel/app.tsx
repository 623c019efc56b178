// The side panel: the current tab's items (following the active tab, or ?tabId=N), or the inbox of
// every mention (?view=inbox), switched with two radio buttons in the shared header.
import { Alerts } from '../../utils/mentions/ui/alerts';
import { useState } from 'preact/hooks';
import { AppHeader } from '../../components/app-header';
import { useCurrentTab } from '../../components/current-tab';
import { useI18n, usePageTitle } from '../../components/i18n';
import { Inbox } from '../../utils/mentions/ui/inbox';
import { StatusRegion, useStatus } from '../../components/status';
import { TabItems } from '../../utils/mentions/ui/tab-items';
import { CarePanel } from '../../utils/care/ui/care-panel';

type View = 'tab' | 'inbox' | 'care';
const VIEWS = ['tab', 'inbox', 'care'] as const;
const VIEW_LABEL = { tab: 'sidepanel.viewTab', inbox: 'sidepanel.viewInbox', care: 'sidepanel.viewCare' } as const;

export function App() {
  const { t } = useI18n();
  usePageTitle('sidepanel.title');
  const tab = useCurrentTab();
  const [status, announce] = useStatus();
  const [view, setView] = useState<View>(() => {
    const asked = new URLSearchParams(location.search).get('view');
    return VIEWS.find((v) => v === asked) ?? 'tab';
  });

  return (
    <div class="page sidepanel">
      <AppHeader title={t('app.name')}>
        <fieldset class="view-switch">
          <legend class="visually-hidden">{t('sidepanel.view')}</legend>
          {VIEWS.map((v) => (
            <label key={v} class={`check ${view === v ? 'selected' : ''}`}>
              <input type="radio" name="view" value={v} checked={view === v} onChange={() => setView(v)} />{' '}
              {t(VIEW_LABEL[v])}
            </label>
          ))}
        </fieldset>
      </AppHeader>
      <main>
        <Alerts />
        {view === 'inbox' ? (
          <Inbox announce={announce} />
        ) : view === 'care' ? (
          <CarePanel announce={announce} />
        ) : (
          <>
            <h2>{t('sidepanel.heading')}</h2>
            {tab === undefined ? (
              <p>{t('common.loading')}</p>
            ) : tab.tabId === null ? (
              <p class="empty">{t('sidepanel.noTab')}</p>
            ) : (
              <TabItems tabId={tab.tabId} announce={announce} />
            )}
          </>
        )}
        <p class="report-link">
          <a href="/report.html" target="_blank" rel="noopener">
            {t('report.open')}
          </a>
        </p>
        <StatusRegion message={status} />
      </main>
    </div>
  );
}
