// A zone's offset from UTC at an instant, with nothing but Intl: read once per UTC day, or per 15
// minutes around a change (every offset and transition in use falls on a quarter hour), and cached,
// so 100,000 items ask Intl a few hundred times, not 200,000. Shared by the posted-time reader
// (utils/text/posted-time-zone.ts) and the reports' calendar (utils/reports/core/tz.ts).

const MINUTE = 60_000;
const QUARTER = 15 * MINUTE;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();
const last = { day: NaN, tz: '', offset: 0 };

/** The zone to use: the given one when Intl knows it, else the runtime's ('' = the runtime's). */
export function resolveZone(tz: string): string {
  if (tz && isZone(tz)) return tz;
  // Not cached: the user may change the system's zone while the browser runs.
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether Intl knows the zone (its formatter, built once per zone, is kept for the offsets). */
export function isZone(tz: string): boolean {
  try {
    formatter(tz);
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
