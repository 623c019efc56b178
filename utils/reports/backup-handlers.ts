// What the background does for the full backup's messages (backup-routes.ts).
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import { exportBackup, planRestore, restoreBackup } from './backup-repo';
import type { backupRoutes } from './backup-routes';

export function createBackupHandlers({ db, now }: BackgroundDeps): Pick<Handlers, keyof typeof backupRoutes> {
  return {
    'backup.export': async () => {
      const backup = await exportBackup(db, now());
      const rows = Object.fromEntries(Object.entries(backup.tables).map(([name, list]) => [name, list.length]));
      return { json: `${JSON.stringify(backup)}\n`, rows, exportedAt: backup.exportedAt };
    },
    'backup.plan': async (p) => planRestore(db, p.text, now()),
    'backup.restore': async (p) => restoreBackup(db, p.text, now()),
  };
}
