// The test oracle of the reports (tests/support/report-oracle.ts) against cases computed by hand
// from issue #15's definitions, so the figures the e2e and the cross-checks expect are themselves right.
import { describe, expect, it } from 'vitest';
import type { ReportEvent, ReportInput, ReportItem } from '../../utils/reports/core/types';
import { nearestRankOracle, oracle, oraclePrevious } from '../support/report-oracle';

const FROM = Date.UTC(2026, 8, 7); // Monday 7 September 2026, 00:00 UTC
const TO = FROM + 7 * 86_400_000;
const H = 3600_000;

function item(key: string, over: Partial<ReportItem>): ReportItem {
  return {
    key,
    platform: 'x',
    brandIds: ['acme'],
    lang: 'fr',
    intent: 'other',
    sentiment: 0,
    postedAt: FROM + 10 * H,
    seenAt: FROM + 11 * H,
    repliedAt: null,
    repliedBy: null,
    status: 'new',
    author: `x:@${key}`,
    kind: 'comment',
    reactions: null,
    text: '',
    permalink: '',
    ...over,
  };
}

const BRANDS = [
  { id: 'acme', name: 'Acme', competitor: false },
  { id: 'rival', name: 'Rival', competitor: true },
];

// Hand-computed: mentions A-F (G before, I at `to`, H a competitor's); A and E positive (A on the
// threshold), B and C negative (B on the threshold), D and F neutral: net 0. Actionable A, B, C, D, F;
// answered A (30 min), B (120 min), F (10 min, from seenAt: no posted time): rate 3/5, median 30
// (rank ceil(1.5) = 2), p90 120 (rank ceil(2.7) = 3); backlog C only (D is ignored).
const ITEMS: ReportItem[] = [
  item('a', { intent: 'question', sentiment: 0.25, repliedAt: FROM + 10.5 * H, status: 'replied' }),
  item('b', {
    platform: 'facebook',
    intent: 'complaint',
    sentiment: -0.25,
    postedAt: FROM + 11 * H,
    repliedAt: FROM + 13 * H,
  }),
  item('c', { intent: 'urgent', sentiment: -0.9, lang: 'en' }),
  item('d', { platform: 'reddit', intent: 'purchase_intent', sentiment: 0.1, status: 'ignored' }),
  item('e', { platform: 'linkedin', intent: 'praise', sentiment: 0.8, repliedAt: FROM + 12 * H }),
  item('f', {
    intent: 'question',
    postedAt: null,
    seenAt: FROM + 9 * H,
    repliedAt: FROM + 9 * H + 600_000,
    author: 'x:@a',
  }),
  item('g', { intent: 'question', postedAt: FROM - 1, seenAt: FROM + H, author: 'x:@b' }),
  item('h', { brandIds: ['rival'], intent: 'complaint', sentiment: -0.5 }),
  item('i', { intent: 'urgent', postedAt: TO }),
];

const input = (items: ReportItem[], events: ReportEvent[] = []): ReportInput => ({
  items,
  replies: [],
  events,
  incidents: [],
  brands: BRANDS,
});

