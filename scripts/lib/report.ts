// Printing a result table and saving it as JSON next to the previous run, for bench and eval.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Row = Record<string, string | number>;

export function printTable(rows: Row[]): void {
  if (rows.length === 0) return;
  // union of the keys, in order of appearance: evaluations do not all report the same metrics
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined) => (typeof v === 'number' ? formatNumber(v) : (v ?? ''));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(cell(r[c])).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(cols));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => String(cell(r[c])))));
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3);
}

/** Writes `<dir>/latest.json` (and a dated copy); returns the previous latest, if any. */
export function saveResults(dir: string, data: unknown): { file: string; previous: unknown } {
  mkdirSync(dir, { recursive: true });
  const latest = path.join(dir, 'latest.json');
  const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, 'utf8')) : null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify({ at: new Date().toISOString(), results: data }, null, 2);
  writeFileSync(path.join(dir, `${stamp}.json`), json);
  writeFileSync(latest, json);
  return { file: latest, previous };
}
