// Report periods in the user's zone: ISO week, month, quarter, rolling 7/30/90 days, custom; the
// period before each and the same period a year earlier. Boundaries are local midnights turned into
// instants with tz.ts, so a week that crosses a DST change is 167 or 169 hours long, as it should be.
import type { Period, PeriodKind } from './types';
import { DAY_MS, localParts, resolveZone, startOfLocalDay, zonedTime } from './tz';

export const PERIOD_KINDS: readonly PeriodKind[] = [
  'week',
  'month',
  'quarter',
  'rolling7',
  'rolling30',
  'rolling90',
  'custom',
];
const ROLLING_DAYS: Partial<Record<PeriodKind, number>> = { rolling7: 7, rolling30: 30, rolling90: 90 };

const dayNumberOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekdayOf = (dayNumber: number) => (((dayNumber + 4) % 7) + 7) % 7;
const mondayOf = (dayNumber: number) => dayNumber - ((weekdayOf(dayNumber) + 6) % 7);

/** Day number of the Monday of ISO week 1 of `year`. */
function isoWeekOneMonday(year: number): number {
  return mondayOf(dayNumberOf(year, 1, 4));
}

/** The ISO week-year and week number of a local day. */
export function isoWeek(dayNumber: number): { year: number; week: number } {
  const thursday = mondayOf(dayNumber) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1 };
}

/** 52 or 53. */
export function isoWeeksIn(year: number): number {
  return isoWeek(dayNumberOf(year, 12, 28)).week;
}

/** The period of `kind` holding the instant `anchorMs`, in zone `tz` ('' = the runtime's). */
export function periodFor(kind: PeriodKind, anchorMs: number, tz: string, custom?: Period): Period {
  const zone = resolveZone(tz);
  const p = localParts(anchorMs, zone);
  switch (kind) {
    case 'week': {
      const monday = mondayOf(p.dayNumber);
      return { from: startOfLocalDay(monday, zone), to: startOfLocalDay(monday + 7, zone) };
    }
    case 'month':
      return { from: zonedTime(p.year, p.month, 1, 0, 0, zone), to: zonedTime(p.year, p.month + 1, 1, 0, 0, zone) };
    case 'quarter': {
      const first = Math.floor((p.month - 1) / 3) * 3 + 1;
      return { from: zonedTime(p.year, first, 1, 0, 0, zone), to: zonedTime(p.year, first + 3, 1, 0, 0, zone) };
    }
    case 'custom':
      if (!custom || !(custom.to > custom.from)) throw new RangeError('report.error.customPeriod');
      return { from: custom.from, to: custom.to };
    default: {
      // Rolling: the last N local days, today included.
      const n = ROLLING_DAYS[kind]!;
      return { from: startOfLocalDay(p.dayNumber + 1 - n, zone), to: startOfLocalDay(p.dayNumber + 1, zone) };
    }
  }
}

/**
 * The period of equal kind just before: the previous week/month/quarter, the N local days before, or
 * a custom range's equal length.
 */
export function previousPeriod(kind: PeriodKind, period: Period, tz: string): Period {
  const zone = resolveZone(tz);
  if (kind === 'week' || kind === 'month' || kind === 'quarter') return periodFor(kind, period.from - 1, zone);
  const n = ROLLING_DAYS[kind];
  if (n) {
    const first = localParts(period.from, zone).dayNumber;
    return { from: startOfLocalDay(first - n, zone), to: period.from };
  }
  return { from: period.from - (period.to - period.from), to: period.from };
}

/**
 * The same period a year earlier: the same ISO week number (week 53 → that year's last), month or
 * quarter, else the same local dates.
 */
export function yearEarlier(kind: PeriodKind, period: Period, tz: string): Period {
  const zone = resolveZone(tz);
  const from = localParts(period.from, zone);
  if (kind === 'week') {
    const { year, week } = isoWeek(from.dayNumber);
    const monday = isoWeekOneMonday(year - 1) + (Math.min(week, isoWeeksIn(year - 1)) - 1) * 7;
    return { from: startOfLocalDay(monday, zone), to: startOfLocalDay(monday + 7, zone) };
  }
  if (kind === 'month' || kind === 'quarter') {
    return periodFor(kind, zonedTime(from.year - 1, from.month, 1, 12, 0, zone), zone);
  }
  const to = localParts(period.to, zone);
  // 29 February a year earlier is the 28th: the period keeps its length in days.
  const back = (p: typeof from) =>
    zonedTime(p.year - 1, p.month, Math.min(p.day, daysInMonth(p.year - 1, p.month)), p.hour, p.minute, zone);
  return { from: back(from), to: back(to) };
}
