// The report core (utils/reports/core/report.ts, computeReport) against the test oracle
// (tests/support/report-oracle.ts, written from issue #15's definitions), on the generated quarter:
// a week, a month and the quarter, with and without filters. Periods are written by hand as local
// dates with their offset (Europe/Paris, summer time), not computed by the code under test.
import { afterEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { loadReportInput } from '../../utils/reports/repo';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import type { Platform } from '../../utils/platforms/ids';
import type { ReportFilters } from '../../utils/reports/core/types';
import { oracle, type OracleQuery } from '../support/report-oracle';
import { generateQuarter } from '../support/report-quarter';
import { quarterRows } from '../support/report-quarter-rows';

const q = generateQuarter();
const SETTINGS = { ...DEFAULT_REPORT_SETTINGS, timezone: 'Europe/Paris' };
const NOW = Date.parse('2026-12-07T12:00:00Z');

const PERIODS = {
  'week 2026-W34 (the incident)': ['2026-08-17T00:00:00+02:00', '2026-08-24T00:00:00+02:00'],
  'month August 2026': ['2026-08-01T00:00:00+02:00', '2026-09-01T00:00:00+02:00'],
  'quarter Q3 2026': ['2026-07-01T00:00:00+02:00', '2026-10-01T00:00:00+02:00'],
} as const;

const FILTERS: [string, ReportFilters][] = [
  ['no filter', {}],
  ['X only', { platforms: ['x'] as Platform[] }],
  ['English only', { langs: ['en'] }],
  ['Zéphyr only', { brandIds: ['zephyr'] }],
  ['the competitor', { brandIds: ['rival'] }],
];

const CASES = Object.entries(PERIODS).flatMap(([name, [from, to]]) =>
  FILTERS.map(([filterName, filters]) => ({
    name: `${name}, ${filterName}`,
    from: Date.parse(from),
    to: Date.parse(to),
    filters,
  })),
);

describe('computeReport agrees with the oracle on the generated quarter', () => {
  it.each(CASES)('$name', ({ from, to, filters }) => {
    const query: OracleQuery = { from, to, ...filters, now: NOW };
    const want = oracle(q.input, query);
    const got = computeReport(q.input, { from, to }, filters, SETTINGS, NOW);
    expect(want.mentions).toBeGreaterThan(0);
    expect(got.mentions).toBe(want.mentions);
    expect(got.byPlatform).toEqual(want.byPlatform);
    expect(got.byIntent).toEqual(want.byIntent);
    expect(got.byBrand).toEqual(want.byBrand);
    expect(got.byLang).toEqual(want.byLang);
    expect(got.sentiment.positive).toBe(want.sentiment.positive);
    expect(got.sentiment.negative).toBe(want.sentiment.negative);
    expect(got.sentiment.neutral).toBe(want.sentiment.neutral);
    expect(got.sentiment.net).toBeCloseTo(want.sentiment.net!, 12);
    expect(got.actionable).toBe(want.actionable);
    expect(got.answered).toBe(want.answered);
    expect(got.responseRate).toBeCloseTo(want.responseRate!, 12);
    expect(got.firstResponseMinutes.median).toBeCloseTo(want.firstResponseMinutes.median!, 9);
    expect(got.firstResponseMinutes.p90).toBeCloseTo(want.firstResponseMinutes.p90!, 9);
    expect(got.backlog).toBe(want.backlog);
    expect(got.authors.unique).toBe(want.uniqueAuthors);
    expect(got.authors.new).toBe(want.newAuthors);
    expect(got.firstResponseMinutes.withinTarget).toBeCloseTo(want.withinTarget!, 12);
    expect(got.slaMisses).toBe(want.slaMisses);
    const voice = Object.fromEntries(
      got.shareOfVoice.filter((v) => v.mentions > 0).map((v) => [v.brandId, v.mentions]),
    );
    expect(voice).toEqual(want.shareOfVoice);
  });

  it.each(CASES)('$name: incidents', ({ from, to, filters }) => {
    const want = oracle(q.input, { from, to, ...filters });
    const got = computeReport(q.input, { from, to }, filters, SETTINGS, NOW);
    expect(got.incidents.length).toBe(want.incidents);
    for (const [i, inc] of want.incidentList.entries()) {
      const g = got.incidents[i]!;
      expect({ id: g.id, mentions: g.mentions, durationMinutes: g.durationMinutes }).toEqual({
        id: inc.id,
        mentions: inc.mentions,
        durationMinutes: inc.durationMinutes,
      });
      if (inc.responseRate === null) expect(g.responseRate).toBeNull();
      else expect(g.responseRate).toBeCloseTo(inc.responseRate, 12);
    }
  });

  // Moderation actions count by when they were taken: a flag on Monday about a comment posted on
  // Sunday belongs to Monday's week (the oracle keeps items the filters keep, whenever posted).
  it.each(CASES)('$name: moderation', ({ from, to, filters }) => {
    const want = oracle(q.input, { from, to, ...filters });
    const got = computeReport(q.input, { from, to }, filters, SETTINGS, NOW);
    expect(got.moderation).toEqual(want.moderation);
  });
});

// From the database to the figures: the generated rows stored as the background stores them (a review
// is 'confirmed' | 'dismissed' in trolls/repo.ts), read by the report repo, computed by the core.
describe('stored rows, read by the report repo, give the oracle figures', () => {
  let db: TactDB | undefined;
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });

  it('the quarter: reviews confirmed and dismissed are counted', async () => {
    db = new TactDB(`report-oracle-core-${Math.random()}`);
    const rows = quarterRows(q);
    await db.open();
    await db.items.bulkPut(rows.items);
    await db.events.bulkAdd(rows.events);
    await db.brands.bulkPut(rows.brands);
    await db.incidents.bulkPut(rows.incidents);
    const [from, to] = PERIODS['quarter Q3 2026'].map((s) => Date.parse(s)) as [number, number];
    const want = oracle(q.input, { from, to }).moderation;
    expect(want.confirmed).toBeGreaterThan(0);
    expect(want.dismissed).toBeGreaterThan(0);
    const got = computeReport(await loadReportInput(db), { from, to }, {}, SETTINGS, NOW).moderation;
    expect(got).toEqual(want);
  });
});
