// Subscriptions to brand kits published at a URL: subscribe (the host permission for that one site is
// asked for right in the click), each subscription's last success and last error, "Refresh now",
// "Unsubscribe", and the read-only records they brought with "Copy to my library".
import { browser } from 'wxt/browser';
import { useId, useState } from 'preact/hooks';
import type { Brand } from '../../mentions/core/brand';
import { checkKitUrl } from '../core/subscription';
import type { Snippet } from '../../snippets/core/snippet';
import type { SubscriptionRow } from '../../db/schema';
import { MessageError, send } from '../../messaging/client';
import type { ResponseOf } from '../../messaging/protocol';
import { isMessageKey } from '../../i18n/translate';
import { pageDb } from '../../../components/db';
import { useI18n, type I18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

export interface SubscriptionsApi {
  add(url: string): Promise<ResponseOf<'subscriptions.add'>>;
  remove(id: string): Promise<ResponseOf<'subscriptions.remove'>>;
  refresh(id: string): Promise<ResponseOf<'subscriptions.refresh'>>;
  copy(kind: 'brand' | 'snippet', id: string): Promise<ResponseOf<'kit.copy'>>;
}
const messageApi: SubscriptionsApi = {
  add: (url) => send('subscriptions.add', { url }),
  remove: (id) => send('subscriptions.remove', { id }),
  refresh: (id) => send('subscriptions.refresh', { id }),
  copy: (kind, id) => send('kit.copy', { kind, id }),
};

interface Listed {
  subscriptions: SubscriptionRow[];
  records: Array<{ kind: 'brand' | 'snippet'; id: string; name: string; language?: string }>;
}
async function readListed(): Promise<Listed> {
  const db = pageDb();
  const from = (r: object) => typeof (r as { subscriptionId?: unknown }).subscriptionId === 'string';
  const [subscriptions, brands, snippets] = await Promise.all([
    db.subscriptions.orderBy('url').toArray(),
    db.brands.filter(from).toArray(),
    db.snippets.filter(from).toArray(),
  ]);
  return {
    subscriptions,
    records: [
      ...brands.map((b: Brand) => ({ kind: 'brand' as const, id: b.id, name: b.name })),
      ...snippets.map((s: Snippet) => ({ kind: 'snippet' as const, id: s.id, name: s.name, language: s.language })),
    ],
  };
}

/** A stored failure as text: "snippets[2].name: …" for a bad kit, the plain message otherwise. */
export function failureText(i18n: Pick<I18n, 't' | 'issue'>, e: NonNullable<SubscriptionRow['lastError']>): string {
  const message =
    isMessageKey(e.message) && !e.message.startsWith('error.') ? i18n.t(e.message, e.params) : i18n.issue(e.message);
  return e.path ? i18n.t('sub.errorAt', { path: e.path, message }) : message;
}

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
  const { t, lang } = i18n;
  const ids = { heading: useId(), url: useId(), error: useId(), list: useId(), records: useId() };
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const live = useLiveQuery(read, []);
  const when = (ms: number) => new Date(ms).toLocaleString(lang);
  const why = (error: unknown) =>
    error instanceof MessageError && isMessageKey(error.body.message) && error.body.message.startsWith('sub.')
      ? t(error.body.message)
      : i18n.reason(error);

  function subscribe(event: Event) {
    event.preventDefault();
    const checked = checkKitUrl(url);
    if (!checked.ok) {
      setUrlError(t(checked.message as 'sub.error.url'));
      return;
    }
    setUrlError(null);
    // Called before anything is awaited: browsers grant permission requests only inside the gesture.
    const asked = requestOrigin(checked.pattern);
    setBusy(true);
    void asked
      .then(async (granted) => {
        if (!granted) return announce({ kind: 'error', text: t('sub.denied', { origin: checked.origin }) });
        const row = await api.add(checked.url);
        setUrl('');
        announce(
          row.lastError
            ? {
                kind: 'error',
                text: t('sub.subscribedWithError', { url: row.url, error: failureText(i18n, row.lastError) }),
              }
            : { kind: 'ok', text: t('sub.subscribed', { url: row.url }) },
        );
      })
      .catch((error: unknown) => announce({ kind: 'error', text: t('sub.failed', { reason: why(error) }) }))
      .finally(() => setBusy(false));
  }

  async function act(run: () => Promise<string>, failKey: 'sub.failed' | 'sub.copyFailed') {
    setBusy(true);
    try {
      announce({ kind: 'ok', text: await run() });
    } catch (error) {
      announce({ kind: 'error', text: t(failKey, { reason: why(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const listed = live.status === 'ok' ? live.value : { subscriptions: [], records: [] };
  return (
    <section class="kit-subscriptions" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('sub.heading')}</h2>
      <p class="note">{t('sub.intro')}</p>
      <form onSubmit={subscribe} noValidate>
        <div class="field">
          <label for={ids.url}>{t('sub.url')}</label>
          <input
            id={ids.url}
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://"
            aria-invalid={urlError ? 'true' : undefined}
            aria-describedby={urlError ? ids.error : undefined}
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          />
          {urlError && (
            <p class="error" id={ids.error}>
              {urlError}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('sub.subscribe')}
          </button>
        </div>
      </form>

      <h3 id={ids.list}>{t('sub.list')}</h3>
      {listed.subscriptions.length === 0 ? (
        <p class="empty">{t('sub.none')}</p>
      ) : (
        <ul aria-labelledby={ids.list} data-testid="subscriptions">
          {listed.subscriptions.map((s) => (
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
                    void act(async () => (await api.refresh(s.id), t('sub.refreshed', { url: s.url })), 'sub.failed')
                  }
                >
                  {t('sub.refresh')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('sub.unsubscribeLabel', { url: s.url })}
                  onClick={() =>
                    void act(
                      async () => t('sub.unsubscribed', { removed: (await api.remove(s.id)).removed }),
                      'sub.failed',
                    )
                  }
                >
                  {t('sub.unsubscribe')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {listed.records.length > 0 && (
        <>
          <h3 id={ids.records}>{t('sub.records')}</h3>
          <ul aria-labelledby={ids.records} data-testid="subscribed-records">
            {listed.records.map((r) => (
              <li key={r.id} data-kind={r.kind}>
                {t(r.kind === 'brand' ? 'kit.kind.brand' : 'kit.kind.snippet')} · <strong>{r.name}</strong>
                {r.language ? ` (${r.language})` : ''} · <em>{t('sub.readOnly')}</em>{' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('sub.copyLabel', { name: r.name })}
                  onClick={() =>
                    void act(
                      async () => t('sub.copied', { name: (await api.copy(r.kind, r.id)).name }),
                      'sub.copyFailed',
                    )
                  }
                >
                  {t('sub.copy')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