describe('report oracle, hand-computed cases', () => {
  it('nearest rank: the value at rank ceil(p/100 × n)', () => {
    const ten = [7, 1, 10, 3, 2, 9, 4, 8, 6, 5];
    expect(nearestRankOracle(ten, 50)).toBe(5);
    expect(nearestRankOracle(ten, 90)).toBe(9);
    expect(nearestRankOracle(ten, 91)).toBe(10);
    expect(nearestRankOracle([42], 90)).toBe(42);
    expect(nearestRankOracle([], 50)).toBeNull();
    expect(nearestRankOracle([4, 1], 50)).toBe(1);
  });

  it('a week of mentions: counts, sentiment, response rate, first response, backlog', () => {
    const f = oracle(input(ITEMS), { from: FROM, to: TO });
    expect(f.mentions).toBe(6);
    expect([...f.keys].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(f.byPlatform).toEqual({ x: 3, facebook: 1, reddit: 1, linkedin: 1 });
    expect(f.byIntent).toEqual({ question: 2, complaint: 1, urgent: 1, purchase_intent: 1, praise: 1 });
    expect(f.byLang).toEqual({ fr: 5, en: 1 });
    expect(f.sentiment).toEqual({ positive: 2, neutral: 2, negative: 2, net: 0 });
    expect(f.actionable).toBe(5);
    expect(f.responseRate).toBe(0.6);
    expect(f.firstResponseMinutes).toEqual({ median: 30, p90: 120 });
    expect(f.backlog).toBe(1);
    expect(f.uniqueAuthors).toBe(5); // f is written by @a, like a
    expect(f.shareOfVoice).toEqual({ acme: 6, rival: 1 });
  });

  it('new authors, share within the target, target misses (answered late, or waiting past it)', () => {
    // b wrote g just before the period: not new. Target 60 min: 10 and 30 within, 120 late; c waits.
    const f = oracle(input(ITEMS), { from: FROM, to: TO });
    expect(f.newAuthors).toBe(4);
    expect(f.withinTarget).toBeCloseTo(2 / 3, 12);
    expect(f.slaMisses).toBe(2);
    expect(f.backlogKeys).toEqual(['c']);
    // Made 30 minutes after c was posted: c has not waited past the target yet.
    expect(oracle(input(ITEMS), { from: FROM, to: TO, now: FROM + 10.5 * H }).slaMisses).toBe(1);
    expect(oracle(input(ITEMS), { from: FROM, to: TO, targetMinutes: 120 }).withinTarget).toBe(1);
  });

  it('filters by platform and language; a competitor asked for is counted', () => {
    expect(oracle(input(ITEMS), { from: FROM, to: TO, platforms: ['x'] }).keys.sort()).toEqual(['a', 'c', 'f']);
    expect(oracle(input(ITEMS), { from: FROM, to: TO, langs: ['en'] }).keys).toEqual(['c']);
    const rival = oracle(input(ITEMS), { from: FROM, to: TO, brandIds: ['rival'] });
    expect(rival.keys).toEqual(['h']);
    expect(rival.sentiment.net).toBe(-1);
  });

  it('an empty period gives zeros and nulls, never NaN', () => {
    const f = oracle(input(ITEMS), { from: TO + 86_400_000, to: TO + 2 * 86_400_000 });
    expect(f).toMatchObject({ mentions: 0, backlog: 0, responseRate: null, actionable: 0 });
    expect(f.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0, net: null });
    expect(f.firstResponseMinutes).toEqual({ median: null, p90: null });
    expect(JSON.stringify(f)).not.toContain('NaN');
  });

  it('incidents: those of the covered brands that overlap the period, one still going on included', () => {
    const inc = (id: string, brandId: string, start: number, end: number | null, itemKeys: string[] = []) => ({
      id,
      brandId,
      start,
      end,
      itemKeys,
    });
    const data = {
      ...input([]),
      incidents: [
        inc('across-start', 'acme', FROM - H, FROM + H),
        inc('before', 'acme', FROM - 2 * H, FROM - H),
        inc('going-on', 'acme', TO - H, null),
        inc('competitor', 'rival', FROM + H, FROM + 2 * H),
      ],
    };
    expect(oracle(data, { from: FROM, to: TO }).incidents).toBe(2);
    expect(oraclePrevious(data, { from: FROM, to: TO }).incidents).toBe(2);
    expect(oracle(data, { from: FROM, to: TO, brandIds: ['rival'] }).incidents).toBe(1);
    // Its mentions kept by the filters: c (urgent, waiting), d (purchase intent, ignored), a (answered
    // question), e (praise); actionable a, c, d; answered a: 1/3. Lasted 2 hours.
    const keys = ['a', 'c', 'd', 'e', 'h'];
    const withItems = { ...input(ITEMS), incidents: [inc('burst', 'acme', FROM + 9 * H, FROM + 11 * H, keys)] };
    const [burst] = oracle(withItems, { from: FROM, to: TO }).incidentList;
    expect(burst).toEqual({ id: 'burst', durationMinutes: 120, mentions: 4, responseRate: 1 / 3 });
    const xOnly = oracle(withItems, { from: FROM, to: TO, platforms: ['x'] }).incidentList[0];
    expect(xOnly).toMatchObject({ mentions: 2, responseRate: 0.5 });
    expect(oracle(data, { from: FROM, to: TO }).incidentList.map((i) => i.durationMinutes)).toEqual([120, null]);
  });

  it('the previous period is the one of equal length just before', () => {
    const f = oraclePrevious(input(ITEMS), { from: FROM, to: TO });
    expect(f.keys).toEqual(['g']);
    expect(f.backlog).toBe(1);
  });

  it('moderation: flags by type, reviews both spellings, authors labelled once, in the period only', () => {
    const ev = (type: ReportEvent['type'], at: number, data: Record<string, unknown>): ReportEvent => ({
      type,
      at,
      by: 'c',
      data,
    });
    const events = [
      ev('troll.flag', FROM + H, { type: 'flamer' }),
      ev('troll.flag', FROM + 2 * H, { type: 'flamer' }),
      ev('troll.flag', FROM + 3 * H, { type: 'spammer' }),
      ev('troll.flag', TO, { type: 'spammer' }),
      ev('troll.review', FROM + 4 * H, { review: 'confirm' }),
      ev('troll.review', FROM + 5 * H, { review: 'confirmed' }),
      ev('troll.review', FROM + 6 * H, { review: 'dismiss' }),
      ev('author.label', FROM + 7 * H, { author: 'x:@t', label: 'troll', on: true }),
      ev('author.label', FROM + 8 * H, { author: 'x:@t', label: 'spam', on: true }),
      ev('author.label', FROM + 9 * H, { author: 'x:@u', label: 'troll', on: false }),
    ];
    const m = oracle(input([], events), { from: FROM, to: TO }).moderation;
    expect(m).toEqual({
      flags: 3,
      flagsByType: { flamer: 2, spammer: 1 },
      confirmed: 2,
      dismissed: 1,
      authorsLabelled: 1,
    });
    // About an item: counted when the filters keep the item, even one posted in the period before (g);
    // not for a competitor's mention (h) nor on another platform than the one asked for.
    const onItems = [
      { ...ev('troll.flag', FROM + H, { type: 'sealion' }), itemKey: 'g' },
      { ...ev('troll.flag', FROM + H, { type: 'sealion' }), itemKey: 'h' },
      { ...ev('troll.review', FROM + 2 * H, { review: 'dismissed' }), itemKey: 'b' },
    ];
    expect(oracle(input(ITEMS, onItems), { from: FROM, to: TO }).moderation).toMatchObject({ flags: 1, dismissed: 1 });
    const xOnly = oracle(input(ITEMS, onItems), { from: FROM, to: TO, platforms: ['x'] }).moderation;
    expect(xOnly).toMatchObject({ flags: 1, dismissed: 0 });
  });
});
