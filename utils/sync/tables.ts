// How the local Dexie tables map onto team-sync records: which fields are shared, which stay on this
// device (timestamps, usage counters, what Tact merely saw of an author), and how a record pulled from
// the team becomes a local row again. A pulled row that would break the local schema is not written
// (a teammate's buggy or hostile client must not make a page crash): it stays in the sync state only.
import type { Table } from 'dexie';
import { brandSchema } from '../mentions/core/brand';
import { snippetSchema } from '../snippets/core/snippet';
import { isSubscribed } from '../kit/subscriptions-repo';
import { sameValue } from './core/merge';
import { LIMITS, type SyncTable } from './core/protocol';
import { memberKey, memberSchema } from '../care/core/member';
import type { TactDB } from '../db/schema';

type Row = Record<string, unknown>;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Fields that never leave the device: when it was seen or edited here, how often it was used here. */
const LOCAL_ONLY: Record<Exclude<SyncTable, 'trollNotes' | 'welcomes'>, readonly string[]> = {
  brands: ['id', 'createdAt', 'updatedAt'],
  toneProfiles: ['id', 'updatedAt'],
  snippets: ['id', 'updatedAt', 'usageCount'],
};
/** Of an author, only what a moderator wrote is shared (plus who it is about). */
const TROLL_NOTE_FIELDS = ['platform', 'handle', 'name', 'notes', 'labels'] as const;
/**
 * Of a brand community's member (table `members`), only a welcome is shared, so a teammate's welcome
 * takes the newcomer off everyone's list; when and with what each device first saw them stays local.
 */
const WELCOME_FIELDS = ['brandId', 'authorKey', 'platform', 'name', 'handle', 'welcomedAt', 'welcomedBy'] as const;

export function localTable(db: TactDB, table: SyncTable): Table<Row, string> {
  const t = table === 'trollNotes' ? db.authors : table === 'welcomes' ? db.members : db[table];
  return t as unknown as Table<Row, string>;
}

/** The local tables a sync transaction writes. */
export function localTables(db: TactDB): Table[] {
  return [db.brands, db.toneProfiles, db.snippets, db.authors, db.members];
}

export function rowId(table: SyncTable, row: Row): string {
  return String(table === 'trollNotes' || table === 'welcomes' ? row.key : row.id);
}

/** An author is shared only once someone wrote a note or a label about them. */
export function isShared(table: SyncTable, row: Row): boolean {
  // A subscribed brand kit's records are its publisher's, refreshed from its URL: never pushed to a team.
  // A member is shared once welcomed (and when its key fits a sync id).
  if (table === 'welcomes') return typeof row.welcomedAt === 'number' && String(row.key).length <= LIMITS.idLength;
  if (table !== 'trollNotes') return !isSubscribed(row);
  return (
    (typeof row.notes === 'string' && row.notes.trim() !== '') || (Array.isArray(row.labels) && row.labels.length > 0)
  );
}

/** The shared fields of a local row, as JSON (what the server would store). */
export function sharedFields(table: SyncTable, row: Row): Record<string, Json> {
  const out: Record<string, Json> = {};
  const keys =
    table === 'trollNotes'
      ? TROLL_NOTE_FIELDS
      : table === 'welcomes'
        ? WELCOME_FIELDS
        : Object.keys(row).filter((k) => !LOCAL_ONLY[table].includes(k));
  for (const k of keys) {
    const s = JSON.stringify(row[k]);
    out[k] = s === undefined ? null : (JSON.parse(s) as Json);
  }
  return out;
}

/** The fields of `row` that differ from `base` (a field `base` has and the row lost becomes null). */
export function changedFields(
  row: Record<string, Json>,
  base: Record<string, unknown> | undefined,
): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(row)) if (!base || !sameValue(base[k] ?? null, v)) out[k] = v;
  if (base) for (const [k, v] of Object.entries(base)) if (!(k in row) && v !== null) out[k] = null;
  return out;
}

/** Cleared notes: how a deleted troll note looks locally (the author row itself stays). */
export const CLEARED_NOTE = { notes: '', labels: [] as string[] };

/** The local row for shared `values` laid over the existing row, or undefined when it would be invalid. */
export function toLocalRow(
  table: SyncTable,
  id: string,
  values: Row,
  existing: Row | undefined,
  now: number,
): Row | undefined {
  const str = (v: unknown) => typeof v === 'string';
  const strings = (v: unknown) => Array.isArray(v) && v.every(str);
  switch (table) {
    case 'brands': {
      const parsed = brandSchema.safeParse({
        ...existing,
        ...values,
        id,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      return parsed.success ? (parsed.data as unknown as Row) : undefined;
    }
    case 'toneProfiles': {
      // Only the shared fields: anything else a server sends (a `subscriptionId` would make the
      // profile read-only here) is dropped.
      const row: Row = {
        ...existing,
        brandId: values.brandId,
        name: values.name,
        data: values.data,
        id,
        updatedAt: now,
      };
      const ok =
        str(row.brandId) &&
        str(row.name) &&
        typeof row.data === 'object' &&
        row.data !== null &&
        !Array.isArray(row.data);
      return ok ? row : undefined;
    }
    case 'snippets': {
      const parsed = snippetSchema.safeParse({
        ...existing,
        ...values,
        id,
        updatedAt: now,
        usageCount: existing?.usageCount ?? 0,
      });
      return parsed.success ? (parsed.data as unknown as Row) : undefined;
    }
    case 'welcomes':
      return welcomeRow(id, values, existing);
    case 'trollNotes': {
      const base = existing ?? {
        key: id,
        url: '',
        firstSeenAt: now,
        lastSeenAt: now,
        name: '',
        handle: '',
        notes: '',
        labels: [],
      };
      const row: Row = { ...base, ...values, key: id };
      if (row.name === null) row.name = '';
      const ok = str(row.platform) && str(row.handle) && str(row.name) && str(row.notes) && strings(row.labels);
      return ok ? row : undefined;
    }
  }
}

/** A pulled welcome over this device's member row; a member this device never saw starts at the welcome. */
function welcomeRow(id: string, values: Row, existing: Row | undefined): Row | undefined {
  const welcomedAt = values.welcomedAt;
  if (typeof welcomedAt !== 'number') return undefined;
  const parsed = memberSchema.safeParse({
    key: id,
    firstSeenAt: welcomedAt,
    firstItemKey: '',
    ...existing,
    brandId: values.brandId,
    authorKey: values.authorKey,
    platform: existing?.platform ?? values.platform,
    name: existing?.name ?? values.name,
    handle: existing?.handle ?? values.handle,
    welcomedAt,
    welcomedBy: values.welcomedBy ?? '',
  });
  if (!parsed.success || memberKey(parsed.data.brandId, parsed.data.authorKey) !== id) return undefined;
  return parsed.data as unknown as Row;
}
