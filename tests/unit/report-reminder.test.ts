// The weekly reminder's next ring (utils/reports/reminder.ts): the chosen weekday and hour in the
// user's zone, later than now, and still at that wall-clock hour across a daylight-saving change.
import { describe, expect, it } from 'vitest';
import { nextReminderAt } from '../../utils/reports/reminder';

const local = (ms: number, tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(ms);

describe('nextReminderAt', () => {
  it('rings later the same day when the hour is still to come', () => {
    const now = Date.parse('2026-12-07T07:30:00+01:00'); // a Monday in Paris
    expect(nextReminderAt(now, 1, 9, 'Europe/Paris')).toBe(Date.parse('2026-12-07T09:00:00+01:00'));
  });

  it('rings next week when this week’s hour has passed (or is now)', () => {
    const at = Date.parse('2026-12-07T09:00:00+01:00');
    expect(nextReminderAt(at, 1, 9, 'Europe/Paris')).toBe(Date.parse('2026-12-14T09:00:00+01:00'));
  });

  it('keeps the wall-clock hour across the spring and autumn changes', () => {
    const spring = nextReminderAt(Date.parse('2026-03-27T12:00:00+01:00'), 1, 9, 'Europe/Paris');
    expect(spring).toBe(Date.parse('2026-03-30T09:00:00+02:00'));
    const autumn = nextReminderAt(Date.parse('2026-10-24T12:00:00+02:00'), 1, 9, 'Europe/Paris');
    expect(autumn).toBe(Date.parse('2026-10-26T09:00:00+01:00'));
    expect(local(autumn, 'Europe/Paris')).toBe('Mon 09:00');
  });

  it('works in any zone and across a year end', () => {
    const now = Date.parse('2026-12-31T20:00:00-05:00'); // Thursday in New York
    const at = nextReminderAt(now, 5, 8, 'America/New_York');
    expect(at).toBe(Date.parse('2027-01-01T08:00:00-05:00'));
  });
});
