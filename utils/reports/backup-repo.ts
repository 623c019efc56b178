// The full backup on the local database: export every backed-up table (core/backup.ts says which and
// why), plan a restore, and restore in ONE transaction, so a file that fails anywhere changes nothing.
// A backup from an older schema is first written to a scratch database at its version and opened at
// the latest one, so the same migrations as an update bring its rows up to date.
import { LATEST_VERSION, TactDB } from '../db/schema';
import { BACKUP_TABLES, makeBackup, parseBackup, type Backup, type BackupError, type Row } from './core/backup';
import { planTable, type RestorePlan } from './core/backup-plan';

export type RestoreResult =
  | { ok: true; plan: RestorePlan; schemaVersion: number; exportedAt: string }
  | { ok: false; error: BackupError | 'backup.error.incomplete'; issues: { path: string; message: string }[] };

const tables = (db: TactDB) => BACKUP_TABLES.map((t) => db.table(t.name));

export async function exportBackup(db: TactDB, now: number): Promise<Backup> {
  const rows: Record<string, Row[]> = {};
  await db.transaction('r', tables(db), async () => {
    for (const t of BACKUP_TABLES) rows[t.name] = (await db.table(t.name).toArray()) as Row[];
  });
  return makeBackup(rows, LATEST_VERSION, now);
}

/** The backup's rows as the latest schema has them (older backups go through the migrations). */
async function upToDate(backup: Backup, now: number): Promise<Record<string, Row[]>> {
  if (backup.schemaVersion >= LATEST_VERSION) return backup.tables;
  const name = `tact-restore-${now}-${Math.random().toString(36).slice(2)}`;
  const old = new TactDB(name, backup.schemaVersion);
  try {
    await old.open();
    const known = new Set(old.tables.map((t) => t.name));
    await old.transaction('rw', old.tables, async () => {
      for (const t of BACKUP_TABLES) if (known.has(t.name)) await old.table(t.name).bulkPut(backup.tables[t.name]!);
    });
    old.close();
    const latest = new TactDB(name);
    await latest.open();
    const out: Record<string, Row[]> = {};
    for (const t of BACKUP_TABLES) out[t.name] = (await latest.table(t.name).toArray()) as Row[];
    latest.close();
    return out;
  } finally {
    await new TactDB(name).delete();
  }
}

async function run(db: TactDB, text: string, now: number, write: boolean): Promise<RestoreResult> {
  const parsed = parseBackup(text, LATEST_VERSION);
  if (!parsed.ok) return parsed;
  const { backup } = parsed;
  let rows: Record<string, Row[]>;
  try {
    rows = await upToDate(backup, now);
  } catch {
    return { ok: false, error: 'backup.error.invalid', issues: [] };
  }
  const plan: RestorePlan = {};
  try {
    await db.transaction(write ? 'rw' : 'r', tables(db), async () => {
      for (const spec of BACKUP_TABLES) {
        const table = db.table(spec.name);
        const { counts, puts } = planTable(spec, rows[spec.name] ?? [], (await table.toArray()) as Row[]);
        plan[spec.name] = counts;
        if (write && puts.length) await table.bulkPut(puts);
      }
    });
  } catch {
    // A row IndexedDB refuses (a bad key) aborts the whole transaction: nothing was written.
    return { ok: false, error: 'backup.error.invalid', issues: [] };
  }
  return { ok: true, plan, schemaVersion: backup.schemaVersion, exportedAt: backup.exportedAt };
}

/** Dry run: what restoring this file would add and change, per table. Changes nothing. */
export function planRestore(db: TactDB, text: string, now: number): Promise<RestoreResult> {
  return run(db, text, now, false);
}

/** Restores the file: its rows added or updated, local rows it does not hold kept; all or nothing. */
export function restoreBackup(db: TactDB, text: string, now: number): Promise<RestoreResult> {
  return run(db, text, now, true);
}
