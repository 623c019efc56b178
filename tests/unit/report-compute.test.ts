import { describe, expect, it } from 'vitest';
import { compare } from '../../utils/reports/core/compare';
import { itemsFor } from '../../utils/reports/core/drill';
import { recommendations } from '../../utils/reports/core/recommend';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../utils/reports/core/settings';
import { periodFor } from '../../utils/reports/core/period';
import type { ComputeReport, ItemsFor, PeriodFor, ReportInput, ReportItem } from '../../utils/reports/core/types';

const T0 = Date.parse('2026-03-02T00:00:00Z'); // a Monday
const MIN = 60_000;
const period = { from: T0, to: T0 + 7 * 86_400_000 };
const UTC: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, timezone: 'UTC', responseTargetMinutes: 60 };

function item(key: string, over: Partial<ReportItem>): ReportItem {
  return {
    key,
    platform: 'x',
    brandIds: ['acme'],
    lang: 'en',
    intent: 'other',
    sentiment: 0,
    postedAt: T0 + 10 * 60 * MIN,
    seenAt: T0 + 11 * 60 * MIN,
    repliedAt: null,
    repliedBy: null,
    status: 'new',
    author: `x:${key}`,
    kind: 'comment',
    reactions: null,
    text: '',
    permalink: '',
    ...over,
  };
}

const at = (minutes: number) => T0 + 10 * 60 * MIN + minutes * MIN;
const items: ReportItem[] = [
  // Four actionable mentions answered in 10, 30, 90 and 200 minutes.
  item('q1', { intent: 'question', repliedAt: at(10), sentiment: 0.5, author: 'x:ann', text: 'colis perdu' }),
  item('q2', { intent: 'complaint', repliedAt: at(30), sentiment: -0.6, author: 'x:bob', text: 'Colis perdu !' }),
  item('q3', {
    intent: 'urgent',
    repliedAt: at(90),
    sentiment: -0.25,
    author: 'x:bob',
    platform: 'reddit',
    text: 'colis',
  }),
  item('q4', { intent: 'purchase_intent', repliedAt: at(200), sentiment: 0.25, lang: 'fr', author: 'x:ann' }),
  // Unanswered: one waiting, one ignored (not backlog); one without postedAt counts by seenAt.
  item('w1', { intent: 'question', postedAt: null, seenAt: T0 + 86_400_000, author: 'x:cat' }),
  item('i1', { intent: 'complaint', status: 'ignored', sentiment: -0.9, author: 'x:bob' }),
  item('p1', { intent: 'praise', sentiment: 0.8, author: 'x:ann', kind: 'post', reactions: 40 }),
  // Outside the period (the week before) and a competitor's mention inside it.
  item('old', { postedAt: T0 - 3600_000, author: 'x:ann', intent: 'question', repliedAt: T0 - 60_000 }),
  item('rival', { brandIds: ['globex'], author: 'x:dan' }),
  // Posted before the period but seen in it: postedAt decides, so it is out.
  item('late', { postedAt: T0 - 10, seenAt: T0 + 10 }),
];
const input: ReportInput = {
  items,
  replies: [
    { itemKey: 'q1', at: at(10), by: 'Léa', source: 'snippet', toneIssues: 0 },
    { itemKey: 'q2', at: at(30), by: 'Sam', source: 'typed', toneIssues: 2 },
    { itemKey: 'rival', at: at(30), by: 'Sam', source: 'typed', toneIssues: 5 },
  ],
  events: [
    { type: 'troll.flag', at: at(1), by: 'Léa', itemKey: 'i1', data: { type: 'provocateur' } },
    { type: 'troll.review', at: at(2), by: 'Léa', itemKey: 'i1', data: { review: 'confirm', type: 'provocateur' } },
    { type: 'author.label', at: at(3), by: 'Léa', itemKey: 'i1', data: { label: 'troll', on: true, author: 'x:bob' } },
    { type: 'correction', at: at(4), by: 'Léa', itemKey: 'q2', data: { field: 'intent', from: 'other', to: 'q' } },
    { type: 'page', at: at(5), by: '', data: { platform: 'x', found: 3, problem: false } },
    { type: 'page', at: at(6), by: '', data: { platform: 'reddit', found: 0, problem: true } },
    { type: 'page', at: T0 - 1, by: '', data: { platform: 'x', found: 3, problem: false } },
  ],
  incidents: [{ id: 'inc1', brandId: 'acme', start: at(0), end: at(120), itemKeys: ['q1', 'q2', 'i1'] }],
  brands: [
    { id: 'acme', name: 'Acme', competitor: false },
    { id: 'globex', name: 'Globex', competitor: true },
  ],
};
const NOW = period.to + 86_400_000;

