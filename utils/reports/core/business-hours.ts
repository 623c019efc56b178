// Business time: how many minutes between two instants fall inside the opening hours, in the user's
// zone, holidays closed. First-response times use it when the user sets business hours; the team
// inbox's SLAs (issue #16) reuse it. A clock keeps, per local day, its openings as instants and the
// business time before it, so each question costs a lookup, not a walk over the days between.
import type { BusinessHours } from './settings';
import { DAY_MS, isoDate, localDay, resolveZone, startOfLocalDay, zonedTime } from './tz';

const MINUTE = 60_000;
/** How far `addMinutes` looks for opening time: three years of days (holidays hold at most 366 dates). */
const MAX_SEARCH_DAYS = 3 * 366;

interface Day {
  /** Opening intervals of the day, as instants [start, end). */
  open: [number, number][];
  /** Business ms from the clock's anchor day to this day's start (negative before the anchor). */
  before: number;
}

/** The instant of a local day's minute (0–1440), DST-correct. */
function at(dayNumber: number, minuteOfDay: number, tz: string): number {
  if (minuteOfDay >= 1440) return startOfLocalDay(dayNumber + 1, tz);
  const d = new Date(dayNumber * DAY_MS);
  const h = Math.floor(minuteOfDay / 60);
  return zonedTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), h, minuteOfDay % 60, tz);
}

export class BusinessClock {
  private readonly days = new Map<number, Day>();
  private lo = 0;
  private hi = -1;
  private readonly holidays: Set<string>;

  constructor(
    private readonly hours: BusinessHours,
    private readonly tz: string,
  ) {
    this.holidays = new Set(hours.holidays ?? []);
  }

  private openingsOf(dayNumber: number): [number, number][] {
    if (this.holidays.size && this.holidays.has(isoDate(dayNumber))) return [];
    const list = this.hours.week[(((dayNumber + 4) % 7) + 7) % 7] ?? [];
    return list.map((o) => [at(dayNumber, o.start, this.tz), at(dayNumber, o.end, this.tz)]);
  }

  private total(day: Day): number {
    let ms = 0;
    for (const [a, b] of day.open) ms += b - a;
    return ms;
  }

  /** The day's record, filling every day between it and those already known. */
  private day(d: number): Day {
    if (this.hi < this.lo) {
      this.days.set(d, { open: this.openingsOf(d), before: 0 });
      this.lo = this.hi = d;
    }
    while (d > this.hi) {
      const prev = this.days.get(this.hi)!;
      this.hi++;
      this.days.set(this.hi, { open: this.openingsOf(this.hi), before: prev.before + this.total(prev) });
    }
    while (d < this.lo) {
      const next = this.days.get(this.lo)!;
      this.lo--;
      const open = this.openingsOf(this.lo);
      const day: Day = { open, before: 0 };
      day.before = next.before - this.total(day);
      this.days.set(this.lo, day);
    }
    return this.days.get(d)!;
  }

  /** Business ms from the anchor day's start to `ms`. */
  private position(ms: number): number {
    const day = this.day(localDay(ms, this.tz));
    let pos = day.before;
    for (const [a, b] of day.open) if (ms > a) pos += Math.min(ms, b) - a;
    return pos;
  }

  minutesBetween(start: number, end: number): number {
    if (!(end > start)) return 0;
    return (this.position(end) - this.position(start)) / MINUTE;
  }

  /**
   * The instant `minutes` of business time after `start`: the earliest instant by which that much
   * opening time has elapsed since `start` (so a target running out at closing time is due at the
   * closing, not at the next opening). `start` itself when `minutes` ≤ 0, even outside the hours;
   * null when the hours never open again (a week with no opening, or only holidays for years).
   */
  addMinutes(start: number, minutes: number): number | null {
    if (!(minutes > 0)) return start;
    if (!this.hours.week.some((list) => list.some((o) => o.end > o.start))) return null;
    const goal = this.position(start) + minutes * MINUTE;
    const first = localDay(start, this.tz);
    // Holidays are at most a few hundred days: past this many closed days the hours never open.
    for (let d = first; d <= first + MAX_SEARCH_DAYS; d++) {
      const day = this.day(d);
      let pos = day.before;
      if (pos + this.total(day) < goal) continue;
      for (const [a, b] of day.open) {
        if (pos + (b - a) >= goal) return a + (goal - pos);
        pos += b - a;
      }
    }
    return null;
  }

  isOpen(ms: number): boolean {
    return this.day(localDay(ms, this.tz)).open.some(([a, b]) => ms >= a && ms < b);
  }
}

const clocks = new WeakMap<BusinessHours, Map<string, BusinessClock>>();

/** One clock per hours object and zone ('' = the runtime's), reused across calls. */
export function businessClock(hours: BusinessHours, tz: string): BusinessClock {
  const zone = resolveZone(tz);
  let byZone = clocks.get(hours);
  if (!byZone) clocks.set(hours, (byZone = new Map()));
  let clock = byZone.get(zone);
  if (!clock) byZone.set(zone, (clock = new BusinessClock(hours, zone)));
  return clock;
}

/** Business minutes in [start, end) (0 when end ≤ start), in zone `tz` ('' = the runtime's). */
export function businessMinutesBetween(start: number, end: number, hours: BusinessHours, tz: string): number {
  return businessClock(hours, tz).minutesBetween(start, end);
}

/** Whether the instant falls inside the opening hours (holidays closed). */
export function isBusinessTime(ms: number, hours: BusinessHours, tz: string): boolean {
  return businessClock(hours, tz).isOpen(ms);
}

/**
 * The instant `minutes` of business time after `start` in zone `tz` ('' = the runtime's): the inverse
 * of `businessMinutesBetween` (see `BusinessClock.addMinutes`); null when the hours never open.
 */
export function addBusinessMinutes(start: number, minutes: number, hours: BusinessHours, tz: string): number | null {
  return businessClock(hours, tz).addMinutes(start, minutes);
}
