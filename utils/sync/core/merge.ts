// Per-field last-writer-wins by hybrid logical clock, with tombstones for deletes. Pure: the server
// merges every pushed change with it, and returns what lost so it lands in the conflict log. The
// result does not depend on the order changes arrive in (commutative, associative, idempotent):
// ties on the timestamp (same node, same tick: only a buggy or hostile client) go to the larger value.
import { joinFields } from './chunks';
import type { Cell, SyncRecord } from './protocol';

export interface LostValue {
  field: string;
  cell: Cell;
  /** The timestamp of the cell that won. */
  lostTo: string;
  /** The winner was written without seeing this value (its `base` is not this cell). */
  concurrent: boolean;
}

export interface MergeResult {
  record: SyncRecord;
  /**
   * Values overwritten (or refused) by this merge whose value differs from the winner's. `base` is
   * kept on winning cells: strip it before storing.
   */
  lost: LostValue[];
  /** Whether `record` differs from the `current` passed in. */
  changed: boolean;
}

/** JSON with object keys sorted: equal values give equal strings, whatever their key order (jsonb reorders keys). */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Does `a` beat `b`? Later timestamp wins; an exact tie goes to the larger canonical value. */
export function cellWins(a: Cell, b: Cell): boolean {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc;
  return canonicalJson(a.value) > canonicalJson(b.value);
}

/** Merge `incoming` into `current` (same table and id). */
export function mergeRecord(current: SyncRecord | undefined, incoming: SyncRecord): MergeResult {
  if (!current) return { record: cloneRecord(incoming), lost: [], changed: true };
  // No prototype: a field may be called toString, constructor or __proto__ (issue #13, defect 7).
  const fields: Record<string, Cell> = Object.assign(Object.create(null), current.fields);
  const lost: LostValue[] = [];
  let changed = false;
  for (const [name, inc] of Object.entries(incoming.fields)) {
    const cur = Object.hasOwn(current.fields, name) ? current.fields[name] : undefined;
    if (!cur) {
      fields[name] = { ...inc };
      changed = true;
      continue;
    }
    if (cur.hlc === inc.hlc && sameValue(cur.value, inc.value)) continue; // the same write again
    const [winner, loser] = cellWins(inc, cur) ? [inc, cur] : [cur, inc];
    if (winner === inc) {
      fields[name] = { ...inc };
      changed = true;
    }
    if (!sameValue(winner.value, loser.value)) {
      const { base: _, ...cell } = loser;
      lost.push({ field: name, cell, lostTo: winner.hlc, concurrent: winner.base !== loser.hlc });
    }
  }
  let deleted = current.deleted;
  if (incoming.deleted && (!deleted || incoming.deleted > deleted)) {
    deleted = incoming.deleted;
    changed = true;
  }
  const record: SyncRecord = { table: current.table, id: current.id, fields };
  if (deleted) record.deleted = deleted;
  return { record, lost, changed };
}

/**
 * Deleted unless a field was written after the tombstone: an edit made concurrently with (or
 * after) a delete brings the record back with all its fields, so a delete never hides a newer edit.
 */
export function isDeleted(r: SyncRecord): boolean {
  if (!r.deleted) return false;
  return Object.values(r.fields).every((c) => c.hlc < r.deleted!);
}

/** The plain object a record stands for (undefined when deleted); split values are put back together. */
export function recordValues(r: SyncRecord): Record<string, unknown> | undefined {
  if (isDeleted(r)) return undefined;
  return joinFields(r.fields);
}

function cloneRecord(r: SyncRecord): SyncRecord {
  const out: SyncRecord = {
    table: r.table,
    id: r.id,
    fields: Object.fromEntries(Object.entries(r.fields).map(([k, c]) => [k, { ...c }])),
  };
  if (r.deleted) out.deleted = r.deleted;
  return out;
}