describe('computeReport', () => {
  const r = computeReport(input, period, {}, UTC, NOW);

  it('counts the mentions of the own brands in the period by posted, else seen, time', () => {
    expect(r.mentions).toBe(7);
    expect(r.byBrand).toEqual({ acme: 7 });
    expect(r.byPlatform).toEqual({ x: 6, reddit: 1 });
    expect(r.byIntent).toEqual({ question: 2, complaint: 2, urgent: 1, purchase_intent: 1, praise: 1 });
    expect(r.byLang).toEqual({ en: 6, fr: 1 });
  });

  it('authors: unique in the period, new when their first item ever is in it', () => {
    expect(r.authors).toEqual({ unique: 3, new: 2 }); // ann wrote 'old' the week before
  });

  it('sentiment: ≥ 0.25 positive, ≤ -0.25 negative, net over mentions', () => {
    expect(r.sentiment).toEqual({ positive: 3, neutral: 1, negative: 3, net: 0 });
  });

  it('responsiveness over actionable mentions, nearest-rank median and p90', () => {
    expect(r.actionable).toBe(6);
    expect(r.answered).toBe(4);
    expect(r.responseRate).toBeCloseTo(4 / 6);
    expect(r.firstResponseMinutes).toMatchObject({ count: 4, median: 30, p90: 200, withinTarget: 0.5 });
    expect(r.backlog).toBe(1);
    expect(r.waiting.map((w) => w.key)).toEqual(['w1']);
    // 90 and 200 minutes, plus w1 waiting six days.
    expect(r.slaMisses).toBe(3);
  });

  it('heatmaps by weekday and hour in the zone', () => {
    expect(r.heatmaps.mentions[1]![10]).toBe(6); // Monday 10:00 UTC
    expect(r.heatmaps.mentions[2]![0]).toBe(1); // w1, Tuesday 00:00 (seen)
    expect(r.heatmaps.replies[1]![10]).toBe(2); // +10 and +30 min
    expect(r.heatmaps.replies[1]![11]).toBe(1);
    expect(r.heatmaps.replies[1]![13]).toBe(1);
    const paris = computeReport(input, period, {}, { ...UTC, timezone: 'Europe/Paris' }, NOW);
    expect(paris.heatmaps.mentions[1]![11]).toBe(6);
  });

  it('moderation, corrections, coverage, reply quality and the incident', () => {
    expect(r.moderation).toEqual({
      flags: 1,
      flagsByType: { provocateur: 1 },
      confirmed: 1,
      dismissed: 0,
      authorsLabelled: 1,
    });
    expect(r.corrections).toEqual({ total: 1, byField: { intent: 1 } });
    expect(r.coverage).toEqual({ pages: { x: 1, reddit: 1 }, problems: { reddit: 1 } });
    expect(r.replyQuality).toMatchObject({ replies: 2, toneIssues: 2, issuesPerReply: 1, snippetShare: 0.5 });
    expect(r.incidents).toEqual([
      expect.objectContaining({ id: 'inc1', durationMinutes: 120, mentions: 3, actionable: 3, responseRate: 2 / 3 }),
    ]);
  });

  it('share of voice counts competitors; advocates and detractors need two such mentions', () => {
    expect(r.shareOfVoice.map((v) => [v.brandId, v.mentions])).toEqual([
      ['acme', 7],
      ['globex', 1],
    ]);
    expect(r.advocates.map((a) => [a.author, a.count])).toEqual([['x:ann', 3]]);
    expect(r.detractors.map((a) => [a.author, a.count])).toEqual([['x:bob', 3]]);
    expect(r.engagement).toMatchObject({ reactions: 40, commenters: 3, creators: 1 });
  });

  it('business hours: minutes outside opening hours do not count, after-hours share reported', () => {
    const open = { start: 600, end: 660 }; // 10:00–11:00 every day
    const bh: ReportSettings = {
      ...UTC,
      businessHours: { week: Array.from({ length: 7 }, () => [open]), holidays: [] },
    };
    const b = computeReport(input, period, {}, bh, NOW);
    // 10, 30, 60 (90 capped at 11:00), 60 (200 min: Monday 10–11 only).
    expect(b.firstResponseMinutes).toMatchObject({ median: 30, p90: 60, withinTarget: 1, businessHours: true });
    expect(b.afterHours).toEqual({ mentions: 1, share: 1 / 7 });
  });

  it('top topics: a phrase of two mentions, its word of three', () => {
    expect(r.topTopics).toEqual([
      { term: 'colis', count: 3 },
      { term: 'colis perdu', count: 2 },
    ]);
  });

  it('an empty period gives zeros and nulls, never NaN', () => {
    const e = computeReport(input, { from: 0, to: 1000 }, {}, UTC, NOW);
    expect(e.mentions).toBe(0);
    expect(e.sentiment.net).toBeNull();
    expect(e.responseRate).toBeNull();
    expect(e.firstResponseMinutes).toMatchObject({ median: null, p90: null, withinTarget: null });
    expect(JSON.stringify(e)).not.toContain('NaN');
    expect(JSON.stringify(computeReport({ ...input, items: [] }, period, {}, UTC, NOW))).not.toMatch(/NaN|null,null/);
  });

  it('filters: platform and language narrow every figure; a competitor filter reports on it', () => {
    expect(computeReport(input, period, { platforms: ['reddit'] }, UTC, NOW).mentions).toBe(1);
    expect(computeReport(input, period, { langs: ['fr'] }, UTC, NOW).actionable).toBe(1);
    expect(computeReport(input, period, { brandIds: ['globex'] }, UTC, NOW).mentions).toBe(1);
  });
});

