// The options page's "Team sync" section: join a team (server URL + invite code), then its status
// (last sync, changes waiting, state, last error), "Sync now", the values overwritten by a teammate's
// later edit with a one-click Restore, and leaving. The device token never reaches this page: the
// background keeps it and answers the sync.* routes.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { SyncStatusMessage } from '../routes';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { JoinForm } from './join-form';
import { Joined } from './joined';
import { syncReason } from './sync-reason';

export { syncReason } from './sync-reason';

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
