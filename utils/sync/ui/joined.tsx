// A joined team's part of the section: its status (last sync, changes waiting, state, last error),
// "Sync now", the values overwritten by a teammate's later edit with Restore, and leaving (asked
// twice). Each action goes to the background and says its outcome.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Conflict } from '../core/protocol';
import { send } from '../../messaging/client';
import type { SyncStatusMessage } from '../routes';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { useBusy } from '../../../components/use-busy';
import { ConflictRow } from './conflict-row';
import { errorText, syncReason } from './sync-reason';

interface JoinedProps {
  status: SyncStatusMessage;
  onStatus: (s: SyncStatusMessage) => void;
  announce: Announce;
}

/** The overwritten values, reloaded after every completed round; not shown to viewers. */
function useConflicts(status: SyncStatusMessage, canRestore: boolean) {
  const i18n = useI18n();
  const [conflicts, setConflicts] = useState<Conflict[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  async function load() {
    try {
      setConflicts((await send('sync.conflicts', {})).conflicts);
      setError(undefined);
    } catch (e) {
      setError(i18n.t('sync.conflictsFailed', { reason: syncReason(i18n, e) }));
    }
  }
  // A round may bring new overwritten values; the server keeps the log for editors and admins only.
  useEffect(() => {
    if (canRestore) void load();
  }, [status.lastSyncAt, canRestore]);
  return { conflicts, error, load };
}

export function Joined({ status, onStatus, announce }: JoinedProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const busy = useBusy();
  // Counts the rounds asked for here and completed (a hook for tests and assistive tooling).
  const [rounds, setRounds] = useState(0);
  const when = (ms: number | string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(ms));
  const canRestore = status.role === 'editor' || status.role === 'admin';
  const log = useConflicts(status, canRestore);
  const fail = (key: 'sync.failed' | 'sync.restoreFailed', e: unknown) =>
    announce({ kind: 'error', text: t(key, { reason: syncReason(i18n, e) }) });
  // One action at a time: a press while another runs does nothing.
  const act = (fn: () => Promise<void>) => (busy.busy ? Promise.resolve() : busy.run(fn));

  const syncNow = () =>
    act(async () => {
      try {
        const s = await send('sync.now', {});
        onStatus(s);
        if (s.lastError) announce({ kind: 'error', text: t('sync.failed', { reason: errorText(i18n, s.lastError) }) });
        else announce({ kind: 'ok', text: t('sync.synced') });
      } catch (e) {
        fail('sync.failed', e);
      }
      setRounds((n) => n + 1);
    });
  const restore = (c: Conflict) =>
    act(async () => {
      try {
        onStatus(await send('sync.restore', { id: c.id }));
        announce({ kind: 'ok', text: t('sync.restored') });
        await log.load();
      } catch (e) {
        fail('sync.restoreFailed', e);
      }
    });
  const leave = () =>
    act(async () => {
      try {
        await send('sync.leave', {});
        announce({ kind: 'ok', text: t('sync.left') });
        onStatus({ ...status, joined: false });
      } catch (e) {
        fail('sync.failed', e);
      }
    });

  return (
    <div class="team-sync" data-state={status.state} data-rounds={rounds}>
      <StatusList status={status} when={when} />
      <div class="actions">
        <button type="button" onClick={() => void syncNow()} disabled={busy.busy}>
          {t('sync.now')}
        </button>
      </div>
      {canRestore ? <h3>{t('sync.conflicts')}</h3> : null}
      {canRestore ? <p class="hint">{t('sync.conflictsIntro')}</p> : null}
      {log.error ? <p class="error">{log.error}</p> : null}
      {log.conflicts === undefined ? null : log.conflicts.length === 0 ? (
        <p class="empty">{t('sync.conflictsEmpty')}</p>
      ) : (
        <ul class="conflict-list" role="list">
          {log.conflicts.map((c) => (
            <ConflictRow
              key={c.id}
              conflict={c}
              canRestore={canRestore}
              busy={busy.busy}
              when={when}
              onRestore={() => void restore(c)}
            />
          ))}
        </ul>
      )}
      <Leave team={status.teamName ?? ''} busy={busy.busy} leave={leave} />
    </div>
  );
}

function StatusList({ status, when }: { status: SyncStatusMessage; when: (ms: number | string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
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
      <Problems label={t('sync.rejected')} testId="sync-rejected" list={status.rejected} />
      <Problems label={t('sync.skipped')} testId="sync-skipped" list={status.skipped} />
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
  );
}

/** Changes set aside or records skipped: which ones and why (nothing when there are none). */
function Problems(p: { label: string; testId: string; list?: { table: string; id: string; message: string }[] }) {
  if (!p.list?.length) return null;
  return (
    <>
      <dt>{p.label}</dt>
      <dd class="error" data-testid={p.testId}>
        {p.list.map((x) => `${x.table}/${x.id}: ${x.message}`).join(' · ')}
      </dd>
    </>
  );
}

/** "Leave the team", then a question whose Cancel takes focus (the safe choice). */
function Leave({ team, busy, leave }: { team: string; busy: boolean; leave: () => Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <div class="actions">
        <button type="button" onClick={() => setConfirming(true)}>
          {t('sync.leave')}
        </button>
      </div>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={t('sync.leave')}>
      <p>{t('sync.leaveConfirm', { team })}</p>
      <div class="actions">
        <button type="button" class="danger" onClick={() => void leave()} disabled={busy}>
          {t('sync.leaveYes')}
        </button>
        <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
