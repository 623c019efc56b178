import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween } from '../../utils/reports/core/business-hours';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS, type BusinessHours } from '../../utils/reports/core/settings';
import type { ReportItem } from '../../utils/reports/core/types';
import {
  complianceOf,
  DEFAULT_SLA_POLICY,
  dueFor,
  isOverdue,
  slaDue,
  slaPolicySchema,
  slaStatus,
  targetFor,
  timeLeft,
  type SlaItem,
} from '../../utils/inbox/core/sla';

const MIN = 60_000;
const PARIS = 'Europe/Paris';
const NY = 'America/New_York';
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const NINE_TO_SIX = { start: 540, end: 1080 };
const weekdays = (holidays: string[] = []): BusinessHours => ({
  week: [[], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], [NINE_TO_SIX], []],
  holidays,
});
const allDay: BusinessHours = { week: Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]), holidays: [] };

describe('slaDue with business hours (addBusinessMinutes)', () => {
  const hours = weekdays();

  it('across a weekend: Friday 17:00 + 2 h is Monday 10:00', () => {
    const fri = Date.parse('2026-03-13T17:00:00+01:00');
    expect(iso(slaDue(fri, 120, hours, PARIS))).toBe('2026-03-16T09:00:00.000Z');
  });

  it('across midnight: after closing it resumes the next morning; a night opening runs past midnight', () => {
    expect(iso(slaDue(Date.parse('2026-06-09T17:30:00+02:00'), 60, hours, PARIS))).toBe('2026-06-10T07:30:00.000Z');
    const nights: BusinessHours = {
      week: Array.from({ length: 7 }, () => [
        { start: 0, end: 120 },
        { start: 1200, end: 1440 },
      ]),
      holidays: [],
    };
    // Tuesday 23:00 + 2 h of the 20:00–02:00 shift: Wednesday 01:00, local.
    expect(iso(slaDue(Date.parse('2026-06-09T23:00:00+02:00'), 120, nights, PARIS))).toBe('2026-06-09T23:00:00.000Z');
    // Wednesday 01:30 + 1 h: 30 min left tonight, 30 min from 20:00.
    expect(iso(slaDue(Date.parse('2026-06-10T01:30:00+02:00'), 60, nights, PARIS))).toBe('2026-06-10T18:30:00.000Z');
  });

  it('skips a holiday: Thursday 17:00 + 2 h before May Day is Monday 10:00, else Friday 10:00', () => {
    const thu = Date.parse('2026-04-30T17:00:00+02:00');
    expect(iso(slaDue(thu, 120, weekdays(['2026-05-01']), PARIS))).toBe('2026-05-04T08:00:00.000Z');
    expect(iso(slaDue(thu, 120, weekdays(), PARIS))).toBe('2026-05-01T08:00:00.000Z');
  });

  it('Paris, last Sunday of March: Monday reads the summer offset; a 24 h Sunday has 23 hours', () => {
    expect(iso(slaDue(Date.parse('2026-03-27T17:00:00+01:00'), 120, hours, PARIS))).toBe('2026-03-30T08:00:00.000Z');
    const sunStart = Date.parse('2026-03-29T00:00:00+01:00');
    expect(iso(slaDue(sunStart, 23 * 60, allDay, PARIS))).toBe('2026-03-29T22:00:00.000Z'); // Monday 00:00 +02
    // Open round the clock, 01:30 + 60 min is 03:30 local: the skipped hour is not business time.
    expect(iso(slaDue(Date.parse('2026-03-29T01:30:00+01:00'), 60, allDay, PARIS))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('Paris, last Sunday of October: Monday reads the winter offset; a 24 h Sunday has 25 hours', () => {
    expect(iso(slaDue(Date.parse('2026-10-23T17:00:00+02:00'), 120, hours, PARIS))).toBe('2026-10-26T09:00:00.000Z');
    const sunStart = Date.parse('2026-10-25T00:00:00+02:00');
    expect(iso(slaDue(sunStart, 25 * 60, allDay, PARIS))).toBe('2026-10-25T23:00:00.000Z'); // Monday 00:00 +01
    expect(iso(slaDue(sunStart, 24 * 60, allDay, PARIS))).toBe('2026-10-25T22:00:00.000Z'); // Sunday 23:00 +01
  });

  it('New York, both changes (second Sunday of March, first of November)', () => {
    expect(iso(slaDue(Date.parse('2026-03-06T17:00:00-05:00'), 120, hours, NY))).toBe('2026-03-09T14:00:00.000Z');
    expect(iso(slaDue(Date.parse('2026-10-30T17:00:00-04:00'), 120, hours, NY))).toBe('2026-11-02T15:00:00.000Z');
    const marchSunday = Date.parse('2026-03-08T00:00:00-05:00');
    expect(iso(slaDue(marchSunday, 23 * 60, allDay, NY))).toBe('2026-03-09T04:00:00.000Z');
    const novemberSunday = Date.parse('2026-11-01T00:00:00-04:00');
    expect(iso(slaDue(novemberSunday, 25 * 60, allDay, NY))).toBe('2026-11-02T05:00:00.000Z');
  });

  it('a start outside the hours counts from the next opening', () => {
    // Sat → Mon 9:30
    expect(iso(slaDue(Date.parse('2026-06-13T10:00:00+02:00'), 30, hours, PARIS))).toBe('2026-06-15T07:30:00.000Z');
    // before 9:00
    expect(iso(slaDue(Date.parse('2026-06-15T07:00:00+02:00'), 30, hours, PARIS))).toBe('2026-06-15T07:30:00.000Z');
    // after 18:00
    expect(iso(slaDue(Date.parse('2026-06-16T20:00:00+02:00'), 30, hours, PARIS))).toBe('2026-06-17T07:30:00.000Z');
  });

  it('a target running out at closing time is due at the closing, not the next opening', () => {
    expect(iso(slaDue(Date.parse('2026-06-16T17:30:00+02:00'), 30, hours, PARIS))).toBe('2026-06-16T16:00:00.000Z');
    expect(iso(slaDue(Date.parse('2026-06-13T10:00:00+02:00'), 540, hours, PARIS))).toBe('2026-06-15T16:00:00.000Z');
  });

  it('a zero target is due at the start, even outside the hours', () => {
    const sat = Date.parse('2026-06-13T10:00:00+02:00');
    expect(slaDue(sat, 0, hours, PARIS)).toBe(sat);
    expect(slaDue(sat, 0, null, PARIS)).toBe(sat);
  });

  it('without business hours it counts wall-clock minutes, weekends and nights included', () => {
    const sat = Date.parse('2026-06-13T23:50:00+02:00');
    expect(slaDue(sat, 90, null, PARIS)).toBe(sat + 90 * MIN);
    expect(slaDue(sat, 90, null, NY)).toBe(sat + 90 * MIN);
  });

  it('hours that never open give no due time', () => {
    const closed: BusinessHours = { week: Array.from({ length: 7 }, () => []), holidays: [] };
    expect(slaDue(Date.parse('2026-06-13T10:00:00Z'), 30, closed, PARIS)).toBeNull();
    expect(slaStatus(null, Date.now(), 15)).toBe('ok');
    expect(timeLeft(null, 0)).toBeNull();
  });

  it('is the inverse of businessMinutesBetween, and the earliest such instant (a year, both zones)', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const hols = weekdays(['2026-01-01', '2026-05-01', '2026-07-14', '2026-11-26', '2026-12-25']);
    const from = Date.parse('2026-01-01T00:00:00Z');
    for (const tz of [PARIS, NY]) {
      for (let i = 0; i < 300; i++) {
        const start = from + Math.floor(rand() * 365 * 1440) * MIN;
        const target = 1 + Math.floor(rand() * 3000);
        const due = addBusinessMinutes(start, target, hols, tz)!;
        expect(businessMinutesBetween(start, due, hols, tz)).toBeCloseTo(target, 6);
        expect(businessMinutesBetween(start, due - 1, hols, tz)).toBeLessThan(target);
      }
    }
  });
});

describe('targets', () => {
  const subject = (intent: string, priority = 40) => ({ intent, priority });

  it('the defaults: urgent 30 min round the clock, complaint 2 h, question and purchase 4 h, others 24 h', () => {
    expect(targetFor(subject('urgent', 80), DEFAULT_SLA_POLICY)).toEqual({ minutes: 30, clock: 'wall' });
    expect(targetFor(subject('complaint'), DEFAULT_SLA_POLICY)).toEqual({ minutes: 120, clock: 'business' });
    expect(targetFor(subject('question'), DEFAULT_SLA_POLICY)).toEqual({ minutes: 240, clock: 'business' });
    expect(targetFor(subject('purchase_intent'), DEFAULT_SLA_POLICY)).toEqual({ minutes: 240, clock: 'business' });
    expect(targetFor(subject('praise'), DEFAULT_SLA_POLICY)).toEqual({ minutes: 1440, clock: 'business' });
    expect(targetFor(subject('other'), DEFAULT_SLA_POLICY)).toEqual({ minutes: 1440, clock: 'business' });
  });

  it('an urgent item posted on Saturday is due 30 min later; a complaint waits for Monday', () => {
    const sat = Date.parse('2026-06-13T10:00:00+02:00');
    const posted = { postedAt: sat, firstSeenAt: sat + 5 * MIN };
    expect(dueFor({ ...posted, intent: 'urgent', priority: 80 }, DEFAULT_SLA_POLICY, weekdays(), PARIS)).toBe(
      sat + 30 * MIN,
    );
    expect(iso(dueFor({ ...posted, intent: 'complaint', priority: 50 }, DEFAULT_SLA_POLICY, weekdays(), PARIS))).toBe(
      '2026-06-15T09:00:00.000Z',
    );
    // Unknown posted time: the clock starts when Tact first saw it.
    expect(
      dueFor({ postedAt: null, firstSeenAt: sat, intent: 'urgent', priority: 80 }, DEFAULT_SLA_POLICY, null, ''),
    ).toBe(sat + 30 * MIN);
  });

  it('by priority, first match wins, and the schema bounds the policy', () => {
    const policy = slaPolicySchema.parse({
      targets: [
        { minPriority: 70, minutes: 15 },
        { intents: ['complaint'], minutes: 60 },
      ],
      fallbackMinutes: 480,
    });
    expect(targetFor(subject('complaint', 70), policy).minutes).toBe(15);
    expect(targetFor(subject('complaint', 69), policy).minutes).toBe(60);
    expect(targetFor(subject('praise', 90), policy).minutes).toBe(15);
    expect(targetFor(subject('praise', 10), policy).minutes).toBe(480);
    expect(policy.warnMinutes).toBe(15);
    const many = Array.from({ length: 21 }, () => ({ minutes: 10 }));
    expect(slaPolicySchema.safeParse({ targets: many }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ targets: [{ minutes: -1 }] }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ targets: [{ minutes: 100_001 }] }).success).toBe(false);
    expect(slaPolicySchema.safeParse({ targets: [{ intents: ['rant'], minutes: 10 }] }).success).toBe(false);
  });
});

