// Reports at scale (issue #15): 100,000 mentions of the own brands over the last 90 days (the
// generated quarter of tests/support/report-quarter.ts, about 1,400 mentions a day of which a sixth
// name only the competitor, with their replies, events and our accounts' answers stored as items).
// What is timed, each on its own:
// 1. Node, the pure core: computeReport for the 90 days (every figure of one report), and the CSV
//    text of their 100,000 mentions (mentionsCsv) — median of 5 runs;
// 2. real Chromium, the built extension's report page (rows seeded into its IndexedDB):
//    - load: reading the report's tables from IndexedDB in the page (getAll of items, replies, events,
//      incidents, brands: what the page's repo reads), median of 3;
//    - open → figures: navigation to the report page until its KPI tiles show the quarter's figures
//      (load + compute + render, everything the CM waits for);
//    - compute + render: the input already in memory, switching the period (last 90 days → last 30
//      days, and back) until the new figures are painted (two frames after the mentions tile changes):
//      the page computes the report of the period and of the one before, and renders the monthly
//      template with its charts; the slower of the two switches; budget 500 ms;
//    - CSV export: from the click on the CSV button to the file written by Chromium; budget 1 s.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AsyncBenchmark, Metric } from '../../scripts/bench';
import { computeReport } from '../../utils/reports/core/report';
import { mentionsCsv } from '../../utils/reports/core/csv';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import { parseCsv } from '../support/report-csv';
import { oracle } from '../support/report-oracle';
import { localMidnight } from '../support/report-time';
import { generateQuarter, type Quarter } from '../support/report-quarter';
import { measureReportPage } from './report-page';

export const PAGE_BUDGET_MS = 500;
export const CSV_BUDGET_MS = 1000;
const TZ = 'Europe/Paris';

let cached: Quarter | null = null;

/** The mentions the page's "last 90 days" counts, by the test oracle: [89 days ago, tomorrow) local. */
export function reportMentions(q: Quarter): number {
  const [y, m, d] = q.opts.start.split('-').map(Number) as [number, number, number];
  return oracle(q.input, { from: q.from, to: localMidnight(y, m, d + 90, q.opts.tz) }).mentions;
}

/**
 * 100,000 mentions or a few more, on the 89 local days before today (Europe/Paris): the report page's
 * "last 90 days" then holds every one of them.
 */
export function bigQuarter(): Quarter {
  if (!cached) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(Date.now()); // YYYY-MM-DD
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const start = new Date(Date.UTC(y, m - 1, d - 89)).toISOString().slice(0, 10);
    // REPORT_BENCH_PER_DAY: a smaller run to try the bench out (its budgets then mean nothing).
    const perDay = Number(process.env.REPORT_BENCH_PER_DAY) || 1_580;
    cached = generateQuarter({ seed: 100_000, start, days: 89, perDay, tz: TZ, incidentDay: 60 });
  }
  const n = reportMentions(cached);
  if (n < 100_000 && !process.env.REPORT_BENCH_PER_DAY) throw new Error(`only ${n} mentions in the report`);
  return cached;
}

function median(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function measureCore(): Promise<Metric[]> {
  const q = bigQuarter();
  const settings = { ...DEFAULT_REPORT_SETTINGS, timezone: TZ };
  const period = { from: q.from, to: q.to };
  const now = Date.now();
  const report = computeReport(q.input, period, {}, settings, now);
  const csv = mentionsCsv(q.input, period, {}, ',');
  const compute = median(() => computeReport(q.input, period, {}, settings, now));
  const csvMs = median(() => mentionsCsv(q.input, period, {}, ','));
  return [
    { name: 'mentions in the report', value: report.mentions },
    {
      name: 'computeReport, ms (Node)',
      value: Math.round(compute),
      budget: PAGE_BUDGET_MS,
      ok: compute <= PAGE_BUDGET_MS,
    },
    { name: 'CSV text, ms (Node)', value: Math.round(csvMs), budget: CSV_BUDGET_MS, ok: csvMs <= CSV_BUDGET_MS },
    { name: 'CSV size, MB', value: Number((csv.length / 1e6).toFixed(1)) },
  ];
}

async function measurePage(): Promise<Metric[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-report-bench-'));
  try {
    const m = await measureReportPage(bigQuarter(), reportMentions(bigQuarter()), dir);
    // Records, not lines: a text may hold a line break inside its quotes.
    const csvRows = parseCsv(readFileSync(m.csvFile, 'utf8').slice(1), ',').length - 1;
    return [
      { name: 'stored items (mentions, competitor ones included, + our replies)', value: m.storedItems },
      { name: 'mentions in the report', value: reportMentions(bigQuarter()) },
      { name: 'seeding the rows (not a product figure), s', value: Math.round(m.seedMs / 1000) },
      { name: 'load from IndexedDB, ms', value: Math.round(m.loadMs) },
      { name: 'open → figures shown, ms', value: Math.round(m.openMs) },
      {
        name: 'compute + render (period change), ms',
        value: Math.round(m.renderMs),
        budget: PAGE_BUDGET_MS,
        ok: m.renderMs <= PAGE_BUDGET_MS,
      },
      { name: 'CSV export, ms', value: Math.round(m.csvMs), budget: CSV_BUDGET_MS, ok: m.csvMs <= CSV_BUDGET_MS },
      { name: 'CSV rows', value: csvRows },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks: AsyncBenchmark[] = [
  { kind: 'async', name: 'report core, 100,000 mentions', measure: measureCore },
  { kind: 'async', name: 'report page, 100,000 mentions (Chromium)', measure: measurePage },
];
