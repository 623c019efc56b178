// The sync client's storage on the extension's own database. `syncRecords` holds, per shared record,
// the state last agreed with the server (values with their clocks); the local tables (brands,
// toneProfiles, snippets, authors' notes) are what the user sees and edits.
//
// Local edits are found by comparing the local tables with `syncRecords` (`captureLocalEdits`), not
// by trusting a hook to have queued them: whatever wrote the row (options form, kit import, a label
// in the side panel, an older version of Tact), and even when the service worker was killed right
// after the write, the difference is still there at the next pass and becomes an outbox change.
// Table hooks only say "something changed, look soon" (see ../sync.ts).
//
// A pulled record is written to the local tables in the same transaction as `syncRecords`, so it
// shows no difference and is never sent back. The transaction is marked, so the hooks ignore it.
// Writing it is three-way: a field is overwritten only where the local value is still the one last
// agreed; a local edit not yet captured wins locally and is pushed at the next pass (the server then
// keeps both in its conflict log), so a pull never loses a local edit.
import Dexie, { type Transaction } from 'dexie';
import type { PendingChange, SyncClient, SyncStorage } from './core/client';
import { recordValues, sameValue } from './core/merge';
import { SYNC_TABLES, type SyncRecord, type SyncTable } from './core/protocol';
import type { TactDB } from '../db/schema';
import {
  changedFields,
  CLEARED_NOTE,
  isShared,
  localTable,
  localTables,
  rowId,
  sharedFields,
  toLocalRow,
} from './tables';

const SYNC_MARK = '__tactSyncApply';
/** syncMeta key of the records pulled but not written locally (`table\u0000id`): never deleted from here. */
const UNAPPLIED = 'unapplied';
const unappliedKey = (table: SyncTable, id: string) => `${table}\u0000${id}`;

async function unappliedSet(db: TactDB): Promise<Set<string>> {
  const row = await db.syncMeta.get(UNAPPLIED);
  return new Set(Array.isArray(row?.value) ? (row.value as string[]) : []);
}

/** True inside a transaction that applies records from the server (its writes are not local edits). */
export function isSyncTransaction(tx: Transaction | null | undefined): boolean {
  for (let t = tx as (Transaction & { parent?: Transaction; [SYNC_MARK]?: boolean }) | undefined; t; t = t.parent) {
    if (t[SYNC_MARK]) return true;
  }
  return false;
}

interface SyncState {
  cursor: number;
  clock: string | null;
}

export class DexieSyncStorage implements SyncStorage {
  constructor(
    private readonly db: TactDB,
    private readonly now: () => number = Date.now,
  ) {}

