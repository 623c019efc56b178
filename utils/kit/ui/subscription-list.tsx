// The kits subscribed to, each with its counts, last success and last error, "Refresh now" and
// "Unsubscribe"; and the read-only records they brought, each with "Copy to my library".
import type { SubscriptionRow } from '../../db/schema';
import { useI18n } from '../../../components/i18n';
import { failureText, type SubscribedRecord } from './subscriptions-api';

/** Runs one action and says its outcome; the text it resolves to is announced. */
export type Act = (run: () => Promise<string>, failKey: 'sub.failed' | 'sub.copyFailed') => Promise<void>;

interface ListProps {
  subscriptions: SubscriptionRow[];
  labelledBy: string;
  busy: boolean;
  act: Act;
  refresh: (id: string) => Promise<unknown>;
  remove: (id: string) => Promise<{ removed: number }>;
}

export function SubscriptionList({ subscriptions, labelledBy, busy, act, refresh, remove }: ListProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const when = (ms: number) => new Date(ms).toLocaleString(lang);
  if (subscriptions.length === 0) return <p class="empty">{t('sub.none')}</p>;
  return (
    <ul aria-labelledby={labelledBy} data-testid="subscriptions">
      {subscriptions.map((s) => (
        <li key={s.id} data-subscription-id={s.id}>
          <strong>{s.url}</strong>
          <p>{t('sub.counts', s.counts)}</p>
          {s.counts.trollNotes > 0 && <p>{t('sub.trollNotes', { count: s.counts.trollNotes })}</p>}
          <p class="note">{s.lastOkAt ? t('sub.lastOk', { when: when(s.lastOkAt) }) : t('sub.never')}</p>
          {s.lastError && (
            <p class="error">
              {t('sub.error', { when: when(s.lastCheckAt ?? Date.now()), error: failureText(i18n, s.lastError) })}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              disabled={busy}
              aria-label={t('sub.refreshLabel', { url: s.url })}
              onClick={() =>
                void act(async () => (await refresh(s.id), t('sub.refreshed', { url: s.url })), 'sub.failed')
              }
            >
              {t('sub.refresh')}
            </button>
            <button
              type="button"
              disabled={busy}
              aria-label={t('sub.unsubscribeLabel', { url: s.url })}
              onClick={() =>
                void act(async () => t('sub.unsubscribed', { removed: (await remove(s.id)).removed }), 'sub.failed')
              }
            >
              {t('sub.unsubscribe')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}

interface RecordsProps {
  records: SubscribedRecord[];
  labelledBy: string;
  busy: boolean;
  act: Act;
  copy: (kind: 'brand' | 'snippet', id: string) => Promise<{ name: string }>;
}

export function SubscribedRecords({ records, labelledBy, busy, act, copy }: RecordsProps) {
  const { t } = useI18n();
  return (
    <ul aria-labelledby={labelledBy} data-testid="subscribed-records">
      {records.map((r) => (
        <li key={r.id} data-kind={r.kind}>
          {t(r.kind === 'brand' ? 'kit.kind.brand' : 'kit.kind.snippet')} · <strong>{r.name}</strong>
          {r.language ? ` (${r.language})` : ''} · <em>{t('sub.readOnly')}</em>{' '}
          <button
            type="button"
            disabled={busy}
            aria-label={t('sub.copyLabel', { name: r.name })}
            onClick={() =>
              void act(async () => t('sub.copied', { name: (await copy(r.kind, r.id)).name }), 'sub.copyFailed')
            }
          >
            {t('sub.copy')}
          </button>
        </li>
      ))}
    </ul>
  );
}
