// Subscribe to a brand kit's URL: the address is checked here, the host permission for that one
// site is asked for right in the click, then the background fetches the kit.
import { useId, useState } from 'preact/hooks';
import { checkKitUrl } from '../core/subscription';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Busy } from '../../../components/use-busy';
import { failureText, subReason, type SubscriptionsApi } from './subscriptions-api';

export interface SubscribeFormProps {
  api: SubscriptionsApi;
  announce: Announce;
  busy: Busy;
  requestOrigin: (pattern: string) => Promise<boolean>;
}

export function SubscribeForm({ api, announce, busy, requestOrigin }: SubscribeFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = { url: useId(), error: useId() };
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);

  function subscribe(event: Event) {
    event.preventDefault();
    const checked = checkKitUrl(url);
    if (!checked.ok) return setUrlError(t(checked.message as 'sub.error.url'));
    setUrlError(null);
    // Called before anything is awaited: browsers grant permission requests only inside the gesture.
    const asked = requestOrigin(checked.pattern);
    void busy.run(() =>
      asked
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
        .catch((error: unknown) =>
          announce({ kind: 'error', text: t('sub.failed', { reason: subReason(i18n, error) }) }),
        ),
    );
  }

  return (
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
        <button type="submit" disabled={busy.busy}>
          {t('sub.subscribe')}
        </button>
      </div>
    </form>
  );
}
