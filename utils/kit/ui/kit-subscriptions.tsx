// Subscriptions to brand kits published at a URL: subscribe (the host permission for that one site is
// asked for right in the click), each subscription's last success and last error, "Refresh now",
// "Unsubscribe", and the read-only records they brought with "Copy to my library".
import { browser } from 'wxt/browser';
import { useId } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { useBusy } from '../../../components/use-busy';
import { SubscribeForm } from './subscribe-form';
import { SubscribedRecords, SubscriptionList, type Act } from './subscription-list';
import { messageApi, readListed, subReason, type Listed, type SubscriptionsApi } from './subscriptions-api';

export { failureText, type SubscriptionsApi } from './subscriptions-api';

export interface KitSubscriptionsProps {
  announce: Announce;
  api?: SubscriptionsApi;
  /** Asks the user for one origin; must run inside the click (a user gesture). */
  requestOrigin?: (pattern: string) => Promise<boolean>;
  read?: () => Promise<Listed>;
}

export function KitSubscriptions({
  announce,
  api = messageApi,
  requestOrigin = (pattern) => browser.permissions.request({ origins: [pattern] }),
  read = readListed,
}: KitSubscriptionsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = { heading: useId(), list: useId(), records: useId() };
  const busy = useBusy();
  const live = useLiveQuery(read, []);

  const act: Act = (run, failKey) =>
    busy.run(async () => {
      try {
        announce({ kind: 'ok', text: await run() });
      } catch (error) {
        announce({ kind: 'error', text: t(failKey, { reason: subReason(i18n, error) }) });
      }
    });

  const listed = live.status === 'ok' ? live.value : { subscriptions: [], records: [] };
  return (
    <section class="kit-subscriptions" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('sub.heading')}</h2>
      <p class="note">{t('sub.intro')}</p>
      <SubscribeForm api={api} announce={announce} busy={busy} requestOrigin={requestOrigin} />
      <h3 id={ids.list}>{t('sub.list')}</h3>
      <SubscriptionList
        subscriptions={listed.subscriptions}
        labelledBy={ids.list}
        busy={busy.busy}
        act={act}
        refresh={(id) => api.refresh(id)}
        remove={(id) => api.remove(id)}
      />
      {listed.records.length > 0 && (
        <>
          <h3 id={ids.records}>{t('sub.records')}</h3>
          <SubscribedRecords
            records={listed.records}
            labelledBy={ids.records}
            busy={busy.busy}
            act={act}
            copy={(kind, id) => api.copy(kind, id)}
          />
        </>
      )}
    </section>
  );
}
