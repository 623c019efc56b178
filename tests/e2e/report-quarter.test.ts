// Issue #15, "Done when", in real Chromium: a generated, realistic quarter of activity (4 platforms,
// 2 own brands and a competitor, FR+EN, replies by two CMs with Tact and on the page, one incident,
// troll reviews; tests/support/report-quarter.ts) is loaded into the extension's IndexedDB; the
// weekly, monthly and strategic reports show the figures the test oracle computes from the issue's
// definitions (tests/support/report-oracle.ts); drill-downs list the right items; the CSV parses back
// to the same rows; the print page renders (Chromium writes a PDF).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { platformName } from '../../utils/platforms/descriptor-data';
import { expectedRecord, parseCsv, records } from '../support/report-csv';
import { oracle, type OracleFigures } from '../support/report-oracle';
import {
  chartTable,
  countOf,
  drillChartRow,
  drillKeys,
  expectMinutes,
  expectShare,
  kpiTexts,
  openReport,
} from '../support/report-page';
import { generateQuarter } from '../support/report-quarter';
import { quarterRows } from '../support/report-quarter-rows';
import { seedReportRows } from '../support/report-seed';

const q = generateQuarter();
const TZ = q.opts.tz;
const byKey = new Map(q.input.items.map((i) => [i.key, i]));
// Local dates written by hand with their offset (Europe/Paris, summer time).
const WEEK = { from: Date.parse('2026-08-17T00:00:00+02:00'), to: Date.parse('2026-08-24T00:00:00+02:00') };
const MONTH = { from: Date.parse('2026-08-01T00:00:00+02:00'), to: Date.parse('2026-09-01T00:00:00+02:00') };
const QUARTER = { from: Date.parse('2026-07-01T00:00:00+02:00'), to: Date.parse('2026-10-01T00:00:00+02:00') };

const figures = (p: { from: number; to: number }): OracleFigures => oracle(q.input, { ...p, now: Date.now() });

function expectCommon(kpi: Record<string, string>, want: OracleFigures) {
  expect(countOf(kpi.mentions!)).toBe(want.mentions);
  if (kpi.responseRate !== undefined) expectShare(kpi.responseRate, want.responseRate);
  if (kpi.net !== undefined) expectShare(kpi.net, want.sentiment.net);
  if (kpi.medianMinutes !== undefined) expectMinutes(kpi.medianMinutes, want.firstResponseMinutes.median);
  if (kpi.p90Minutes !== undefined) expectMinutes(kpi.p90Minutes, want.firstResponseMinutes.p90);
  if (kpi.withinTarget !== undefined) expectShare(kpi.withinTarget, want.withinTarget);
  if (kpi.newAuthors !== undefined) expect(countOf(kpi.newAuthors)).toBe(want.newAuthors);
  if (kpi.uniqueAuthors !== undefined) expect(countOf(kpi.uniqueAuthors)).toBe(want.uniqueAuthors);
  if (kpi.incidents !== undefined) expect(countOf(kpi.incidents)).toBe(want.incidents);
}

describe('reports of a generated quarter, in Chromium', () => {
  let context: BrowserContext;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await context.route(/^https?:/, (r) => r.abort());
    for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();
    await seedReportRows(context, extensionId, quarterRows(q));
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('weekly (the incident week): backlog, target misses, responsiveness, mentions, incidents', async () => {
    const want = figures(WEEK);
    expect(want.incidents).toBe(1);
    await openReport(page, extensionId, 'weekly', 'week', WEEK.from, TZ);
    const kpi = await kpiTexts(page);
    expect(Object.keys(kpi).sort()).toEqual(
      ['backlog', 'incidents', 'medianMinutes', 'mentions', 'responseRate', 'slaMisses'].sort(),
    );
    expectCommon(kpi, want);
    expect(countOf(kpi.backlog!)).toBe(want.backlog);
    expect(countOf(kpi.slaMisses!)).toBe(want.slaMisses);
    // The incident: how long it lasted, its mentions and the response rate during it.
    const [inc] = want.incidentList;
    const line = (await page.locator('[data-section="incidents"] li').first().textContent()) ?? '';
    const m = /: ([^,]+), ([\d,]+) mentions, response rate (.+)$/.exec(line.replace(/\s*\(.*\)$/, ''));
    expect(m, line).not.toBeNull();
    expectMinutes(m![1]!, inc!.durationMinutes);
    expect(countOf(m![2]!)).toBe(inc!.mentions);
    expectShare(m![3]!, inc!.responseRate);
  });

  it('weekly: the backlog drills down to exactly its items', async () => {
    const want = figures(WEEK);
    expect(want.backlogKeys.length).toBeGreaterThan(0);
    expect(want.backlogKeys.length).toBeLessThanOrEqual(100); // all listed at once
    await page.locator('[data-section="backlog"] button.drill-button').click();
    const { keys } = await drillKeys(page);
    expect([...keys].sort()).toEqual([...want.backlogKeys].sort());
  });

  it("weekly: the CSV export parses back to the week's mentions, value for value", async () => {
    const want = figures(WEEK);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const got = records(parseCsv(text.slice(1), ','));
    expect(got.map((r) => r.key).sort()).toEqual([...want.keys].sort());
    for (const r of got) expect(r).toEqual(expectedRecord(byKey.get(r.key!)!));
  });

  it('monthly (August): KPIs, volume by platform and intent, moderation', async () => {
    const want = figures(MONTH);
    await openReport(page, extensionId, 'monthly', 'month', MONTH.from, TZ);
    const kpi = await kpiTexts(page);
    expectCommon(kpi, want);
    expect(countOf(kpi.flags!)).toBe(want.moderation.flags);
    expect(kpi.afterHoursShare).toBe('—'); // no business hours set
    const platforms = Object.fromEntries(
      Object.entries(want.byPlatform).map(([p, n]) => [platformName(p as never), n]),
    );
    expect(await chartTable(page, 'by-platform')).toEqual(platforms);
    const intents = await chartTable(page, 'by-intent');
    expect(intents.Urgent).toBe(want.byIntent.urgent);
    expect(intents.Question).toBe(want.byIntent.question);
    const m = want.moderation;
    await expect
      .poll(() => page.locator('[data-section="moderation"]').textContent())
      .toContain(
        `${m.flags} flags: ${m.confirmed} confirmed, ${m.dismissed} dismissed; ${m.authorsLabelled} authors labelled.`,
      );
    expect(m.confirmed).toBeGreaterThan(0);
    expect(m.dismissed).toBeGreaterThan(0);
  });

  it('monthly: a bar of the intents chart drills down to its items', async () => {
    const want = figures(MONTH).keys.filter((k) => byKey.get(k)!.intent === 'urgent');
    expect(want.length).toBeGreaterThan(10);
    expect(want.length).toBeLessThanOrEqual(100);
    const { keys } = await drillChartRow(page, 'by-intent', 'Urgent');
    expect([...keys].sort()).toEqual([...want].sort());
  });

  it('strategic (Q3): KPIs and the share of voice against the competitor', async () => {
    const want = figures(QUARTER);
    await openReport(page, extensionId, 'strategic', 'quarter', QUARTER.from, TZ);
    const kpi = await kpiTexts(page);
    expectCommon(kpi, want);
    const names = new Map(q.brands.map((b) => [b.id, b.name]));
    const voice = Object.fromEntries(Object.entries(want.shareOfVoice).map(([id, n]) => [names.get(id)!, n]));
    expect(await chartTable(page, 'share-of-voice')).toEqual(voice);
  });

  it('strategic: the print page renders, and Chromium writes it as a PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    // More than one page: the whole report, not an empty shell.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
  });
});
