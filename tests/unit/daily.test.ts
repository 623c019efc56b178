import { describe, expect, it } from 'vitest';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import {
  addSums,
  dailyAggregates,
  figuresOf,
  dailyAggregateSchema,
  dayFingerprint,
  dayNamer,
  type DailyAggregate,
} from '../../utils/reports/core/daily';
import { mergeSketches, sketchQuantile, SKETCH_RELATIVE_ERROR } from '../../utils/reports/core/sketch';
import type { ReportInput, ReportItem } from '../../utils/reports/core/types';
import { pick, seeded } from '../support/random';

const H = 3_600_000;

function item(over: Partial<ReportItem> & { key: string }): ReportItem {
  return {
    platform: 'x',
    brandIds: ['acme'],
    lang: 'en',
    intent: 'question',
    sentiment: 0,
    postedAt: null,
    seenAt: Date.UTC(2026, 2, 10, 12),
    repliedAt: null,
    repliedBy: null,
    status: 'new',
    author: 'x:someone',
    kind: 'post',
    reactions: null,
    text: 'SECRET TEXT of a customer',
    permalink: 'https://x.com/someone/status/1',
    ...over,
  };
}

const input = (items: ReportItem[], replies: ReportInput['replies'] = []): ReportInput => ({
  items,
  replies,
  events: [],
  incidents: [],
  brands: [],
});

