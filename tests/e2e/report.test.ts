// The report page in the built extension (Chromium): a few mentions stored in its IndexedDB give KPI
// tiles and a chart table equal to the core's figures on the same rows; the CM's reading is saved by
// the real background and comes back after a reload; turning the weekly reminder on in the settings
// sets the background's alarm. (The generated quarter is tests/e2e/report-quarter.test.ts.)
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import type { StoredItem } from '../../utils/db/schema';
import { computeReport } from '../../utils/reports/core/report';
import { periodFor } from '../../utils/reports/core/period';
import { DEFAULT_SETTINGS } from '../../utils/settings/core/schema';
import { toReportItem } from '../../utils/reports/repo';
import type { QuarterRows } from '../support/report-quarter-rows';
import { seedReportRows } from '../support/report-seed';
import { V8_BRAND } from '../support/stored-brand';

const HOUR = 3_600_000;
const NOW = Date.now();
const SETTINGS = { ...DEFAULT_SETTINGS, reports: { ...DEFAULT_SETTINGS.reports, timezone: 'UTC' } };
const INTENTS = ['question', 'complaint', 'urgent', 'praise', 'question', 'other', 'purchase_intent'];
const PLATFORMS = ['x', 'reddit', 'facebook', 'linkedin'] as const;

function item(n: number): StoredItem {
  const at = NOW - (n + 2) * HOUR;
  const platform = PLATFORMS[n % 4]!;
  const replied = n % 3 === 0 ? at + (n + 1) * 10 * 60_000 : null;
  return {
    platform,
    platformId: `r${n}`,
    authorKey: '',
    kind: 'comment',
    author: { name: `Person ${n % 5}`, handle: `@p${n % 5}`, url: '' },
    text: `Acme report e2e mention ${n}`,
    truncated: false,
    time: new Date(at).toISOString(),
    permalink: '',
    parentId: null,
    rootText: '',
    key: `${platform}:r${n}`,
    firstSeenAt: at,
    lastSeenAt: at,
    brandIds: ['acme-e2e'],
    status: replied ? 'replied' : 'new',
    attention: replied ? 0 : 1,
    intent: INTENTS[n % INTENTS.length]!,
    sentiment: [0.6, -0.5, 0, -0.3, 0.3][n % 5]!,
    priority: 50,
    repliedAt: replied,
    postedAt: at,
    ours: 0,
    answeredAt: null,
    answeredBy: null,
    lang: n % 2 ? 'fr' : 'en',
    reactions: null,
  };
}

const ITEMS = Array.from({ length: 18 }, (_, n) => item(n));
const ROWS: QuarterRows = {
  brands: [
    {
      id: 'acme-e2e',
      name: 'Acme E2E',
      aliases: [],
      handles: [],
      hashtags: [],
      products: [],
      misspellings: [],
      exclude: [],
      query: '',
      languages: ['fr', 'en'],
      ownAccounts: [],
      competitor: false,
      ...V8_BRAND,
      createdAt: 0,
      updatedAt: 0,
    },
  ],
  items: ITEMS,
  replies: [],
  events: [],
  verdicts: [],
  incidents: [],
  settings: [{ key: 'settings', value: SETTINGS }],
};

describe('the report page in Chromium', () => {
  let context: BrowserContext;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await context.route(/^https?:/, (r) => r.abort());
    for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();
    await seedReportRows(context, extensionId, ROWS);
    page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/report.html?template=monthly&period=rolling7`);
    await page.locator('[data-kpi="mentions"] .kpi-value').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the figures the core computes on the same rows', async () => {
    const input = {
      items: ITEMS.map((i) => toReportItem(i)!),
      replies: [],
      events: [],
      incidents: [],
      brands: [
        {
          id: 'acme-e2e',
          name: 'Acme E2E',
          competitor: false,
          ...V8_BRAND,
        },
      ],
    };
    const want = computeReport(input, periodFor('rolling7', NOW, 'UTC'), {}, SETTINGS.reports, NOW);
    expect(want.mentions).toBe(18);
    const tile = (id: string) => page.locator(`[data-kpi="${id}"] .kpi-value`).textContent();
    await expect.poll(() => tile('mentions')).toBe('18');
    expect(await tile('uniqueAuthors')).toBe(String(want.authors.unique));
    expect(await tile('responseRate')).toBe(`${Math.round(want.responseRate! * 1000) / 10}%`);
    const table = await page.evaluate(() =>
      [...document.querySelectorAll('figure[data-chart="by-platform"] tbody tr')].map((tr) => [
        tr.querySelector('th')!.textContent,
        Number(tr.querySelector('td')!.textContent),
      ]),
    );
    expect(Object.fromEntries(table)).toEqual({ X: 5, Reddit: 5, Facebook: 4, LinkedIn: 4 });
    expect(want.byPlatform).toEqual({ x: 5, reddit: 5, facebook: 4, linkedin: 4 });
  });

  it('draws each chart on its canvas and saves it as a PNG', async () => {
    const figure = page.locator('figure[data-chart="by-platform"]');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      figure.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tact-by-platform.png');
  });

  it('drills down from the chart itself: a click on a bar, and arrows then Enter on the focused chart', async () => {
    const canvas = page.locator('figure[data-chart="by-platform"] canvas');
    const box = (await canvas.boundingBox())!;
    // Bars by count, then id (Reddit and X 5, then Facebook and LinkedIn 4): the first bar is Reddit's.
    await canvas.click({ position: { x: box.width / 8 + 20, y: box.height - 30 } });
    const keys = () =>
      page
        .getByTestId('drill')
        .locator('li[data-item-key]')
        .evaluateAll((l) => l.map((e) => e.getAttribute('data-item-key')));
    await expect.poll(keys, { timeout: 10_000 }).toHaveLength(5);
    expect((await keys()).every((k) => k!.startsWith('reddit:'))).toBe(true);
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(keys, { timeout: 10_000 }).toHaveLength(5);
    expect((await keys()).every((k) => k!.startsWith('x:'))).toBe(true);
  });

  it('keeps the CM’s reading, saved by the background, across a reload', async () => {
    const text = 'Calm week. The urgent ones were handled within the hour.';
    await page.getByLabel('Your reading of this report').fill(text);
    await page.getByRole('button', { name: 'Save the reading' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Reading saved.');
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Your reading of this report').inputValue(), { timeout: 10_000 })
      .toBe(text);
  });

  it('turning the weekly reminder on sets the background’s alarm', async () => {
    await page.locator('summary', { hasText: 'Report settings' }).click();
    await page.getByRole('checkbox', { name: 'Remind me weekly that the weekly report is ready' }).check();
    await page.getByRole('button', { name: 'Save report settings' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toBe('Report settings saved.');
    const [worker] = context.serviceWorkers();
    const alarm = async () =>
      worker!.evaluate(async () => {
        const a = await chrome.alarms.get('tact-report-reminder');
        return a ? a.scheduledTime : null;
      });
    await expect.poll(alarm, { timeout: 10_000 }).not.toBeNull();
    const when = new Date((await alarm())!);
    expect([when.getUTCDay(), when.getUTCHours(), when.getUTCMinutes()]).toEqual([1, 9, 0]);
    expect(when.getTime()).toBeGreaterThan(Date.now());
  });
});