// The contract types.ts publishes for the page and the team reports is the one implemented.
const CONTRACT: { compute: ComputeReport; items: ItemsFor; period: PeriodFor } = {
  compute: computeReport,
  items: itemsFor,
  period: periodFor,
};

describe('drill-down, compare, recommendations', () => {
  it('implements the published signatures', () => {
    expect(CONTRACT.period('custom', 0, 'UTC', period)).toEqual(period);
  });

  const r = computeReport(input, period, {}, UTC, NOW);

  it('each cell lists as many items as it counts', () => {
    const list = (sel: Parameters<typeof itemsFor>[3]) => itemsFor(input, period, {}, sel, UTC, NOW);
    expect(list({ kind: 'all' })).toHaveLength(r.mentions);
    expect(list({ kind: 'backlog' })).toEqual(['w1']);
    expect(list({ kind: 'slaMiss' }).sort()).toEqual(['q3', 'q4', 'w1']);
    expect(list({ kind: 'newAuthors' })).toHaveLength(3 + 1); // bob's three mentions and cat's
    expect(list({ kind: 'heatmap', chart: 'mentions', weekday: 1, hour: 10 })).toHaveLength(6);
    expect(list({ kind: 'heatmap', chart: 'replies', weekday: 1, hour: 10 })).toEqual(['q1', 'q2']);
    expect(list({ kind: 'incident', value: 'inc1' })).toEqual(['q1', 'q2', 'i1']);
    for (const [intent, n] of Object.entries(r.byIntent))
      expect(list({ kind: 'intent', value: intent })).toHaveLength(n);
    expect(list({ kind: 'sentiment', value: 'negative' })).toHaveLength(r.sentiment.negative);
    for (const t of r.topTopics) expect(list({ kind: 'topic', value: t.term })).toHaveLength(t.count);
  });

  it('compare gives deltas, null where a side is null', () => {
    const prev = computeReport(input, { from: period.from - 7 * 86_400_000, to: period.from }, {}, UTC, NOW);
    const d = compare(r, prev);
    expect(d.mentions).toEqual({ current: 7, previous: 2, delta: 5, relative: 2.5 }); // 'old' and 'late'
    expect(d.backlog.previous).toBe(0);
    expect(d.backlog.relative).toBeNull();
    expect(compare(r, null).net.delta).toBeNull();
  });

  it('recommendations name their rule and parameters', () => {
    const recs = recommendations(r, null);
    const rules = recs.map((x) => x.rule);
    expect(rules).toContain('responseRateLow');
    expect(recs.find((x) => x.rule === 'responseRateLow')).toMatchObject({
      key: 'report.rec.responseRateLow',
      params: { rate: 67, threshold: 80, unanswered: 2 },
    });
    expect(rules).toContain('layoutProblems');
    expect(rules).not.toContain('advocates');
  });
});

