// `npm run bench`: runs every benchmark in tests/bench/*.bench.ts, prints a table, saves JSON in
// .bench/ and compares with the previous run. Budgets are checked here, never in unit tests.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/browser';
import { printTable, saveResults, type Row } from './lib/report';

export interface Benchmark {
  kind?: 'micro';
  name: string;
  /** One unit of work (e.g. analysing one comment). */
  run(i: number): unknown;
  /** The budget for one run, in microseconds. */
  budgetMicros: number;
}

/** One figure of an async benchmark (e.g. one run in a real browser); `ok: false` fails the bench. */
export interface Metric {
  name: string;
  value: number | string;
  budget?: number;
  ok?: boolean;
}

/** A benchmark that measures itself once (a browser session) and reports several figures. */
export interface AsyncBenchmark {
  kind: 'async';
  name: string;
  measure(): Promise<Metric[]>;
}

export type AnyBenchmark = Benchmark | AsyncBenchmark;

function measure(b: Benchmark, minMs = 300): { mean: number; p95: number; runs: number } {
  for (let i = 0; i < 200; i++) b.run(i); // warm up the JIT
  const samples: number[] = [];
  const start = performance.now();
  let i = 0;
  while (performance.now() - start < minMs || samples.length < 100) {
    const t = performance.now();
    b.run(i++);
    samples.push((performance.now() - t) * 1000);
  }
  samples.sort((a, z) => a - z);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return { mean, p95: samples[Math.floor(samples.length * 0.95)]!, runs: samples.length };
}

async function main() {
  const dir = path.join(ROOT, 'tests/bench');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: Row[] = [];
  const figures: Row[] = [];
  let over = 0;
  const only = process.argv[2]; // `npm run bench -- overlay` runs the files whose name contains it
  for (const f of files.filter((name) => !only || name.includes(only))) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { benchmarks: AnyBenchmark[] };
    for (const b of mod.benchmarks) {
      if (b.kind === 'async') {
        console.error(`running ${b.name}…`);
        for (const m of await b.measure()) {
          if (m.ok === false) over++;
          figures.push({
            benchmark: b.name,
            figure: m.name,
            value: m.value,
            budget: m.budget ?? '',
            ok: m.ok === undefined ? '' : m.ok ? 'yes' : 'OVER',
          });
        }
        continue;
      }
      const m = measure(b);
      const ok = m.mean <= b.budgetMicros;
      if (!ok) over++;
      rows.push({
        benchmark: b.name,
        'mean µs': m.mean,
        'p95 µs': m.p95,
        runs: m.runs,
        'budget µs': b.budgetMicros,
        ok: ok ? 'yes' : 'OVER',
      });
    }
  }
  printTable(rows);
  if (figures.length > 0) {
    console.log('');
    printTable(figures);
  }
  const { file, previous } = saveResults(path.join(ROOT, '.bench'), [...rows, ...figures]);
  if (previous) {
    const prev = new Map(((previous as { results: Row[] }).results ?? []).map((r) => [r.benchmark, r['mean µs']]));
    for (const r of rows) {
      const p = prev.get(r.benchmark);
      if (typeof p === 'number')
        console.log(`${r.benchmark}: ${((Number(r['mean µs']) / p - 1) * 100).toFixed(1)}% vs previous run`);
    }
  }
  console.log(`Saved ${file}`);
  if (over > 0) {
    console.error(`${over} benchmark(s) over budget.`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
