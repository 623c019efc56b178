// Wall-clock maths in an IANA zone for the reports: local parts, days, heatmap cells and the instant
// of a local time, on the shared, cached zone offset of utils/text/zone.ts.
import { DAY_MS, offsetAt } from '../../text/zone';

export { DAY_MS, isZone, offsetAt, resolveZone } from '../../text/zone';

const MINUTE = 60_000;

export interface LocalParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** Days since 1970-01-01 of the local date. */
  dayNumber: number;
}

export function localParts(ms: number, tz: string): LocalParts {
  const local = ms + offsetAt(ms, tz);
  const dayNumber = Math.floor(local / DAY_MS);
  const d = new Date(dayNumber * DAY_MS);
  const minuteOfDay = Math.floor((local - dayNumber * DAY_MS) / MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    weekday: (((dayNumber + 4) % 7) + 7) % 7,
    minuteOfDay,
    dayNumber,
  };
}

/** The local day number (days since 1970-01-01) of `ms` in the zone. */
export function localDay(ms: number, tz: string): number {
  return Math.floor((ms + offsetAt(ms, tz)) / DAY_MS);
}

/** The heatmap cell of `ms` in the zone: weekday (0 = Sunday) × 24 + hour. */
export function heatCell(ms: number, tz: string): number {
  const local = ms + offsetAt(ms, tz);
  const dayNumber = Math.floor(local / DAY_MS);
  return ((((dayNumber + 4) % 7) + 7) % 7) * 24 + Math.floor((local - dayNumber * DAY_MS) / 3_600_000);
}

/** Weekday (0 = Sunday) and hour of `ms` in the zone: the heatmap's cell, without building a LocalParts. */
export function weekdayHour(ms: number, tz: string): [number, number] {
  const local = ms + offsetAt(ms, tz);
  const dayNumber = Math.floor(local / DAY_MS);
  return [(((dayNumber + 4) % 7) + 7) % 7, Math.floor((local - dayNumber * DAY_MS) / 3_600_000)];
}

/**
 * The instant of a local wall time (month 1–12; out-of-range fields roll over like Date.UTC). A time
 * skipped by a DST change maps to the same wall time in the offset before it (02:30 → 03:30);
 * a repeated one to its first occurrence.
 */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, tz: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets around the wall time; keep the earliest instant that reads back as that wall time.
  const before = offsetAt(wall - DAY_MS, tz);
  const after = offsetAt(wall + DAY_MS, tz);
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  for (const c of candidates) if (c + offsetAt(c, tz) === wall) return c;
  return wall - before;
}

/** Local midnight starting the local day `dayNumber` (days since 1970-01-01). */
export function startOfLocalDay(dayNumber: number, tz: string): number {
  const d = new Date(dayNumber * DAY_MS);
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 0, 0, tz);
}

/** `YYYY-MM-DD` of a local day number. */
export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
