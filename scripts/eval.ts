// `npm run eval`: runs every evaluation in tests/eval/*.eval.ts on held-out labelled data, prints
// a table of metrics, and saves JSON in .eval/ to compare with the previous run.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/browser';
import { printTable, saveResults, type Row } from './lib/report';

export interface Evaluation {
  name: string;
  /** Returns one or more rows of metrics; `skipped` explains a missing dataset. */
  run(): Promise<Row[]> | Row[];
}

async function main() {
  const dir = path.join(ROOT, 'tests/eval');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.eval.ts'))
    .sort();
  const rows: Row[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { evaluations: Evaluation[] };
    for (const e of mod.evaluations) rows.push(...(await e.run()).map((r) => ({ evaluation: e.name, ...r })));
  }
  printTable(rows);
  console.log(`Saved ${saveResults(path.join(ROOT, '.eval'), rows).file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
