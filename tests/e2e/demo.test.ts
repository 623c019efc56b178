// The demo that `npm start` shows: each offline page of the four sites, with the sample brand
// Acme set up, gets badges on the items that name Acme and on no other.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { exposeClosedRoots } from '../support/closed-roots';

describe('the demo pages', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    let extensionId: string;
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(DEMO_PAGES.map((p) => [p.name, p]))('%s: badges the items that mention Acme', async (_name, demo) => {
    const page = await context.newPage();
    await page.goto(demo.url);
    const count = await waitForBadges(page, 1, 15_000);
    expect(count).toBeGreaterThan(0);
    // Every badge names Acme (inside its closed root: the host does not say), and nothing on the host
    // does. Looked at again until it holds: a badge drawn after a look has no root handed over yet.
    const allAcme = async () => {
      await exposeClosedRoots(page);
      return page.evaluate(() =>
        Array.from(document.querySelectorAll('tact-badge')).every(
          (b) =>
            window.__tactRoots?.get(b)?.querySelector('button')?.getAttribute('data-label') === 'Acme' &&
            !b.hasAttribute('data-label'),
        ),
      );
    };
    await expect.poll(allAcme, { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
