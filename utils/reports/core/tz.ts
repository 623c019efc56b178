// Wall-clock maths in an IANA zone with nothing but Intl: a zone's offset at an instant, read once per
// day, or per 15 minutes around a change (every offset and transition in use falls on a quarter
// hour), and cached, so a report over 100,000 items asks Intl a few hundred times, not 200,000.

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const last = { day: NaN, tz: '', offset: 0 };

/** The zone to use: the given one when Intl knows it, else the runtime's ('' = the runtime's). */
export function resolveZone(tz: string): string {
  if (tz) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      return tz;
    } catch {
      /* unknown zone: fall through to the runtime's */
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

function readOffset(ms: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Offset of the zone at `ms` (local = utc + offset), in ms. */
export function offsetAt(ms: number, tz: string): number {
  const day = Math.floor(ms / DAY_MS);
  // The last whole day asked: items come mostly in time order, so most calls stop here.
  if (day === last.day && tz === last.tz) return last.offset;
  let cache = offsets.get(tz);
  if (!cache) offsets.set(tz, (cache = new Map()));
  // A UTC day whose two ends share an offset has it throughout (zones change at most once a day):
  // one entry per day (key −day−1), else one per quarter hour.
  const whole = cache.get(-day - 1);
  if (whole !== undefined && !Number.isNaN(whole)) {
    last.day = day;
    last.tz = tz;
    last.offset = whole;
    return whole;
  }
  if (whole === undefined) {
    const a = readOffset(day * DAY_MS, tz);
    const b = readOffset((day + 1) * DAY_MS - 1, tz);
    if (cache.size > 200_000) cache.clear();
    cache.set(-day - 1, a === b ? a : NaN);
    if (a === b) return a;
  }
  const bucket = Math.floor(ms / QUARTER);
  let off = cache.get(bucket);
  if (off === undefined) {
    off = readOffset(bucket * QUARTER, tz);
    cache.set(bucket, off);
  }
  return off;
}

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