const totals = (days: DailyAggregate[]) => {
  const t = { mentions: 0, actionable: 0, answered: 0, positive: 0, negative: 0, backlog: 0 };
  for (const d of days) for (const r of d.rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += r[k];
  return t;
};

describe('daily aggregates', () => {
  it('names local days across DST changes and year ends', () => {
    const paris = dayNamer('Europe/Paris');
    // 2026-03-29: clocks go forward at 02:00 (UTC+1 → UTC+2); 22:30 UTC on the 28th is 23:30 local.
    expect(paris(Date.UTC(2026, 2, 28, 22, 30))).toBe('2026-03-28');
    expect(paris(Date.UTC(2026, 2, 28, 23, 30))).toBe('2026-03-29');
    expect(paris(Date.UTC(2026, 2, 29, 22, 30))).toBe('2026-03-30');
    expect(paris(Date.UTC(2026, 11, 31, 23, 0))).toBe('2027-01-01');
    expect(dayNamer('America/Los_Angeles')(Date.UTC(2027, 0, 1, 5))).toBe('2026-12-31');
    expect(dayNamer('Asia/Kolkata')(Date.UTC(2026, 5, 1, 18, 29))).toBe('2026-06-01');
    expect(dayNamer('Asia/Kolkata')(Date.UTC(2026, 5, 1, 18, 30))).toBe('2026-06-02');
  });

  it('counts by day, brands, platform, intent and CM with the report definitions', () => {
    const t0 = Date.UTC(2026, 2, 10, 9);
    const days = dailyAggregates(
      input(
        [
          item({ key: 'a', postedAt: t0, repliedAt: t0 + 30 * 60_000, sentiment: 0.25 }),
          item({ key: 'b', postedAt: t0, repliedAt: t0 + 90 * 60_000, sentiment: -0.25 }),
          item({ key: 'c', postedAt: t0, status: 'ignored', sentiment: -0.24 }),
          item({ key: 'd', postedAt: null, seenAt: t0 }),
          item({ key: 'e', postedAt: t0, intent: 'praise', repliedAt: t0 + H, brandIds: ['zed', 'acme', 'zed'] }),
          item({ key: 'f', postedAt: t0 + 24 * H, platform: 'reddit' }),
        ],
        [{ itemKey: 'b', at: t0 + 90 * 60_000, by: 'Léa', source: 'snippet', toneIssues: 0 }],
      ),
      { timeZone: 'Europe/Paris', cm: 'Sam' },
    );
    expect(days.map((d) => d.day)).toEqual(['2026-03-10', '2026-03-11']);
    const [first] = days;
    const find = (intent: string, cm: string, brands = ['acme']) =>
      first!.rows.find((r) => r.intent === intent && r.cm === cm && r.brandIds.join() === brands.join());
    expect(find('question', 'Sam')).toMatchObject({ mentions: 3, actionable: 3, answered: 1, positive: 1, backlog: 1 });
    expect(find('question', 'Léa')).toMatchObject({ mentions: 1, answered: 1, negative: 1, backlog: 0 });
    expect(sketchQuantile(find('question', 'Léa')!.firstResponse, 0.5)).toBeCloseTo(90, -0.5);
    // Praise is not actionable: a reply to it is neither counted as replied nor timed.
    expect(find('praise', 'Sam', ['acme', 'zed'])).toMatchObject({ mentions: 1, actionable: 0, answered: 0 });
    expect(find('praise', 'Sam', ['acme', 'zed'])!.firstResponse).toEqual([]);
    expect(days[1]!.rows).toHaveLength(1);
    expect(days[1]!.rows[0]).toMatchObject({ platform: 'reddit', mentions: 1, backlog: 1 });
    for (const d of days) expect(dailyAggregateSchema.safeParse(d).success).toBe(true);
  });

  it('carries no text, no customer, no item id', () => {
    const days = dailyAggregates(input([item({ key: 'x:123456', repliedAt: Date.UTC(2026, 2, 10, 13) })]), {
      timeZone: 'UTC',
      cm: 'Sam',
    });
    const wire = JSON.stringify(days);
    for (const secret of ['SECRET', 'someone', '123456', 'https:']) expect(wire).not.toContain(secret);
  });

  it('keeps totals and merged quantiles equal to the flat computation on random data', () => {
    const rnd = seeded(42);
    const t0 = Date.UTC(2026, 0, 1);
    const items = Array.from({ length: 3000 }, (_, i) => {
      const posted = t0 + Math.floor(rnd() * 90 * 24 * H);
      const replied = rnd() < 0.6 ? posted + Math.floor(rnd() * 48 * H) : null;
      return item({
        key: `k${i}`,
        postedAt: rnd() < 0.1 ? null : posted,
        seenAt: posted + 1000,
        intent: pick(rnd, ['question', 'complaint', 'urgent', 'purchase_intent', 'praise', 'other']),
        sentiment: rnd() * 2 - 1,
        platform: pick(rnd, ['x', 'facebook', 'reddit', 'linkedin'] as const),
        repliedAt: replied,
        status: pick(rnd, ['new', 'in_progress', 'replied', 'ignored'] as const),
      });
    });
    const days = dailyAggregates(input(items), { timeZone: 'Europe/Paris', cm: 'Sam' });
    const actionable = items.filter((i) => ['question', 'complaint', 'urgent', 'purchase_intent'].includes(i.intent));
    expect(totals(days)).toEqual({
      mentions: items.length,
      actionable: actionable.length,
      answered: actionable.filter((i) => i.repliedAt !== null).length,
      positive: items.filter((i) => i.sentiment >= 0.25).length,
      negative: items.filter((i) => i.sentiment <= -0.25).length,
      backlog: actionable.filter((i) => i.repliedAt === null && i.status !== 'ignored').length,
    });
    const times = actionable
      .filter((i) => i.repliedAt !== null)
      .map((i) => (i.repliedAt! - (i.postedAt ?? i.seenAt)) / 60_000)
      .sort((a, b) => a - b);
    const merged = mergeSketches(days.flatMap((d) => d.rows.map((r) => r.firstResponse)));
    for (const q of [0.5, 0.9]) {
      const want = times[Math.ceil(q * times.length) - 1]!;
      expect(Math.abs(sketchQuantile(merged, q)! - want) / want).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR + 1e-12);
    }
    const from = dailyAggregates(input(items), { timeZone: 'Europe/Paris', cm: 'Sam', fromDay: '2026-03-01' });
    expect(from[0]!.day).toBe('2026-03-01');
    expect(from).toEqual(days.filter((d) => d.day >= '2026-03-01'));
  });

  it('fingerprints a day by its content', () => {
    const one = dailyAggregates(input([item({ key: 'a' })]), { timeZone: 'UTC', cm: 'Sam' })[0]!;
    const same = dailyAggregates(input([item({ key: 'b' })]), { timeZone: 'UTC', cm: 'Sam' })[0]!;
    const other = dailyAggregates(input([item({ key: 'a', status: 'ignored' })]), { timeZone: 'UTC', cm: 'Sam' })[0]!;
    expect(dayFingerprint(one)).toBe(dayFingerprint(same));
    expect(dayFingerprint(one)).not.toBe(dayFingerprint(other));
  });

  it("gives one device's team figures equal to its local report over whole local days", () => {
    const rnd = seeded(99);
    const t0 = Date.UTC(2026, 2, 1);
    const items = Array.from({ length: 800 }, (_, i) => {
      const posted = t0 + Math.floor(rnd() * 40 * 24 * H);
      return item({
        key: `k${i}`,
        postedAt: posted,
        seenAt: posted,
        intent: pick(rnd, ['question', 'complaint', 'praise', 'other']),
        sentiment: rnd() * 2 - 1,
        repliedAt: rnd() < 0.5 ? posted + Math.floor(rnd() * 30 * H) : null,
        status: pick(rnd, ['new', 'ignored'] as const),
      });
    });
    const tz = 'Europe/Paris';
    // 2026-03-09 00:00 to 2026-04-06 00:00 in Paris (across the change to summer time).
    const period = { from: Date.UTC(2026, 2, 8, 23), to: Date.UTC(2026, 3, 5, 22) };
    const local = computeReport(input(items), period, {}, { ...DEFAULT_REPORT_SETTINGS, timezone: tz }, period.to);
    const rows = dailyAggregates(input(items), { timeZone: tz, cm: 'Sam' })
      .filter((d) => d.day >= '2026-03-09' && d.day < '2026-04-06')
      .flatMap((d) => d.rows);
    const team = figuresOf(addSums(rows));
    expect(team.mentions).toBe(local.mentions);
    expect(team.actionable).toBe(local.actionable);
    expect(team.answered).toBe(local.answered);
    expect(team.backlog).toBe(local.backlog);
    expect(team.sentiment).toEqual(local.sentiment);
    expect(team.responseRate).toBe(local.responseRate);
    const { median, p90 } = local.firstResponseMinutes;
    expect(Math.abs(team.firstResponseMinutes.median! - median!) / median!).toBeLessThanOrEqual(0.021);
    expect(Math.abs(team.firstResponseMinutes.p90! - p90!) / p90!).toBeLessThanOrEqual(0.021);
  });
});
