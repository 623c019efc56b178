// Talking to the loaded extension from Playwright: through its own pages, as a user's actions do.
import type { BrowserContext, Page } from 'playwright-core';

/** Saves a brand through the background, from an extension page (the page-only message path). */
export async function seedBrand(context: BrowserContext, extensionId: string, brand: unknown): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(
    (b) => chrome.runtime.sendMessage({ type: 'brands.save', payload: { brand: b } }),
    brand,
  );
  await page.close();
  if (!reply?.ok) throw new Error(`Could not save the brand: ${JSON.stringify(reply)}`);
}

/** Waits until at least `min` Tact badges are on the page; returns how many there are. */
export async function waitForBadges(page: Page, min: number, timeout = 10_000): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('tact-badge').length >= n, min, { timeout });
  return page.evaluate(() => document.querySelectorAll('tact-badge').length);
}
