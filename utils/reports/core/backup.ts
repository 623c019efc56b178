// The full backup: every table of the local database that holds the user's data, in one JSON file,
// and what restoring it would do (a dry-run plan). Pure: backup-repo.ts reads and writes Dexie.
//
// Left out, on purpose: team sync's internals (syncRecords, syncOutbox, syncMeta: the server's
// cursor and clocks, unsent changes and this device's token; restored elsewhere or later they would
// replay stale edits or clone a device — after a restore the user joins again and sync catches up)
// and `sightings` (which tab showed what: tab ids mean nothing after a restart). The AI provider's
// API key is never written to the file: a restore keeps this browser's own key.
import { z } from '../../shared/zod';

export const BACKUP_FORMAT = 'tact-backup';
export const BACKUP_VERSION = 1;

export interface TableSpec {
  name: string;
  /** Primary key fields (one, or a compound key). */
  key: string[];
  /**
   * Auto-incremented ids (replies, events): an id means nothing across browsers, so a row is the same
   * row when these fields are equal, and a taken id gets a new one.
   */
  identity?: string[];
}

export const BACKUP_TABLES: readonly TableSpec[] = [
  { name: 'brands', key: ['id'] },
  { name: 'toneProfiles', key: ['id'] },
  { name: 'snippets', key: ['id'] },
  { name: 'items', key: ['key'] },
  { name: 'authors', key: ['key'] },
  { name: 'verdicts', key: ['itemKey', 'kind'] },
  { name: 'replies', key: ['id'], identity: ['itemKey', 'at', 'text'] },
  { name: 'events', key: ['id'], identity: ['type', 'at', 'itemKey', 'data'] },
  { name: 'settings', key: ['key'] },
  { name: 'health', key: ['platform'] },
  { name: 'subscriptions', key: ['id'] },
  { name: 'kv', key: ['key'] },
  { name: 'incidents', key: ['id'] },
  { name: 'reportNotes', key: ['id'] },
];
export const BACKUP_TABLE_NAMES = BACKUP_TABLES.map((t) => t.name);

export type Row = Record<string, unknown>;
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The database schema version the rows were written by (utils/db/schema.ts). */
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, Row[]>;
}

const keyValue = z.union([z.string().max(2000), z.number().finite()]);
const row = z.record(z.string(), z.unknown()).refine((r) => !Object.hasOwn(r, '__proto__'), 'backup.error.invalid');

const autoId = z.number().int().positive().optional();

function tableSchema(spec: TableSpec) {
  const keyOk = (r: Row) =>
    spec.identity ? autoId.safeParse(r.id).success : spec.key.every((k) => keyValue.safeParse(r[k]).success);
  return z.array(row.refine(keyOk, { message: 'backup.error.key' }));
}

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  tables: z.object(Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, tableSchema(t).default([])]))).strict(),
});

export type BackupError =
  'backup.error.notJson' | 'backup.error.format' | 'backup.error.newer' | 'backup.error.invalid';
export type ParsedBackup =
  { ok: true; backup: Backup } | { ok: false; error: BackupError; issues: { path: string; message: string }[] };

/** Reads a backup file; refuses one that is not JSON, not a backup, corrupted, or from a newer Tact. */
export function parseBackup(text: string, schemaVersion: number): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'backup.error.notJson', issues: [] };
  }
  const head = json as { format?: unknown; version?: unknown; schemaVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'backup.error.format', issues: [] };
  }
  if (
    (typeof head.version === 'number' && head.version > BACKUP_VERSION) ||
    (typeof head.schemaVersion === 'number' && head.schemaVersion > schemaVersion)
  ) {
    return { ok: false, error: 'backup.error.newer', issues: [] };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, error: 'backup.error.invalid', issues };
  }
  return { ok: true, backup: parsed.data as Backup };
}

/** What a backup file holds: the rows of each table, the AI key blanked. */
export function makeBackup(tables: Record<string, Row[]>, schemaVersion: number, now: number): Backup {
  const out: Record<string, Row[]> = {};
  for (const t of BACKUP_TABLES) out[t.name] = (tables[t.name] ?? []).map((r) => redact(t.name, r));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion,
    exportedAt: new Date(now).toISOString(),
    tables: out,
  };
}

function redact(table: string, r: Row): Row {
  if (table !== 'settings' || r.key !== 'ai' || !r.value || typeof r.value !== 'object') return r;
  return { ...r, value: { ...(r.value as Row), apiKey: '' } };
}

/** The row to write for an incoming one: this browser's AI key kept (the file never has one). */
export function restoredRow(table: string, incoming: Row, local: Row | undefined): Row {
  if (table !== 'settings' || incoming.key !== 'ai' || !local) return incoming;
  const key = (local.value as Row | undefined)?.apiKey;
  return typeof key === 'string' && key
    ? { ...incoming, value: { ...(incoming.value as Row), apiKey: key } }
    : incoming;
}
