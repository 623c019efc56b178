// What the background does for the full backup's messages (backup-routes.ts). A file too large for
// one message arrives in parts (backup.stage) and is put back together here, one file at a time.
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import { exportBackup, planRestore, restoreBackup, type RestoreResult } from './backup-repo';
import { MAX_BACKUP_CHARS, type backupRoutes } from './backup-routes';

interface Staged {
  id: string;
  parts: (string | undefined)[];
  chars: number;
}

const incomplete: RestoreResult = { ok: false, error: 'backup.error.incomplete', issues: [] };

export function createBackupHandlers({ db, now }: BackgroundDeps): Pick<Handlers, keyof typeof backupRoutes> {
  let staged: Staged | null = null;
  /** The whole text of a source, or null when a staged file is missing parts (or was dropped). */
  const textOf = (p: { text: string } | { staged: string }): string | null => {
    if ('text' in p) return p.text;
    if (!staged || staged.id !== p.staged || staged.parts.some((x) => x === undefined)) return null;
    return staged.parts.join('');
  };
  return {
    'backup.export': async () => {
      const backup = await exportBackup(db, now());
      const rows = Object.fromEntries(Object.entries(backup.tables).map(([name, list]) => [name, list.length]));
      return { json: `${JSON.stringify(backup)}\n`, rows, exportedAt: backup.exportedAt };
    },
    'backup.stage': async (p) => {
      if (!staged || staged.id !== p.id || staged.parts.length !== p.count) {
        staged = { id: p.id, parts: new Array<string | undefined>(p.count).fill(undefined), chars: 0 };
      }
      if (p.index >= p.count) throw new Error('backup.stage: index out of range');
      const old = staged.parts[p.index];
      staged.chars += p.chunk.length - (old?.length ?? 0);
      if (staged.chars > MAX_BACKUP_CHARS) {
        staged = null;
        throw new Error('backup.error.tooLarge');
      }
      staged.parts[p.index] = p.chunk;
      return { received: staged.parts.filter((x) => x !== undefined).length, count: p.count };
    },
    'backup.plan': async (p) => {
      const text = textOf(p);
      return text === null ? incomplete : planRestore(db, text, now());
    },
    'backup.restore': async (p) => {
      const text = textOf(p);
      if (text === null) return incomplete;
      const result = await restoreBackup(db, text, now());
      if (result.ok && 'staged' in p) staged = null;
      return result;
    },
  };
}
