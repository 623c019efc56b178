// The report page at scale, in real Chromium with the built extension (used by report.bench.ts): the
// rows of a generated quarter seeded into its IndexedDB, then four timings, each on its own (see
// report.bench.ts for what each one covers).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT } from '../../scripts/lib/browser';
import type { Quarter } from '../support/report-quarter';
import { quarterRows } from '../support/report-quarter-rows';
import { seedReportRows } from '../support/report-seed';

export interface PageTimings {
  storedItems: number;
  seedMs: number;
  loadMs: number;
  openMs: number;
  /** Slowest of the period changes timed (to the 90 days holding every mention, and away from it). */
  renderMs: number;
  csvMs: number;
  csvFile: string;
}

/** Reads the tables the report's repo reads, in one read-only transaction: the load from IndexedDB. */
const READ_TABLES = () =>
  new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    const open = indexedDB.open('tact');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['brands', 'items', 'replies', 'events', 'incidents'];
      const tx = db.transaction(names, 'readonly');
      let left = names.length;
      for (const n of names) {
        const req = tx.objectStore(n).getAll();
        req.onsuccess = () => {
          if (--left === 0) {
            db.close();
            resolve(performance.now() - t0);
          }
        };
      }
      tx.onerror = () => reject(tx.error);
    };
  });

/**
 * Changes the period kind and waits until the new figures are painted (two frames after the tile
 * changes). A string, run as it is: the bundler would wrap its inner functions in a helper the page lacks.
 */
const CHANGE_PERIOD = `(kind) => new Promise((resolve) => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Period');
  const select = document.getElementById(label.htmlFor);
  const tile = () => document.querySelector('[data-kpi="mentions"] .kpi-value')?.textContent ?? '';
  const before = tile();
  const t0 = performance.now();
  select.value = kind;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const check = () => {
    if (tile() === before) return requestAnimationFrame(check);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
  };
  requestAnimationFrame(check);
})`;

const changePeriod = (page: Page, kind: string) =>
  page.evaluate(`(${CHANGE_PERIOD})(${JSON.stringify(kind)})`) as Promise<number>;

function buildExtension(): void {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
}

async function median(fn: () => Promise<number>, runs = 3): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function csvExport(page: Page, dir: string): Promise<{ ms: number; file: string }> {
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const file = path.join(dir, 'report.csv');
  await download.saveAs(file);
  return { ms: Date.now() - t0, file };
}

/** `q` must end today (its 90 days are the page's "last 90 days"); `mentions`: what its tile must show. */
export async function measureReportPage(q: Quarter, mentions: number, dir: string): Promise<PageTimings> {
  buildExtension(); // measure the code as it is now
  const { context, extensionId } = await launchWithExtension({
    headless: true,
    userDataDir: path.join(dir, 'profile'),
  });
  try {
    for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();
    const rows = quarterRows(q);
    const t0 = Date.now();
    await seedReportRows(context, extensionId, rows);
    const seedMs = Date.now() - t0;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const loadMs = await median(() => page.evaluate(READ_TABLES));

    const shown = new Intl.NumberFormat('en').format(mentions);
    const t1 = Date.now();
    await page.goto(`chrome-extension://${extensionId}/report.html?template=monthly&period=rolling90`);
    await page
      .waitForFunction(
        (want) => document.querySelector('[data-kpi="mentions"] .kpi-value')?.textContent?.trim() === want,
        shown,
        { timeout: 120_000, polling: 20 },
      )
      .catch(async (e: Error) => {
        const seen = await page
          .locator('main')
          .first()
          .innerText()
          .catch(() => '');
        throw new Error(`${e.message}\nwanted ${shown} mentions; the page shows:\n${seen.slice(0, 600)}`);
      });
    const openMs = Date.now() - t1;
    const away = await changePeriod(page, 'rolling30');
    const back = await changePeriod(page, 'rolling90');
    const csv = await csvExport(page, dir);
    const renderMs = Math.max(away, back);
    return { storedItems: rows.items.length, seedMs, loadMs, openMs, renderMs, csvMs: csv.ms, csvFile: csv.file };
  } finally {
    await context.close();
  }
}
