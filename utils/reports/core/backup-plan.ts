// The dry run of a restore: for each table, the backup's rows that would be added, would change a
// local row, or are already there. Restore writes exactly the added and changed ones; local rows the
// backup does not hold are kept.
import { restoredRow, type Row, type TableSpec } from './backup';

export interface TableCounts {
  added: number;
  changed: number;
  unchanged: number;
}
export type RestorePlan = Record<string, TableCounts>;

/** A stable text of any JSON value (object keys sorted), to compare rows. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Row;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export const rowKey = (spec: TableSpec, r: Row): string => canonical(spec.key.map((k) => r[k]));
const identityOf = (spec: TableSpec, r: Row): string => canonical(spec.identity!.map((k) => r[k] ?? null));

export interface TableWrite {
  counts: TableCounts;
  /** Rows to put; for auto-increment tables a row whose id is taken comes without one (a new id). */
  puts: Row[];
}

/** What restoring `incoming` into a table holding `local` does. */
export function planTable(spec: TableSpec, incoming: readonly Row[], local: readonly Row[]): TableWrite {
  const counts: TableCounts = { added: 0, changed: 0, unchanged: 0 };
  const puts: Row[] = [];
  const byKey = new Map(local.map((r) => [rowKey(spec, r), r]));
  if (spec.identity) {
    const known = new Set(local.map((r) => identityOf(spec, r)));
    for (const r of incoming) {
      const id = identityOf(spec, r);
      if (known.has(id)) {
        counts.unchanged++;
        continue;
      }
      known.add(id);
      counts.added++;
      const taken = r.id === undefined || byKey.has(rowKey(spec, r));
      if (!taken) byKey.set(rowKey(spec, r), r);
      puts.push(taken ? Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'id')) : r);
    }
    return { counts, puts };
  }
  for (const r of incoming) {
    const old = byKey.get(rowKey(spec, r));
    const next = restoredRow(spec.name, r, old);
    if (!old) counts.added++;
    else if (canonical(old) === canonical(next)) {
      counts.unchanged++;
      continue;
    } else counts.changed++;
    puts.push(next);
  }
  return { counts, puts };
}
