// What the background does for sync's messages (routes.ts): thin calls into the team sync service
// (service.ts) and the settings roamer (roaming.ts, when the browser has storage.sync).
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { syncRoutes } from './routes';

export function createSyncHandlers({ sync, effects }: BackgroundDeps): Pick<Handlers, keyof typeof syncRoutes> {
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
    'roaming.set': async (p) => {
      if (!effects.roaming) throw new Error('Settings roaming is not available in this browser.');
      return effects.roaming.setEnabled(p.enabled);
    },
  };
}
