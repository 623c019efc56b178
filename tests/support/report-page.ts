// Driving the report page (entrypoints/report, utils/reports/ui) from Playwright: open a template on a
// period, read its KPI tiles and chart tables, drill down, and read what the page shows as numbers.
// Values are parsed from the English page and compared within the rounding the page applies.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A date as the English page writes a period's first day ("Aug 17, 2026"). */
export function dateLabel(ms: number, tz: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: tz, dateStyle: 'medium' }).format(ms);
}

const periodText = (page: Page) => page.getByTestId('period').textContent({ timeout: 20_000 });

/** Opens `template` on the period of `kind` that starts at `from`, stepping back from today's. */
export async function openReport(
  page: Page,
  extensionId: string,
  template: string,
  kind: string,
  from: number,
  tz: string,
) {
  await page.goto(`chrome-extension://${extensionId}/report.html?template=${template}&period=${kind}`);
  const want = dateLabel(from, tz);
  for (let step = 0; step < 60; step++) {
    const shown = (await periodText(page)) ?? '';
    if (shown.startsWith(`${want} to`)) return;
    await page.getByRole('button', { name: 'Previous period' }).click();
    await expect.poll(() => periodText(page), { timeout: 10_000 }).not.toBe(shown);
  }
  throw new Error(`the report never showed a period starting ${want}`);
}

/** The KPI tiles' values as shown, by KPI id. */
export async function kpiTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const tile of document.querySelectorAll('[data-kpi]')) {
      out[tile.getAttribute('data-kpi')!] = tile.querySelector('.kpi-value')?.textContent?.trim() ?? '';
    }
    return out;
  });
}

/** A chart's data table (hidden or not) as label → count. */
export async function chartTable(page: Page, chart: string): Promise<Record<string, number>> {
  return page.evaluate((id) => {
    const out: Record<string, number> = {};
    for (const row of document.querySelectorAll(`figure[data-chart="${id}"] table tbody tr`)) {
      const label = row.querySelector('th')?.textContent?.trim() ?? '';
      out[label] = Number((row.querySelector('td')?.textContent ?? '').replace(/[^\d]/g, ''));
    }
    return out;
  }, chart);
}

/** Lists the items behind one row of a chart's table, through its "List" button; returns the keys shown. */
export async function drillChartRow(
  page: Page,
  chart: string,
  label: string,
): Promise<{ keys: string[]; more: string }> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.getByRole('button', { name: 'Show the data table' }).click();
  await figure
    .getByRole('row', { name: new RegExp(`^${label}\\b`) })
    .getByRole('button', { name: /^List/ })
    .click();
  return drillKeys(page);
}

export async function drillKeys(page: Page): Promise<{ keys: string[]; more: string }> {
  const drill = page.getByTestId('drill');
  await drill.waitFor({ timeout: 10_000 });
  const keys = await drill
    .locator('li[data-item-key]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item-key')!));
  const more = (await drill.locator('p.note').allTextContents()).join(' ');
  return { keys, more };
}

export function countOf(text: string): number | null {
  if (text === '—') return null;
  return Number(text.replace(/[^\d]/g, ''));
}

/** "61.3%" → 0.613, "-4.2%" → -0.042, "—" → null. */
export function shareOf(text: string): number | null {
  if (text === '—') return null;
  return Number(text.replace(/[−–]/g, '-').replace(/[^\d.-]/g, '')) / 100;
}

/** "45 min" → 45, "3.5 h" → 210, "2.1 d" → 3024, "—" → null. */
export function minutesOf(text: string): number | null {
  if (text === '—') return null;
  const n = Number(text.replace(/[^\d.]/g, ''));
  if (/\bd\b|day/.test(text)) return n * 1440;
  if (/\bh\b/.test(text)) return n * 60;
  return n;
}

/** A share shown to 0.1 %: within 0.05 percentage point of the expected one. */
export function expectShare(text: string, want: number | null) {
  if (want === null) return expect(text).toBe('—');
  expect(Math.abs(shareOf(text)! - want)).toBeLessThanOrEqual(0.0005 + 1e-9);
}

/** Minutes shown rounded (under 90), else hours or days to 0.1. */
export function expectMinutes(text: string, want: number | null) {
  if (want === null) return expect(text).toBe('—');
  const got = minutesOf(text)!;
  if (want < 89.5) return expect(got).toBe(Math.round(want));
  const unit = want < 48 * 60 ? 60 : 1440;
  expect(Math.abs(got / unit - want / unit)).toBeLessThanOrEqual(0.05 + 1e-9);
}
