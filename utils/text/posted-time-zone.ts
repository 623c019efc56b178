// Wall-clock time in an IANA zone, both ways, from Intl alone (no dependency): what a page's
// "Yesterday at 14:05" means depends on the user's zone and on its daylight-saving rules. The
// offset itself (cached) is utils/text/zone.ts.
import { offsetAt, resolveZone } from './zone';

/** A local date and time in a zone; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone to use: the one given if Intl knows it, else the runtime's. */
export const validZone = (timeZone: string | undefined): string => resolveZone(timeZone ?? '');

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
