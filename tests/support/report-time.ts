// Wall-clock helpers for the report tests, written with Intl only (independent of utils/reports):
// the offset of a zone at an instant, local midnight of a calendar date, local weekday and hour.
const formatters = new Map<string, Intl.DateTimeFormat>();

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

/** Local calendar fields of instant `t` in `tz`. */
export function localFields(t: number, tz: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(t))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year, month, day, hour, minute, second } = parts as Record<string, number>;
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/** Milliseconds to add to UTC to get local wall-clock time in `tz` at instant `t`. */
export function zoneOffset(t: number, tz: string): number {
  const f = localFields(Math.floor(t / 1000) * 1000, tz);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(t / 1000) * 1000;
}

/** The instant of local midnight on a calendar date (month 1-12; day may overflow, as Date.UTC allows). */
export function localMidnight(year: number, month: number, day: number, tz: string): number {
  const guess = Date.UTC(year, month - 1, day);
  // Midnight is never inside a DST jump in the zones used here (Europe's jumps are at 02:00/03:00).
  return guess - zoneOffset(guess + 12 * 3600_000, tz);
}

/** 0 = Sunday … 6 = Saturday, and the hour 0-23, of instant `t` in `tz`. */
export function localWeekdayHour(t: number, tz: string): { weekday: number; hour: number } {
  const f = localFields(t, tz);
  return { weekday: new Date(Date.UTC(f.year, f.month - 1, f.day)).getUTCDay(), hour: f.hour };
}
