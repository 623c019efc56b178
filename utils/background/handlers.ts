// Every message's handler, merged from the capabilities' factories: each create<Capability>Handlers
// takes the same BackgroundDeps (deps.ts) and answers its own routes.ts. The router checks the rest.
import type { TactDB } from '../db/schema';
import type { Handlers } from '../messaging/router';
import { SyncService } from '../sync/service';
import { backgroundDeps, type BackgroundDeps, type Effects } from './deps';
import { createMentionsHandlers } from '../mentions/handlers';
import { createTrollsHandlers } from '../trolls/handlers';
import { createSettingsHandlers } from '../settings/handlers';
import { createToneHandlers } from '../tone/handlers';
import { createSnippetsHandlers } from '../snippets/handlers';
import { createKitHandlers } from '../kit/handlers';
import { createSyncHandlers } from '../sync/handlers';
import { createReportsHandlers } from '../reports/handlers';
import { createTeamReportsHandlers } from '../reports/team-handlers';
import { createBackupHandlers } from '../reports/backup-handlers';
import { createCareHandlers } from '../care/handlers';

export type { BackgroundDeps, Effects };

/** Every route answered: TypeScript checks no message is left without its handler. */
export function mergeHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...createMentionsHandlers(deps),
    ...createTrollsHandlers(deps),
    ...createSettingsHandlers(deps),
    ...createToneHandlers(deps),
    ...createSnippetsHandlers(deps),
    ...createKitHandlers(deps),
    ...createSyncHandlers(deps),
    ...createReportsHandlers(deps),
    ...createTeamReportsHandlers(deps),
    ...createBackupHandlers(deps),
    ...createCareHandlers(deps),
  };
}

/** The handlers of every message, on this database and these effects (tests pass fakes). */
export function createHandlers(db: TactDB, effects: Effects, sync: SyncService = new SyncService(db)): Handlers {
  return mergeHandlers(backgroundDeps(db, effects, sync));
}
