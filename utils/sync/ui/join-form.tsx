// Joining a team: the sync server's address, the invite code and this device's name. The host
// permission for that server is asked for right in the click; the background redeems the invite
// and keeps the device token.
import { useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/client';
import type { SyncStatusMessage } from '../routes';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { syncReason } from './sync-reason';

interface JoinValues {
  serverUrl: string;
  invite: string;
  label: string;
}

/** The host permission pattern of a server's address ("https://sync.example.com/*"), or null. */
function originOf(serverUrl: string): string | null {
  try {
    const url = new URL(serverUrl.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

export function JoinForm({ onJoined, announce }: { onJoined: (s: SyncStatusMessage) => void; announce: Announce }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<JoinValues>(() => ({
    serverUrl: '',
    invite: '',
    label: t('sync.labelDefault'),
  }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function join(origin: string) {
    // Asked right in the click (browsers require a user gesture); already granted: no prompt.
    const granted = await browser.permissions.request({ origins: [origin] });
    if (!granted) return setError(t('sync.permissionDenied', { origin: origin.replace(/\/\*$/, '') }));
    const s = await send('sync.join', {
      serverUrl: values.serverUrl.trim(),
      invite: values.invite.trim(),
      label: values.label.trim() || t('sync.labelDefault'),
    });
    setValues((v) => ({ ...v, invite: '' }));
    announce({ kind: 'ok', text: t('sync.joined', { team: s.teamName ?? '' }) });
    onJoined(s);
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const origin = originOf(values.serverUrl);
    if (!origin) return setError(t('sync.error.scheme'));
    setBusy(true);
    setError(undefined);
    void join(origin)
      .catch((e: unknown) => {
        const text = syncReason(i18n, e);
        setError(text);
        announce({ kind: 'error', text });
      })
      .finally(() => setBusy(false));
  }

  return (
    <form class="team-sync-join" noValidate onSubmit={onSubmit} aria-busy={busy ? 'true' : undefined}>
      <p class="note">{t('sync.intro')}</p>
      <JoinFields values={values} set={(patch) => setValues((v) => ({ ...v, ...patch }))} />
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('sync.joining') : t('sync.join')}
        </button>
      </div>
    </form>
  );
}

function JoinFields({ values, set }: { values: JoinValues; set: (patch: Partial<JoinValues>) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <div class="field">
        <label for={`${id}-url`}>{t('sync.serverUrl')}</label>
        <input
          id={`${id}-url`}
          name="serverUrl"
          type="url"
          required
          placeholder="https://sync.example.com"
          value={values.serverUrl}
          onInput={(e) => set({ serverUrl: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-invite`}>{t('sync.invite')}</label>
        <input
          id={`${id}-invite`}
          name="invite"
          type="text"
          required
          autoComplete="off"
          spellcheck={false}
          value={values.invite}
          onInput={(e) => set({ invite: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${id}-label`}>{t('sync.label')}</label>
        <input
          id={`${id}-label`}
          name="label"
          type="text"
          maxLength={100}
          value={values.label}
          onInput={(e) => set({ label: e.currentTarget.value })}
        />
      </div>
    </>
  );
}
