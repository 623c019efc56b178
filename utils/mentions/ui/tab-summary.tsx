// What the popup says about a tab: whether Tact runs on its site, how many items, mentions and
// items needing attention it saw, and a visible warning when the site's layout was not recognised.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { ResponseOf } from '../../messaging/protocol';
import type { CurrentTab } from '../../../components/current-tab';
import { useI18n } from '../../../components/i18n';
import { platformName } from '../../platforms/descriptor-data';

export type Summary = ResponseOf<'tab.summary'>;
type SummaryState = { status: 'loading' } | { status: 'ok'; summary: Summary } | { status: 'error'; error: unknown };

export function useTabSummary(tab: CurrentTab | undefined): SummaryState {
  const [state, setState] = useState<SummaryState>({ status: 'loading' });
  useEffect(() => {
    if (!tab) return;
    if (tab.tabId === null) {
      setState({ status: 'ok', summary: { platform: null, items: 0, mentions: 0, attention: 0, health: 'unknown' } });
      return;
    }
    let live = true;
    send('tab.summary', { tabId: tab.tabId, url: tab.url?.slice(0, 2048) })
      .then((summary) => live && setState({ status: 'ok', summary }))
      .catch((error: unknown) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [tab?.tabId, tab?.url]);
  return state;
}

export function TabSummary({ state }: { state: SummaryState }) {
  const { t, reason } = useI18n();
  if (state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (state.status === 'error') return <p class="error">{t('popup.summaryFailed', { reason: reason(state.error) })}</p>;
  const { platform, items, mentions, attention, health } = state.summary;
  if (!platform) return <p class="site-state inactive">{t('popup.inactive')}</p>;
  const name = platformName(platform);
  return (
    <>
      <p class="site-state active">{t('popup.activeOn', { platform: name })}</p>
      {health === 'no_items' ? (
        <p class="warning" data-testid="health-warning">
          {t('popup.layoutUnknown', { platform: name })}
        </p>
      ) : null}
      <h2 class="visually-hidden">{t('popup.countsLabel')}</h2>
      <dl class="counts">
        <div>
          <dt>{t('popup.items')}</dt>
          <dd data-testid="count-items">{items}</dd>
        </div>
        <div>
          <dt>{t('popup.mentions')}</dt>
          <dd data-testid="count-mentions">{mentions}</dd>
        </div>
        <div>
          <dt>{t('popup.attention')}</dt>
          <dd data-testid="count-attention">{attention}</dd>
        </div>
      </dl>
    </>
  );
}
