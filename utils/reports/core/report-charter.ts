// Moderation by charter clause (community care, issue #17): how many flags, confirmations and
// dismissals in the period were about each clause of a brand's charter. Each troll.flag and
// troll.review event records the clause its verdict's type breaks (`data.clause`: id, number then,
// brand; trolls/repo.ts); an event without one (no charter then) is not counted here. A clause is
// counted by its id, shown with the number it had in the period's latest event. Pure.
import type { ScopedLookup } from './report-items';
import { inPeriod } from './select';
import type { ClauseModeration, Period, ReportEvent, ReportInput } from './types';

/** The clause an event records, when it is well formed. */
export function eventClause(data: ReportEvent['data']): { id: string; n: number; brandId: string } | null {
  const c = data.clause as { id?: unknown; n?: unknown; brandId?: unknown } | null | undefined;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string' || c.id === '') return null;
  if (typeof c.n !== 'number' || !Number.isInteger(c.n) || c.n < 1) return null;
  return { id: c.id, n: c.n, brandId: typeof c.brandId === 'string' ? c.brandId : '' };
}

/** Flags, confirmations and dismissals per clause in the period (items the filters keep), by brand then number. */
export function moderationByClause(input: ReportInput, period: Period, scoped: ScopedLookup): ClauseModeration[] {
  const rows = new Map<string, ClauseModeration & { at: number }>();
  for (const e of input.events) {
    if (e.type !== 'troll.flag' && e.type !== 'troll.review') continue;
    if (!inPeriod(e.at, period) || (e.itemKey !== undefined && !scoped.has(e.itemKey))) continue;
    const clause = eventClause(e.data);
    if (!clause) continue;
    const key = `${clause.brandId}\u0000${clause.id}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...clause, flags: 0, confirmed: 0, dismissed: 0, at: e.at }));
    if (e.at >= row.at) Object.assign(row, { n: clause.n, at: e.at });
    if (e.type === 'troll.flag') row.flags++;
    else if (e.data.review === 'confirm') row.confirmed++;
    else if (e.data.review === 'dismiss') row.dismissed++;
  }
  return [...rows.values()]
    .map(({ at: _at, ...row }) => row)
    .sort((a, b) => a.brandId.localeCompare(b.brandId) || a.n - b.n || a.id.localeCompare(b.id));
}
