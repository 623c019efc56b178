// Wall-clock time in an IANA zone, both ways, from Intl alone (no dependency): what a page's
// "Yesterday at 14:05" means depends on the user's zone and on its daylight-saving rules.

/** A local date and time in a zone; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
let runtimeZone: string | undefined;

/** The zone to use: the one given if Intl knows it, else the runtime's (read once: it is slow to ask). */
export function validZone(timeZone: string | undefined): string {
  runtimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  if (!timeZone) return runtimeZone;
  try {
    formatFor(timeZone);
    return timeZone;
  } catch {
    return runtimeZone;
  }
}

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Formatters are slow to build and reused for every item: one per zone.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall time Intl gives at instant `ms` in `timeZone` (slow: see offsetAt's cache). */
function formatWall(ms: number, timeZone: string): WallTime {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatFor(timeZone).formatToParts(ms)) {
    if (part.type in parts) parts[part.type as keyof WallTime] = Number(part.value);
  }
  parts.hour %= 24; // Some engines write midnight as 24 even in h23.
  return parts;
}

/** A wall time read as if it were UTC: the arithmetic base for calendar steps. */
export function wallMs(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The wall time of a "wall time read as UTC" instant (the inverse of wallMs). */
export function wallOfUtc(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

// Zone offsets change only on quarter hours (since 1990 no zone has used another step), so one
// offset per zone and quarter hour is cached: formatToParts is the cost of every resolution.
const QUARTER = 15 * 60_000;
const offsets = new Map<string, number>();

/** The zone's offset from UTC at instant `ms`, in ms (Paris in summer: +2 h). */
export function offsetAt(ms: number, timeZone: string): number {
  const start = Math.floor(ms / QUARTER) * QUARTER;
  const key = `${timeZone} ${start}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = wallMs(formatWall(start, timeZone)) - start;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall time at instant `ms` in `timeZone`. */
export function wallAt(ms: number, timeZone: string): WallTime {
  return wallOfUtc(ms + offsetAt(ms, timeZone));
}

/**
 * The instant a wall time names in `timeZone`. A time that happens twice (autumn) is the first;
 * one skipped by the spring change moves forward by the gap, as Date and Temporal do.
 */
export function instantOf(w: WallTime, timeZone: string): number {
  const local = wallMs(w);
  const day = 86_400_000;
  // At most one change lies within a day of any wall time: its offsets before and after.
  const before = offsetAt(local - day, timeZone);
  const after = offsetAt(local + day, timeZone);
  const fits = [before, after].map((o) => local - o).filter((t) => offsetAt(t, timeZone) === local - t);
  return fits.length ? Math.min(...fits) : local - before;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
