// The sync.* routes: thin calls into the sync service (see sync.ts).
import type { Handlers } from '../messaging/router';
import type { SyncService } from './service';

type SyncRoutes = 'sync.join' | 'sync.status' | 'sync.now' | 'sync.conflicts' | 'sync.restore' | 'sync.leave';

export function createSyncHandlers(sync: SyncService): Pick<Handlers, SyncRoutes> {
  return {
    'sync.join': async (p) => sync.join(p),
    'sync.status': async () => sync.status(),
    'sync.now': async () => sync.syncNow(),
    'sync.conflicts': async () => ({ conflicts: await sync.conflicts() }),
    'sync.restore': async (p) => sync.restore(p.id),
    'sync.leave': async () => {
      await sync.leave();
      return { left: true };
    },
  };
}
