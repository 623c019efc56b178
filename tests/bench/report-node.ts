// Node timing of the report core on the bench's 100,000-mention quarter (no browser, no build):
// `npx tsx tests/bench/report-node.ts` prints the median of 5 runs of what the page computes on a
// period change (the period and the one before) and of the CSV export (rows + text, and mentionsCsv,
// what the page writes).
import os from 'node:os';
import { mentionRows, mentionsCsv, toCsv } from '../../utils/reports/core/csv';
import { periodFor, previousPeriod } from '../../utils/reports/core/period';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import { bigQuarter } from './report.bench';

function median(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return Math.round(samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

const q = bigQuarter();
const settings = { ...DEFAULT_REPORT_SETTINGS, timezone: 'Europe/Paris' };
const period = { from: q.from, to: q.to };
const before = previousPeriod('rolling90', period, 'Europe/Paris');
const now = Date.now();
const load = () => os.loadavg()[0]!.toFixed(1);
console.log(`items ${q.input.items.length}, load ${load()}`);
console.log(
  'computeReport, ms',
  median(() => computeReport(q.input, period, {}, settings, now)),
);
console.log(
  'current + previous, ms',
  median(() => [computeReport(q.input, period, {}, settings, now), computeReport(q.input, before, {}, settings, now)]),
);
// The page's period change to the last 30 days: that period and the 30 days before, both full.
const month = periodFor('rolling30', q.to - 1, 'Europe/Paris');
const monthBefore = previousPeriod('rolling30', month, 'Europe/Paris');
console.log(
  '30 days + 30 before, ms',
  median(() => [
    computeReport(q.input, month, {}, settings, now),
    computeReport(q.input, monthBefore, {}, settings, now),
  ]),
);
console.log(
  'mentionRows + toCsv, ms',
  median(() => toCsv(mentionRows(q.input, period, {}), ',')),
);
console.log(
  'mentionsCsv, ms',
  median(() => mentionsCsv(q.input, period, {}, ',')),
);
console.log(`load after ${load()}`);