describe('recommendations against the period before', () => {
  const week = (offset: number) => ({ from: period.from + offset, to: period.to + offset });
  const W = 7 * 86_400_000;
  const many = (prefix: string, n: number, over: Partial<ReportItem>, shift = 0) =>
    Array.from({ length: n }, (_, i) =>
      item(`${prefix}${i}`, { postedAt: at(i) + shift, author: `x:${prefix}${i}`, ...over }),
    );

  it('fires backlogGrowing, sentimentDrop and volumeSurge from the two periods’ figures, with their numbers', () => {
    const before = many('a', 10, { intent: 'question', sentiment: 0.5, repliedAt: at(5) - W }, -W).concat(
      many('b', 5, { intent: 'question', sentiment: 0.5 }, -W),
    );
    const now = many('c', 30, { intent: 'complaint', sentiment: -0.5 });
    const data = { ...input, items: [...before, ...now], events: [], incidents: [], replies: [] };
    const cur = computeReport(data, period, {}, UTC, NOW);
    const prev = computeReport(data, week(-W), {}, UTC, NOW);
    expect(prev.backlog).toBe(5);
    const recs = recommendations(cur, prev);
    expect(recs.find((r) => r.rule === 'backlogGrowing')?.params).toEqual({ backlog: 30, previous: 5 });
    expect(recs.find((r) => r.rule === 'sentimentDrop')?.params).toEqual({ net: -100, previous: 100, threshold: 10 });
    expect(recs.find((r) => r.rule === 'volumeSurge')?.params).toEqual({ mentions: 30, previous: 15 });
    expect(recs.find((r) => r.rule === 'detractors')).toBeUndefined(); // each author wrote once
    // Alerts first.
    expect(recs[0]!.severity).toBe('alert');
    expect(recommendations(prev, null).map((r) => r.rule)).not.toContain('backlogGrowing');
  });

  it('competitorAhead when a tracked competitor is named more than the own brand', () => {
    const data = {
      ...input,
      items: [...many('g', 4, { brandIds: ['globex'] }), ...many('o', 2, {})],
      events: [],
      incidents: [],
    };
    const r = computeReport(data, period, {}, UTC, NOW);
    expect(r.shareOfVoice.map((v) => [v.brandId, v.share])).toEqual([
      ['globex', 4 / 6],
      ['acme', 2 / 6],
    ]);
    expect(recommendations(r, null).find((x) => x.rule === 'competitorAhead')?.params).toEqual({
      brand: 'globex',
      share: 67,
      own: 33,
    });
  });
});
