// A report against the one before: the change of each headline figure.
import type { Delta, KpiId, Report } from './types';

/** The headline figures of a report, by id (null where the report has none). */
export function kpiValues(r: Report): Record<KpiId, number | null> {
  return {
    mentions: r.mentions,
    uniqueAuthors: r.authors.unique,
    newAuthors: r.authors.new,
    net: r.sentiment.net,
    responseRate: r.responseRate,
    medianMinutes: r.firstResponseMinutes.median,
    p90Minutes: r.firstResponseMinutes.p90,
    withinTarget: r.firstResponseMinutes.withinTarget,
    backlog: r.backlog,
    slaMisses: r.slaMisses,
    afterHoursShare: r.afterHours?.share ?? null,
    flags: r.moderation.flags,
    incidents: r.incidents.length,
  };
}

export function delta(current: number | null, previous: number | null): Delta {
  const d = current === null || previous === null ? null : current - previous;
  return { current, previous, delta: d, relative: d === null || !previous ? null : d / previous };
}

/** Each headline figure of `current` with its change since `previous` (all previous null without one). */
export function compare(current: Report, previous: Report | null): Record<KpiId, Delta> {
  const now = kpiValues(current);
  const before = previous ? kpiValues(previous) : null;
  const out = {} as Record<KpiId, Delta>;
  for (const id of Object.keys(now) as KpiId[]) out[id] = delta(now[id], before ? before[id] : null);
  return out;
}
