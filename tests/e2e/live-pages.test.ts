// Live pages in real Chromium: routed test pages whose OWN script appends, recycles and rewrites
// nodes (tests/fixtures/live, hand-built). Every item the page shows must carry exactly the badge
// its current text calls for (the page marks each item with data-expect), no more, no fewer.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites, type SiteRoute } from '../../scripts/lib/browser';
import { seedBrand } from '../../scripts/lib/extension';
import { exposeClosedRoots } from '../support/closed-roots';

const LIVE = path.resolve(import.meta.dirname, '../fixtures/live');
const ROUTES: SiteRoute[] = [
  { url: 'https://x.com/home*', file: path.join(LIVE, 'x-virtual.html'), keepScripts: true },
  { url: 'https://x.com/acme', file: path.join(LIVE, 'x-spa.html'), keepScripts: true },
  { url: 'https://www.reddit.com/r/acme/', file: path.join(LIVE, 'reddit-infinite.html'), keepScripts: true },
  { url: 'https://www.linkedin.com/feed/', file: path.join(LIVE, 'linkedin-see-more.html'), keepScripts: true },
  {
    url: 'https://www.facebook.com/acme/posts/pfbid0Late1',
    file: path.join(LIVE, 'facebook-late-comments.html'),
    keepScripts: true,
  },
];

interface Mismatch {
  item: string;
  expect: string;
  labels: string[];
}

/** Items whose badges differ from what their text calls for, and badges outside any item. */
function mismatches(): { bad: Mismatch[]; stray: number; items: number } {
  const items = Array.from(document.querySelectorAll('[data-expect]'));
  const bad: Mismatch[] = [];
  let owned = 0;
  for (const el of items) {
    const want = el.getAttribute('data-expect') ?? '';
    const labels = Array.from(el.querySelectorAll('tact-badge'))
      .filter((b) => b.parentElement?.closest('[data-expect]') === el)
      .map((b) => window.__tactRoots?.get(b)?.querySelector('button')?.getAttribute('data-label') ?? '');
    owned += labels.length;
    const ok = want === '' ? labels.length === 0 : labels.length === 1 && labels[0] === want;
    if (!ok)
      bad.push({ item: el.id || el.getAttribute('data-post') || el.outerHTML.slice(0, 80), expect: want, labels });
  }
  return { bad, stray: document.querySelectorAll('tact-badge').length - owned, items: items.length };
}

/** Waits until every item has exactly its expected badge; fails with the items that do not. */
async function expectBadgesSettled(page: Page, timeout = 5_000): Promise<number> {
  // The brands are inside the badges' closed roots: handed to the test's evaluation at each look.
  const look = async () => {
    await exposeClosedRoots(page);
    return (await page.evaluate(`(${mismatches.toString()})()`)) as ReturnType<typeof mismatches>;
  };
  const deadline = Date.now() + timeout;
  let state = await look();
  while ((state.bad.length > 0 || state.stray > 0) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    state = await look();
  }
  expect(state.bad, 'items whose badge does not match their current text').toEqual([]);
  expect(state.stray, 'badges outside any item').toBe(0);
  return state.items;
}

