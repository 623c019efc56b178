// Business time: how many minutes between two instants fall inside the opening hours, in the user's
// zone, holidays closed. First-response times use it when the user sets business hours; the team
// inbox's SLAs (issue #16) reuse it.
import type { BusinessHours } from './settings';
import { isoDate, localParts, resolveZone, startOfLocalDay, zonedTime } from './tz';

const MINUTE = 60_000;
/** Past this many local days the count stops (a reply years later is off any target anyway). */
const MAX_DAYS = 3700;

function openingsOf(dayNumber: number, hours: BusinessHours, holidays: Set<string>) {
  if (holidays.size && holidays.has(isoDate(dayNumber))) return [];
  return hours.week[(((dayNumber + 4) % 7) + 7) % 7] ?? [];
}

const holidaySets = new WeakMap<BusinessHours, Set<string>>();
function holidaysOf(hours: BusinessHours): Set<string> {
  let set = holidaySets.get(hours);
  if (!set) holidaySets.set(hours, (set = new Set(hours.holidays ?? [])));
  return set;
}

/** The instant of a local day's minute (0–1440), DST-correct. */
function at(dayNumber: number, minuteOfDay: number, tz: string): number {
  if (minuteOfDay === 1440) return startOfLocalDay(dayNumber + 1, tz);
  const d = new Date(dayNumber * 86_400_000);
  const h = Math.floor(minuteOfDay / 60);
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h, minuteOfDay % 60, tz);
}

/** Business minutes in [start, end) (0 when end ≤ start), in zone `tz` ('' = the runtime's). */
export function businessMinutesBetween(start: number, end: number, hours: BusinessHours, tz: string): number {
  if (!(end > start)) return 0;
  const zone = resolveZone(tz);
  const holidays = holidaysOf(hours);
  const first = localParts(start, zone).dayNumber;
  const last = Math.min(localParts(end, zone).dayNumber, first + MAX_DAYS);
  let ms = 0;
  for (let day = first; day <= last; day++) {
    for (const o of openingsOf(day, hours, holidays)) {
      const a = Math.max(start, at(day, o.start, zone));
      const b = Math.min(end, at(day, o.end, zone));
      if (b > a) ms += b - a;
    }
  }
  return ms / MINUTE;
}

/** Whether the instant falls inside the opening hours (holidays closed). */
export function isBusinessTime(ms: number, hours: BusinessHours, tz: string): boolean {
  const p = localParts(ms, resolveZone(tz));
  return openingsOf(p.dayNumber, hours, holidaysOf(hours)).some(
    (o) => p.minuteOfDay >= o.start && p.minuteOfDay < o.end,
  );
}
