// The options page's "Team sync" section: join a team (server URL + invite code), then its status
// (last sync, changes waiting, state, last error), "Sync now", the values overwritten by a teammate's
// later edit with a one-click Restore, and leaving. The device token never reaches this page: the
// background keeps it and answers the sync.* routes.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Conflict, SyncTable } from '../core/protocol';
import type { MessageKey } from '../../i18n/messages';
import { MessageError, send } from '../../messaging/client';
import type { SyncStatusMessage } from '../routes';
import { pageDb } from '../../../components/db';
import { useI18n, type I18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

/** A sync error code ("network", "invite_used"…) or a thrown error, as text in the page's language. */
export function syncReason(i18n: I18n, error: unknown): string {
  const code =
    error instanceof MessageError ? error.body.message : error instanceof Error ? error.message : String(error);
  const key = `sync.error.${code}` as MessageKey;
  const text = i18n.t(key);
  return text === key ? i18n.t('sync.error.other', { message: code }) : text;
}

function errorText(i18n: I18n, e: { code: string; message: string }): string {
  const key = `sync.error.${e.code}` as MessageKey;
  const text = i18n.t(key);
  return text === key ? i18n.t('sync.error.other', { message: e.message }) : text;
}

export function TeamSync({ announce }: { announce: Announce }) {
  const i18n = useI18n();
  // Re-read the status whenever the background writes sync state (rounds, outbox, account).
  const version = useLiveQuery(async () => {
    const db = pageDb();
    const [meta, pending] = await Promise.all([db.syncMeta.toArray(), db.syncOutbox.count()]);
    return JSON.stringify([meta.filter((m) => m.key !== 'account').map((m) => m.value), meta.length, pending]);
  }, []);
  const [status, setStatus] = useState<SyncStatusMessage | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const v = version.status === 'ok' ? version.value : undefined;
  useEffect(() => {
    let live = true;
    send('sync.status', {})
      .then((s) => live && setStatus(s))
      .catch((e: unknown) => live && setFailed(syncReason(i18n, e)));
    return () => {
      live = false;
    };
  }, [v]);

  if (failed && !status) return <p class="error">{failed}</p>;
  if (!status) return <p>{i18n.t('common.loading')}</p>;
  return status.joined ? (
    <Joined status={status} onStatus={setStatus} announce={announce} />
  ) : (
    <JoinForm onJoined={setStatus} announce={announce} />
  );
}

function JoinForm({ onJoined, announce }: { onJoined: (s: SyncStatusMessage) => void; announce: Announce }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [serverUrl, setServerUrl] = useState('');
  const [invite, setInvite] = useState('');
  const [label, setLabel] = useState(() => t('sync.labelDefault'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    let origin: string;
    try {
      const url = new URL(serverUrl.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
      origin = `${url.protocol}//${url.hostname}/*`;
    } catch {
      setError(t('sync.error.scheme'));
      return;
    }
    setBusy(true);
    setError(undefined);
    // Asked right in the click (browsers require a user gesture); already granted: no prompt.
    void browser.permissions
      .request({ origins: [origin] })
      .then(async (granted) => {
        if (!granted) {
          setError(t('sync.permissionDenied', { origin: origin.replace(/\/\*$/, '') }));
          return;
        }
        const s = await send('sync.join', {
          serverUrl: serverUrl.trim(),
          invite: invite.trim(),
          label: label.trim() || t('sync.labelDefault'),
        });
        setInvite('');
        announce({ kind: 'ok', text: t('sync.joined', { team: s.teamName ?? '' }) });
        onJoined(s);
      })
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
      <div class="field">
        <label for={`${id}-url`}>{t('sync.serverUrl')}</label>
        <input
          id={`${id}-url`}
          name="serverUrl"
          type="url"
          required
          placeholder="https://sync.example.com"
          value={serverUrl}
          onInput={(e) => setServerUrl(e.currentTarget.value)}
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
          value={invite}
          onInput={(e) => setInvite(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-label`}>{t('sync.label')}</label>
        <input
          id={`${id}-label`}
          name="label"
          type="text"
          maxLength={100}
          value={label}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
      </div>
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

function Joined({
  status,
  onStatus,
  announce,
}: {
  status: SyncStatusMessage;
  onStatus: (s: SyncStatusMessage) => void;
  announce: Announce;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [busy, setBusy] = useState(false);
  const [conflicts, setConflicts] = useState<Conflict[] | undefined>();
  const [conflictsError, setConflictsError] = useState<string | undefined>();
  const [confirmLeave, setConfirmLeave] = useState(false);
  // Counts the rounds asked for here and completed (a hook for tests and assistive tooling).
  const [rounds, setRounds] = useState(0);
  const leaveRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const when = (ms: number | string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(ms));
  const canRestore = status.role === 'editor' || status.role === 'admin';

  async function loadConflicts() {
    try {
      setConflicts((await send('sync.conflicts', {})).conflicts);
      setConflictsError(undefined);
    } catch (e) {
      setConflictsError(t('sync.conflictsFailed', { reason: syncReason(i18n, e) }));
    }
  }
  // Reloaded after every completed round (a round may bring new overwritten values).
  // Viewers are not shown the log (the server keeps it for editors and admins).
  useEffect(() => {
    if (canRestore) void loadConflicts();
  }, [status.lastSyncAt, canRestore]);

  useLayoutEffect(() => {
    if (confirmLeave) cancelRef.current?.focus();
  }, [confirmLeave]);

  async function act(fn: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await fn();
    } finally {
      setBusy(false);
    }
  }

  const syncNow = () =>
    act(async () => {
      try {
        const s = await send('sync.now', {});
        onStatus(s);
        if (s.lastError) announce({ kind: 'error', text: t('sync.failed', { reason: errorText(i18n, s.lastError) }) });
        else announce({ kind: 'ok', text: t('sync.synced') });
      } catch (e) {
        announce({ kind: 'error', text: t('sync.failed', { reason: syncReason(i18n, e) }) });
      }
      setRounds((n) => n + 1);
    });

  const restore = (c: Conflict) =>
    act(async () => {
      try {
        onStatus(await send('sync.restore', { id: c.id }));
        announce({ kind: 'ok', text: t('sync.restored') });
        await loadConflicts();
      } catch (e) {
        announce({ kind: 'error', text: t('sync.restoreFailed', { reason: syncReason(i18n, e) }) });
      }
    });

  const leave = () =>
    act(async () => {
      try {
        await send('sync.leave', {});
        announce({ kind: 'ok', text: t('sync.left') });
        onStatus({ ...status, joined: false });
      } catch (e) {
        announce({ kind: 'error', text: t('sync.failed', { reason: syncReason(i18n, e) }) });
      }
    });

  return (
    <div class="team-sync" data-state={status.state} data-rounds={rounds}>
      <dl class="team-sync-status">
        <dt>{t('sync.team')}</dt>
        <dd data-testid="sync-team">{status.teamName}</dd>
        <dt>{t('sync.role')}</dt>
        <dd data-testid="sync-role">{status.role ? t(`sync.role.${status.role}`) : ''}</dd>
        <dt>{t('sync.server')}</dt>
        <dd>{status.serverUrl}</dd>
        <dt>{t('sync.device')}</dt>
        <dd>{status.label}</dd>
        <dt>{t('sync.lastSync')}</dt>
        <dd data-testid="sync-last">{status.lastSyncAt ? when(status.lastSyncAt) : t('sync.never')}</dd>
        <dt>{t('sync.pending')}</dt>
        <dd data-testid="sync-pending">{status.pending}</dd>
        <dt>{t('sync.state')}</dt>
        <dd data-testid="sync-state">{t(`sync.state.${status.state}`)}</dd>
        {status.lastError ? (
          <>
            <dt>{t('sync.lastError')}</dt>
            <dd class="error" data-testid="sync-error">
              {errorText(i18n, status.lastError)}
            </dd>
          </>
        ) : null}
      </dl>
      <div class="actions">
        <button type="button" onClick={() => void syncNow()} disabled={busy}>
          {t('sync.now')}
        </button>
      </div>

      {canRestore ? <h3>{t('sync.conflicts')}</h3> : null}
      {canRestore ? <p class="hint">{t('sync.conflictsIntro')}</p> : null}
      {conflictsError ? <p class="error">{conflictsError}</p> : null}
      {conflicts === undefined ? null : conflicts.length === 0 ? (
        <p class="empty">{t('sync.conflictsEmpty')}</p>
      ) : (
        <ul class="conflict-list" role="list">
          {conflicts.map((c) => (
            <ConflictRow
              key={c.id}
              conflict={c}
              canRestore={canRestore}
              busy={busy}
              when={when}
              onRestore={() => void restore(c)}
            />
          ))}
        </ul>
      )}

      {confirmLeave ? (
        <div class="confirm" role="group" aria-label={t('sync.leave')}>
          <p>{t('sync.leaveConfirm', { team: status.teamName ?? '' })}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void leave()} disabled={busy}>
              {t('sync.leaveYes')}
            </button>
            <button type="button" ref={cancelRef} onClick={() => setConfirmLeave(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" ref={leaveRef} onClick={() => setConfirmLeave(true)}>
            {t('sync.leave')}
          </button>
        </div>
      )}
    </div>
  );
}

function ConflictRow(props: {
  conflict: Conflict;
  canRestore: boolean;
  busy: boolean;
  when: (v: string) => string;
  onRestore: () => void;
}) {
  const { t } = useI18n();
  const c = props.conflict;
  const name = useRecordName(c.table, c.recordId);
  const value = typeof c.value === 'string' ? `“${c.value}”` : JSON.stringify(c.value);
  const shown = value.length > 300 ? `${value.slice(0, 300)}…` : value;
  return (
    <li class="conflict" data-conflict-id={c.id} data-field={c.field}>
      <p>
        <strong>{t('sync.conflict.where', { table: t(`sync.table.${c.table}`), record: name, field: c.field })}</strong>
        {c.concurrent ? <span class="tag"> — {t('sync.conflict.concurrent')}</span> : null}
      </p>
      <p class="conflict-value">{t('sync.conflict.value', { value: shown })}</p>
      <p class="hint">{t('sync.conflict.who', { who: c.writtenBy ?? t('sync.unknownWho'), when: props.when(c.at) })}</p>
      {c.restoredAt ? (
        <p class="hint">{t('sync.conflict.restoredAt', { when: props.when(c.restoredAt) })}</p>
      ) : props.canRestore ? (
        <div class="actions">
          <button
            type="button"
            disabled={props.busy}
            aria-label={t('sync.restoreLabel', { field: c.field, record: name })}
            onClick={props.onRestore}
          >
            {t('sync.restore')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The local name of a shared record ("merci", "Acme", "@troll"), or its id when it is not here. */
function useRecordName(table: SyncTable, id: string): string {
  const row = useLiveQuery(async () => {
    const db = pageDb();
    if (table === 'trollNotes') return (await db.authors.get(id))?.handle;
    if (table === 'toneProfiles') return (await db.toneProfiles.get(id))?.name;
    return (await db[table].get(id))?.name;
  }, [table, id]);
  const name = row.status === 'ok' ? row.value : undefined;
  return name ? `“${name}”` : id;
}
