import { describe, expect, it } from 'vitest';
import { businessMinutesBetween, isBusinessTime } from '../../utils/reports/core/business-hours';
import { isoWeek, isoWeeksIn, periodFor, previousPeriod, yearEarlier } from '../../utils/reports/core/period';
import type { BusinessHours } from '../../utils/reports/core/settings';
import { localParts, zonedTime } from '../../utils/reports/core/tz';

const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;
const PARIS = 'Europe/Paris';

describe('periods', () => {
  it('an ISO week across the spring DST change is 167 hours, Monday to Monday local', () => {
    const p = periodFor('week', Date.parse('2026-03-27T12:00:00Z'), PARIS);
    expect(iso(p.from)).toBe('2026-03-22T23:00:00.000Z');
    expect(iso(p.to)).toBe('2026-03-29T22:00:00.000Z');
    expect((p.to - p.from) / H).toBe(167);
  });

  it('an ISO week across the autumn change is 169 hours; in New York too', () => {
    const p = periodFor('week', Date.parse('2026-10-25T12:00:00Z'), PARIS);
    expect((p.to - p.from) / H).toBe(169);
    const ny = periodFor('week', Date.parse('2026-11-03T12:00:00Z'), 'America/New_York');
    expect(iso(ny.from)).toBe('2026-11-02T05:00:00.000Z');
    const nyPrev = previousPeriod('week', ny, 'America/New_York');
    expect(iso(nyPrev.from)).toBe('2026-10-26T04:00:00.000Z');
    expect((nyPrev.to - nyPrev.from) / H).toBe(169);
  });

  it('ISO weeks across year ends: 2026-12-31 is week 53 of 2026, 2027-01-03 too, 2027-01-04 week 1 of 2027', () => {
    const day = (s: string) => localParts(Date.parse(s), 'UTC').dayNumber;
    expect(isoWeek(day('2026-12-31T10:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(day('2027-01-03T10:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(day('2027-01-04T10:00:00Z'))).toEqual({ year: 2027, week: 1 });
    expect(isoWeek(day('2024-12-30T10:00:00Z'))).toEqual({ year: 2025, week: 1 });
    expect(isoWeeksIn(2026)).toBe(53);
    expect(isoWeeksIn(2025)).toBe(52);
    const w = periodFor('week', Date.parse('2027-01-01T12:00:00Z'), PARIS);
    expect(iso(w.from)).toBe('2026-12-27T23:00:00.000Z');
    // Week 53 a year earlier: 2025 has 52 weeks, so its last.
    expect(iso(yearEarlier('week', w, PARIS).from)).toBe('2025-12-21T23:00:00.000Z');
  });

  it('months and quarters follow local midnights; the month before January is December', () => {
    const jan = periodFor('month', Date.parse('2026-01-01T00:30:00+01:00'), PARIS);
    expect(iso(jan.from)).toBe('2025-12-31T23:00:00.000Z');
    expect(iso(jan.to)).toBe('2026-01-31T23:00:00.000Z');
    const dec = previousPeriod('month', jan, PARIS);
    expect(iso(dec.from)).toBe('2025-11-30T23:00:00.000Z');
    expect(dec.to).toBe(jan.from);
    const q = periodFor('quarter', Date.parse('2026-05-15T12:00:00Z'), PARIS);
    expect(iso(q.from)).toBe('2026-03-31T22:00:00.000Z');
    expect(iso(q.to)).toBe('2026-06-30T22:00:00.000Z');
    expect(iso(previousPeriod('quarter', q, PARIS).from)).toBe('2025-12-31T23:00:00.000Z');
    expect(iso(yearEarlier('quarter', q, PARIS).from)).toBe('2025-03-31T22:00:00.000Z');
    expect(iso(yearEarlier('month', jan, PARIS).from)).toBe('2024-12-31T23:00:00.000Z');
  });

  it('rolling 7 days end at the next local midnight and the period before spans 7 local days', () => {
    const p = periodFor('rolling7', Date.parse('2026-03-31T10:00:00Z'), PARIS);
    expect(iso(p.from)).toBe('2026-03-24T23:00:00.000Z');
    expect(iso(p.to)).toBe('2026-03-31T22:00:00.000Z');
    const prev = previousPeriod('rolling7', p, PARIS);
    expect(iso(prev.from)).toBe('2026-03-17T23:00:00.000Z');
    expect(prev.to).toBe(p.from);
    const r90 = periodFor('rolling90', Date.parse('2026-03-31T10:00:00Z'), 'UTC');
    expect((r90.to - r90.from) / H).toBe(90 * 24);
  });

  it('custom periods keep their bounds, the one before has the same length, and a reversed one is refused', () => {
    const c = { from: Date.parse('2026-02-10T00:00:00Z'), to: Date.parse('2026-02-13T00:00:00Z') };
    expect(periodFor('custom', 0, 'UTC', c)).toEqual(c);
    expect(previousPeriod('custom', c, 'UTC')).toEqual({ from: Date.parse('2026-02-07T00:00:00Z'), to: c.from });
    expect(() => periodFor('custom', 0, 'UTC', { from: 5, to: 5 })).toThrow(RangeError);
  });

  it('a year earlier: rolling and custom periods keep their local dates, across a DST difference', () => {
    const r = periodFor('rolling30', Date.parse('2026-04-10T10:00:00Z'), PARIS);
    const y = yearEarlier('rolling30', r, PARIS);
    expect(iso(y.from)).toBe('2025-03-11T23:00:00.000Z');
    expect(iso(y.to)).toBe('2025-04-10T22:00:00.000Z');
    const leap = { from: Date.parse('2028-02-29T00:00:00Z'), to: Date.parse('2028-03-01T00:00:00Z') };
    const back = yearEarlier('custom', leap, 'UTC');
    expect(iso(back.from)).toBe('2027-02-28T00:00:00.000Z'); // 29 February a year earlier is the 28th
    expect(iso(back.to)).toBe('2027-03-01T00:00:00.000Z');
  });

  it('a wall time skipped by DST maps forward; a repeated one to its first occurrence', () => {
    expect(iso(zonedTime(2026, 3, 29, 2, 30, PARIS))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedTime(2026, 10, 25, 2, 30, PARIS))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedTime(2026, 6, 1, 12, 0, 'Asia/Kathmandu'))).toBe('2026-06-01T06:15:00.000Z');
  });
});

