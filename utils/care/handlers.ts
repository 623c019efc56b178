// What the background does for community care's messages (routes.ts).
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { careRoutes } from './routes';
import { markWelcomed } from './members-repo';
import { closeIncident, declareIncident, tickIncident } from './crisis-repo';
import { currentActor } from '../settings/actor-repo';

export function createCareHandlers(deps: BackgroundDeps): Pick<Handlers, keyof typeof careRoutes> {
  const { db, now } = deps;
  return {
    'care.welcomed': async (p) => ({ updated: await markWelcomed(db, p.key, now(), await currentActor(db)) }),
    'care.incident.declare': async (p) => declareIncident(db, p.brandId, p.note, now(), await currentActor(db)),
    'care.incident.close': async (p) => closeIncident(db, p.id, p.postmortem, now(), await currentActor(db)),
    'care.incident.tick': async (p) => tickIncident(db, p.id, p.checkId, p.done, now(), await currentActor(db)),
  };
}