  private tables() {
    return [this.db.syncRecords, this.db.syncOutbox, this.db.syncMeta, ...localTables(this.db)];
  }

  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.tables(), fn);
  }

  async getRecord(table: SyncTable, id: string): Promise<SyncRecord | undefined> {
    return this.db.syncRecords.get([table, id]);
  }

  async allRecords(): Promise<SyncRecord[]> {
    return this.db.syncRecords.toArray();
  }

  async putRecords(records: SyncRecord[]): Promise<void> {
    await this.transaction(async () => {
      (Dexie.currentTransaction as unknown as Record<string, boolean>)[SYNC_MARK] = true;
      // A record this version could not write locally (e.g. from a newer client) is kept in the sync
      // state and tried again on every pull; while it is not written, its missing row is no delete.
      const unapplied = await unappliedSet(this.db);
      const size = unapplied.size;
      const pulled = new Set<string>();
      for (const record of records) {
        const old = await this.db.syncRecords.get([record.table, record.id]);
        await this.db.syncRecords.put(record);
        const key = unappliedKey(record.table, record.id);
        pulled.add(key);
        const applied = await this.applyLocally(record, unapplied.has(key) ? undefined : old);
        if (applied) unapplied.delete(key);
        else unapplied.add(key);
      }
      for (const key of [...unapplied]) {
        if (pulled.has(key)) continue;
        const [table, id] = key.split('\u0000') as [SyncTable, string];
        const record = await this.db.syncRecords.get([table, id]);
        if (!record || (await this.applyLocally(record, undefined))) unapplied.delete(key);
      }
      if (unapplied.size > 0 || size > 0) await this.db.syncMeta.put({ key: UNAPPLIED, value: [...unapplied] });
    });
  }

  /**
   * Writes what changed between `old` and `record` into the local table, keeping local edits.
   * False when the record's row could not be written (invalid for this version's schema).
   */
  private async applyLocally(record: SyncRecord, old: SyncRecord | undefined): Promise<boolean> {
    const table = localTable(this.db, record.table);
    const local = await table.get(record.id);
    const mine = local && isShared(record.table, local) ? sharedFields(record.table, local) : undefined;
    const before = old && recordValues(old);
    const after = recordValues(record);
    const untouched = (k: string) =>
      before !== undefined && mine !== undefined && sameValue(mine[k] ?? null, before[k] ?? null);

    if (!after) {
      // A welcome is never taken back: a record gone from the team leaves this device's welcome as it is.
      if (record.table === 'welcomes') return true;
      // Deleted on the team. A row edited here since is kept (the edit brings the record back).
      if (!local || !mine || !before || Object.keys(changedFields(mine, before)).length > 0) return true;
      if (record.table === 'trollNotes') await table.put({ ...local, ...CLEARED_NOTE });
      else await table.delete(record.id);
      return true;
    }
    if (!local || !mine) {
      // A record this device had and deleted (or a note it cleared), not yet captured: it stays so,
      // and the delete goes up at the next pass.
      if (before) return true;
      if (record.table === 'trollNotes' && !isShared('trollNotes', after)) return true;
      const row = toLocalRow(record.table, record.id, after, local, this.now());
      if (!row) return false;
      await table.put(row);
      return true;
    }
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(after)) {
      if (sameValue(mine[k] ?? null, v)) continue;
      // Never known before: the local row is a local creation not yet captured; fill only its gaps.
      if (before ? untouched(k) : !(k in mine)) patch[k] = v;
    }
    if (Object.keys(patch).length === 0) return true;
    const row = toLocalRow(record.table, record.id, { ...mine, ...patch }, local, this.now());
    if (row) await table.put(row);
    return true;
  }

  async listPending(): Promise<PendingChange[]> {
    const rows = await this.db.syncOutbox.orderBy('n').toArray();
    return rows.map(({ n: _n, ...c }) => c);
  }

  async putPending(change: PendingChange): Promise<void> {
    await this.db.transaction('rw', this.db.syncOutbox, async () => {
      const existing = await this.db.syncOutbox.where('changeId').equals(change.changeId).first();
      await this.db.syncOutbox.put(existing?.n !== undefined ? { ...change, n: existing.n } : { ...change });
    });
  }

  async removePending(changeIds: string[]): Promise<void> {
    await this.db.syncOutbox.where('changeId').anyOf(changeIds).delete();
  }

  async pendingCount(): Promise<number> {
    return this.db.syncOutbox.count();
  }

  async getMeta(): Promise<SyncState> {
    const row = await this.db.syncMeta.get('state');
    const v = (row?.value ?? {}) as Partial<SyncState>;
    return { cursor: typeof v.cursor === 'number' ? v.cursor : 0, clock: typeof v.clock === 'string' ? v.clock : null };
  }

  async setMeta(meta: { cursor?: number; clock?: string }): Promise<void> {
    await this.db.transaction('rw', this.db.syncMeta, async () => {
      const current = await this.getMeta();
      await this.db.syncMeta.put({ key: 'state', value: { ...current, ...meta } });
    });
  }

  /** Forgets the whole sync state (leaving a team); the local tables keep every row. */
  async clear(): Promise<void> {
    await this.db.transaction('rw', [this.db.syncRecords, this.db.syncOutbox, this.db.syncMeta], async () => {
      await this.db.syncRecords.clear();
      await this.db.syncOutbox.clear();
      await this.db.syncMeta.delete('state');
      await this.db.syncMeta.delete(UNAPPLIED);
    });
  }
}

/**
 * Turns every difference between the local tables and the last agreed state into outbox changes
 * (through the client, which stamps them with its clock). Returns how many records changed.
 */
export async function captureLocalEdits(
  db: TactDB,
  client: SyncClient,
  tables: readonly SyncTable[] = SYNC_TABLES,
): Promise<number> {
  let changed = 0;
  const unapplied = await unappliedSet(db);
  for (const table of tables) {
    const [rows, agreed] = await db.transaction('r', [localTable(db, table), db.syncRecords], () =>
      Promise.all([
        // Authors nobody wrote about, and a subscribed kit's records (its publisher's), are not the team's.
        localTable(db, table)
          .filter((r) => isShared(table, r))
          .toArray(),
        db.syncRecords.where('table').equals(table).toArray(),
      ]),
    );
    const byId = new Map(agreed.map((r) => [r.id, r]));
    const seen = new Set<string>();
    for (const row of rows) {
      const id = rowId(table, row);
      seen.add(id);
      const base = byId.get(id);
      const diff = changedFields(sharedFields(table, row), base && recordValues(base));
      if (Object.keys(diff).length === 0) continue;
      await client.edit(table, id, diff);
      changed++;
    }
    for (const r of agreed) {
      const values = recordValues(r);
      // Pulled but never written here (invalid for this version): its missing row is not a delete.
      if (seen.has(r.id) || !values || unapplied.has(unappliedKey(table, r.id))) continue;
      // A welcome this device no longer holds (its members were cleared) is not taken back from the team.
      if (table === 'welcomes') continue;
      if (table === 'trollNotes') {
        // No longer shared here: the notes were cleared (or the author forgotten).
        const diff = changedFields({ ...values, ...CLEARED_NOTE } as Parameters<typeof changedFields>[0], values);
        if (Object.keys(diff).length === 0) continue;
        await client.edit(table, r.id, diff);
      } else {
        await client.remove(table, r.id);
      }
      changed++;
    }
  }
  return changed;
}