describe('status', () => {
  const due = Date.parse('2026-06-15T10:00:00Z');
  it('time left, overdue strictly after the due instant, soon within the warning', () => {
    expect(timeLeft(due, due - 25 * MIN)).toBe(25 * MIN);
    expect(timeLeft(due, due + MIN)).toBe(-MIN);
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(due, due + 1)).toBe(true);
    expect(slaStatus(due, due - 16 * MIN, 15)).toBe('ok');
    expect(slaStatus(due, due - 15 * MIN, 15)).toBe('soon');
    expect(slaStatus(due, due, 15)).toBe('soon');
    expect(slaStatus(due, due + 1, 15)).toBe('overdue');
    expect(slaStatus(due, due - 1, 0)).toBe('ok');
  });
});

describe('complianceOf', () => {
  const hours = weekdays();
  const mon9 = Date.parse('2026-06-15T09:00:00+02:00');
  const base = (over: Partial<SlaItem>): SlaItem => ({
    intent: 'complaint',
    priority: 50,
    postedAt: mon9,
    firstSeenAt: mon9 + MIN,
    repliedAt: null,
    answeredAt: null,
    status: 'new',
    ...over,
  });
  const opts = { policy: DEFAULT_SLA_POLICY, businessHours: hours, tz: PARIS, now: mon9 + 3 * 3_600_000 };

  it('counts answered within, late, breaches still open and pending apart', () => {
    const c = complianceOf(
      [
        base({ repliedAt: mon9 + 120 * MIN }), // at the due instant: within
        base({ repliedAt: mon9 + 200 * MIN, answeredAt: mon9 + 60 * MIN }), // the page's answer came first: within
        base({ repliedAt: mon9 + 121 * MIN }), // late
        base({}), // unanswered, 3 h > 2 h: a breach still open
        base({ intent: 'question' }), // unanswered, 4 h target: pending
        base({ status: 'ignored' }), // ignored: not counted
        base({ intent: 'praise', repliedAt: mon9 + 3 * 1440 * MIN }), // not actionable, as in the report
        base({ ours: 1, repliedAt: mon9 + 999 * MIN }), // ours: never counted
      ],
      opts,
    );
    expect(c).toEqual({ within: 2, late: 1, openOverdue: 1, pending: 1, rate: 2 / 4, answeredRate: 2 / 3 });
    expect(complianceOf([], opts)).toEqual({
      within: 0,
      late: 0,
      openOverdue: 0,
      pending: 0,
      rate: null,
      answeredRate: null,
    });
  });

  it('counts business minutes: a Friday 17:00 complaint answered Monday 09:30 is within 2 h', () => {
    const fri = Date.parse('2026-06-12T17:00:00+02:00');
    const c = complianceOf([base({ postedAt: fri, repliedAt: Date.parse('2026-06-15T09:30:00+02:00') })], opts);
    expect(c.within).toBe(1);
    const wall = complianceOf([base({ postedAt: fri, repliedAt: Date.parse('2026-06-15T09:30:00+02:00') })], {
      ...opts,
      businessHours: null,
    });
    expect(wall.late).toBe(1);
  });

  it('keeps a stored due time: a later policy does not rewrite what was promised', () => {
    const item = base({ repliedAt: mon9 + 100 * MIN, slaDue: mon9 + 90 * MIN });
    expect(complianceOf([item], opts).late).toBe(1);
    expect(complianceOf([{ ...item, slaDue: null }], opts).within).toBe(1);
  });

  it('agrees with the report’s within-target share for the same target and hours', () => {
    const policy = slaPolicySchema.parse({ targets: [], fallbackMinutes: 60 });
    const starts = [mon9, mon9 + 7 * 60 * MIN, Date.parse('2026-06-13T11:00:00+02:00')]; // Mon 9:00, Mon 16:00, Sat
    const answers = [10, 59, 60, 61, 180, 600];
    const rows: { sla: SlaItem; report: ReportItem }[] = [];
    for (const [i, s] of starts.entries()) {
      for (const a of answers) {
        const replied = addBusinessMinutes(s, a, hours, PARIS)!;
        rows.push({
          sla: base({ intent: 'question', postedAt: s, repliedAt: replied }),
          report: {
            key: `k${i}-${a}`,
            platform: 'x',
            brandIds: ['acme'],
            lang: 'en',
            intent: 'question',
            sentiment: 0,
            postedAt: s,
            seenAt: s,
            repliedAt: replied,
            repliedBy: null,
            status: 'replied',
            author: '',
            kind: 'comment',
            reactions: null,
            text: '',
            permalink: '',
          },
        });
      }
    }
    const c = complianceOf(
      rows.map((r) => r.sla),
      { policy, businessHours: hours, tz: PARIS, now: Date.parse('2026-07-01T00:00:00Z') },
    );
    const report = computeReport(
      { items: rows.map((r) => r.report), replies: [], events: [], incidents: [], brands: [] },
      { from: Date.parse('2026-06-01T00:00:00Z'), to: Date.parse('2026-07-01T00:00:00Z') },
      {},
      { ...DEFAULT_REPORT_SETTINGS, timezone: PARIS, businessHours: hours, responseTargetMinutes: 60 },
      Date.parse('2026-07-01T00:00:00Z'),
    );
    expect(c.within).toBe(9);
    expect(c.answeredRate).toBe(report.firstResponseMinutes.withinTarget);
  });

  it('an answer in closed time after the due instant is late, as the live status said (the report: within)', () => {
    const policy = slaPolicySchema.parse({ targets: [], fallbackMinutes: 30 });
    const tue1730 = Date.parse('2026-06-16T17:30:00+02:00');
    const tue1900 = Date.parse('2026-06-16T19:00:00+02:00'); // after closing: still 30 business minutes
    expect(businessMinutesBetween(tue1730, tue1900, hours, PARIS)).toBe(30);
    const due = slaDue(tue1730, 30, hours, PARIS);
    expect(slaStatus(due, tue1900 - 1, 0)).toBe('overdue');
    const c = complianceOf([base({ intent: 'question', postedAt: tue1730, repliedAt: tue1900 })], { ...opts, policy });
    expect(c.late).toBe(1);
  });
});