describe('live pages: the overlay follows pages that change under it', () => {
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, ROUTES);
    await seedBrand(context, extensionId, { name: 'Acme', aliases: ['ACME Corp'], handles: ['@acme'] });
    await seedBrand(context, extensionId, { name: 'Globex', handles: ['@globex'] });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('X virtualised timeline: recycled cells get the analysis of the post they now show', async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    expect(await expectBadgesSettled(page)).toBe(6);
    await page.evaluate(() => ((window as any).__feed.latencies.length = 0)); // only items shown by scrolling
    // Scroll one post at a time: every cell now shows another post (Acme → Globex → none → …),
    // with the elements kept and patched in place, then with the article's content rebuilt.
    for (const mode of ['patch', 'replace', 'patch'] as const) {
      for (let step = 0; step < 4; step++) {
        const before = await page.evaluate(() =>
          Array.from(document.querySelectorAll('article')).map((a) => a.getAttribute('data-post')),
        );
        await page.evaluate((m) => (window as any).__feed.scrollTo((window as any).__feed.start + 1, m), mode);
        const after = await page.evaluate(() =>
          Array.from(document.querySelectorAll('article')).map((a) => a.getAttribute('data-post')),
        );
        expect(after).not.toEqual(before);
        await expectBadgesSettled(page);
      }
    }
    // A fast fling: several re-fills before any answer can come back, then the final state must hold.
    await page.evaluate(() => {
      const f = (window as any).__feed;
      for (let k = 0; k < 5; k++) f.scrollTo(f.start + 3, k % 2 ? 'patch' : 'replace');
    });
    await expectBadgesSettled(page);
    // The same DOM nodes throughout: the pool was recycled, never grown.
    expect(await page.locator('[data-testid="cellInnerDiv"]').count()).toBe(6);
    // Latency from the DOM change to the badge, measured by the page itself (performance.now()
    // in its script, badge arrival through its own MutationObserver). The 100 ms budget is the
    // benchmark's job; here a generous bound catches a badge that only comes by accident.
    const { latencies, pending } = await page.evaluate(() => ({
      latencies: (window as any).__feed.latencies as number[],
      pending: (window as any).__feed.pending() as number,
    }));
    expect(latencies.length).toBeGreaterThan(5);
    expect(pending).toBe(0);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `x virtual timeline: ${latencies.length} new badges, latency p50 ` +
        `${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    await page.close();
  });

  it('Reddit infinite scroll: appended posts are badged once each', async () => {
    const page = await context.newPage();
    await page.goto('https://www.reddit.com/r/acme/');
    expect(await expectBadgesSettled(page)).toBe(10);
    for (let k = 0; k < 3; k++) {
      await page.evaluate(() => (window as any).__feed.loadMore(10));
      await page.mouse.wheel(0, 2000);
    }
    expect(await expectBadgesSettled(page)).toBe(40);
    expect(await page.locator('tact-badge').count()).toBe(14); // posts 0, 3, …, 39
    await page.close();
  });

  it.each([
    ['rendered at once', 0],
    ['rendered after the data loads', 400],
  ])('X SPA navigation (%s): the side panel starts afresh with the new page', async (_name, delayMs) => {
    const page = await context.newPage();
    await page.goto('https://x.com/acme');
    await expectBadgesSettled(page);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await panel.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://x.com/acme' }))[0]?.id ?? -1,
    );
    expect(tabId).toBeGreaterThan(0);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const keys = () =>
      panel.locator('[data-item-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-key')).sort());
    const expected = async () =>
      ((await page.evaluate(() => (window as any).__app.mentionIds())) as string[]).map((id) => `x:${id}`).sort();
    const onProfile = await expected();
    await expect.poll(keys, { timeout: 5_000 }).toEqual(onProfile);

    await page.evaluate((d) => (window as any).__app.navigate('/acme/status/1914000000000000009', d), delayMs);
    await page.waitForFunction(() => document.title === 'Post / X', undefined, { timeout: 5_000 });
    await expectBadgesSettled(page);
    const onStatus = await expected();
    expect(onStatus).not.toEqual(onProfile);
    await expect.poll(keys, { timeout: 5_000 }).toEqual(onStatus);
    // And it stays so: nothing from the previous page comes back late.
    await page.waitForTimeout(300);
    expect(await keys()).toEqual(onStatus);
    await panel.close();
    await page.close();
  });

  it('X SPA navigation to a view over the timeline: the items still shown are listed again', async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/acme');
    await expectBadgesSettled(page);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await panel.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://x.com/acme' }))[0]?.id ?? -1,
    );
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const keys = () =>
      panel.locator('[data-item-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-key')).sort());
    const onProfile = ((await page.evaluate(() => (window as any).__app.mentionIds())) as string[])
      .map((id) => `x:${id}`)
      .sort();
    await expect.poll(keys, { timeout: 5_000 }).toEqual(onProfile);
    await page.evaluate(() => (window as any).__app.openOver('/acme/photo/1'));
    // The new page starts empty (wxt:locationchange → page.start), then, once the engine's hold on
    // nodes carried over from the previous page is over, lists what is still shown.
    await expect.poll(keys, { timeout: 5_000, interval: 50 }).toEqual([]);
    await expect.poll(keys, { timeout: 5_000, interval: 100 }).toEqual(onProfile);
    await expectBadgesSettled(page);
    await panel.close();
    await page.close();
  });

  it('LinkedIn "see more": the expanded text is analysed again', async () => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    expect(await expectBadgesSettled(page)).toBe(3);
    await page.locator('[data-urn$="600101"] button.see-more').click({ timeout: 5_000 });
    await page.locator('[data-urn$="600102"] button.see-more').click({ timeout: 5_000 });
    expect(await page.locator('[data-urn$="600101"]').getAttribute('data-expect')).toBe('Acme');
    expect(await page.locator('[data-urn$="600102"]').getAttribute('data-expect')).toBe('Acme · Globex');
    await expectBadgesSettled(page);
    await page.close();
  });

  it('Facebook: comments and replies that load later are badged, the brand’s own post and reply are ours', async () => {
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/acme/posts/pfbid0Late1');
    expect(await expectBadgesSettled(page)).toBe(1);
    await expect.poll(() => page.locator('tact-ours').count(), { timeout: 5_000 }).toBe(1);
    await page.evaluate(() => (window as any).__post.loadComments(300));
    await page.waitForSelector('#c3', { timeout: 5_000 });
    expect(await expectBadgesSettled(page)).toBe(4);
    await page.evaluate(() => (window as any).__post.loadReply(200));
    await page.waitForSelector('#r1', { timeout: 5_000 });
    expect(await expectBadgesSettled(page)).toBe(5);
    // The brand's reply to Sam is ours too.
    await expect.poll(() => page.locator('tact-ours').count(), { timeout: 5_000 }).toBe(2);
    await page.close();
  });
});
