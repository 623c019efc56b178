// `npm start`: opens Chromium with the freshly built Tact on the offline demo pages, with the
// sample brand "Acme" set up. Without a display: `npm start -- --headless --screenshots <dir>`.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension, routeSites } from './lib/browser';
import { careShots, seedCareHistory, uiLang, withCare } from './lib/care-demo';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from './lib/demo';
import { seedBrand, waitForBadges } from './lib/extension';
import { generateQuarter } from '../tests/support/report-quarter';
import { quarterRows } from '../tests/support/report-quarter-rows';
import { seedReportRows } from '../tests/support/report-seed';

const USAGE = `Usage: npm start [-- --headless [--screenshots <dir>]]
  (no option)         open Chromium with Tact on the demo pages (needs a display)
  --headless          run without a window; implies --screenshots demo-screenshots
  --screenshots <dir> write a PNG of each demo page, the side panel, the popup, the options, community
                      care (care-*.png: a newcomer's welcome, an advocate and a detractor, a troll card
                      citing the charter, the side panel's incident, the options' Community section)
                      and the three report templates (weekly, monthly, strategic: a generated quarter
                      of activity ending today is added to the demo's data for them) into <dir>`;

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        headless: { type: 'boolean' },
        screenshots: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) return console.log(USAGE);
  let headless = Boolean(args.headless);
  let shots = args.screenshots;
  if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
    console.log('No display found: running headless and writing screenshots instead.');
    headless = true;
  }
  if (headless && !shots) shots = 'demo-screenshots';

  const profile = mkdtempSync(path.join(os.tmpdir(), 'tact-demo-'));
  const { context, extensionId } = await launchWithExtension({ headless, userDataDir: profile });
  await routeSites(context, demoRoutes());
  // Community care out of the box: the brand's community, charter and crisis kit, and some history
  // (an advocate and a detractor on the Reddit thread).
  const lang = await uiLang(context, extensionId);
  await seedBrand(context, extensionId, withCare(JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')), lang));
  await seedCareHistory(context, extensionId);
  for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();

  const tabs = [];
  for (const demo of DEMO_PAGES) {
    const tab = await context.newPage();
    await tab.goto(demo.url);
    tabs.push({ demo, tab });
  }
  if (!shots) {
    console.log(`Tact is running on ${DEMO_PAGES.length} demo pages. Close the browser window to stop.`);
    await new Promise((resolve) => context.on('close', resolve));
    return;
  }
  const dir = path.resolve(shots);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const { demo, tab } of tabs) {
    await tab.bringToFront();
    const badges = await waitForBadges(tab, 1, 10_000).catch(() => 0);
    const file = path.join(dir, `${demo.name}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    written.push(`${file} (${badges} badges)`);
  }
  const tabId = await tabIdOf(context, extensionId, DEMO_PAGES[0]!.url);
  for (const [name, page] of [
    ['sidepanel', `sidepanel.html?tabId=${tabId}`],
    ['popup', `popup.html?tabId=${tabId}`],
    ['options', 'options.html'],
  ]) {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: name === 'popup' ? 380 : 900, height: 900 });
    await tab.goto(`chrome-extension://${extensionId}/${page}`);
    await tab.waitForTimeout(800);
    const file = path.join(dir, `${name}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    written.push(file);
  }
  // Before the reports: their generated quarter changes the usual rate the demo's incident stands out from.
  const url = (name: string) => DEMO_PAGES.find((p) => p.name === name)!.url;
  written.push(
    ...(await careShots(context, extensionId, dir, { reddit: url('reddit'), oldReddit: url('old-reddit') }, lang)),
  );
  written.push(...(await reportShots(context, extensionId, dir)));
  await context.close();
  console.log(`Screenshots written to ${dir}:\n  ${written.join('\n  ')}`);
}

const REPORTS = [
  ['report-weekly', 'template=weekly&period=rolling7'],
  ['report-monthly', 'template=monthly&period=rolling30'],
  ['report-strategic', 'template=strategic&period=rolling90'],
] as const;

/** A demo quarter ending today (local midnight in the demo's zone), so each template has data to show. */
function demoQuarter() {
  const tz = 'Europe/Paris';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(Date.now()); // YYYY-MM-DD
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, d - 91)).toISOString().slice(0, 10);
  return generateQuarter({ seed: 15, start, days: 91, perDay: 30, tz, incidentDay: 84 });
}

/** Screenshots of the three report templates, from the demo's data plus a generated quarter. */
async function reportShots(context: BrowserContext, extensionId: string, dir: string): Promise<string[]> {
  await seedReportRows(context, extensionId, quarterRows(demoQuarter()));
  const written: string[] = [];
  for (const [name, query] of REPORTS) {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1200, height: 900 });
    await tab.goto(`chrome-extension://${extensionId}/report.html?${query}`);
    await tab.waitForSelector('[data-kpi]', { timeout: 20_000 }).catch(() => undefined);
    await tab.waitForTimeout(1000); // charts finish their first draw
    const file = path.join(dir, `${name}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    written.push(file);
    await tab.close();
  }
  return written;
}

async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const id = await page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
  await page.close();
  return id;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