const NINE_TO_SIX = { start: 540, end: 1080 };
const weekdays: BusinessHours = {
  week: [[], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], []],
  holidays: ['2026-05-01'],
};

describe('businessMinutesBetween', () => {
  it('counts only opening hours: Friday 17:00 to Monday 10:00 is 2 hours', () => {
    const fri = Date.parse('2026-03-27T17:00:00+01:00');
    const mon = Date.parse('2026-03-30T10:00:00+02:00'); // after the DST change
    expect(businessMinutesBetween(fri, mon, weekdays, PARIS)).toBe(120);
  });

  it('skips holidays and counts split openings', () => {
    const split: BusinessHours = {
      week: Array.from({ length: 7 }, () => [
        { start: 540, end: 720 },
        { start: 840, end: 1080 },
      ]),
      holidays: ['2026-05-01'],
    };
    const thu = Date.parse('2026-04-30T11:00:00+02:00');
    const sat = Date.parse('2026-05-02T10:00:00+02:00');
    // Thursday 11–12 and 14–18 (5 h), Friday a holiday, Saturday 9–10 (1 h).
    expect(businessMinutesBetween(thu, sat, split, PARIS)).toBe(360);
    expect(isBusinessTime(Date.parse('2026-05-01T10:00:00+02:00'), split, PARIS)).toBe(false);
    expect(isBusinessTime(Date.parse('2026-04-30T13:00:00+02:00'), split, PARIS)).toBe(false);
    expect(isBusinessTime(Date.parse('2026-04-30T14:00:00+02:00'), split, PARIS)).toBe(true);
  });

  it('an open-all-day Sunday across the autumn change counts 25 hours', () => {
    const allDay: BusinessHours = { week: Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]), holidays: [] };
    const sat = Date.parse('2026-10-24T22:00:00Z');
    const mon = Date.parse('2026-10-25T23:00:00Z');
    expect(businessMinutesBetween(sat, mon, allDay, PARIS)).toBe(25 * 60);
    expect(businessMinutesBetween(mon, sat, allDay, PARIS)).toBe(0);
  });
});
