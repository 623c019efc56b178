// End to end in real Chromium: create a brand through the real options page, open x.com/home served
// from a saved page, see badges on exactly the tweets that mention the brand, and find them in the
// side panel.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { exposeClosedRoots } from '../support/closed-roots';

const FIXTURE = path.resolve(import.meta.dirname, '../../../shared/fixtures/x/x-home-timeline-2025-11-20.html');
const hasFixture = existsSync(FIXTURE);
// Brand words that occur in that saved timeline.
const BRAND = { name: 'Claude', aliases: 'Anthropic' };
const BRAND_RE = /\b(claude|anthropic)\b/i;

describe.skipIf(!hasFixture)('a brand created in options is found on x.com/home (needs ../shared/fixtures)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let x: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, [{ url: 'https://x.com/**', file: FIXTURE }]);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('saves a brand through the real options page', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Brand name').fill(BRAND.name);
    await options.getByLabel('Aliases').fill(BRAND.aliases);
    await options.getByRole('button', { name: 'Save brand' }).click();
    await expect.poll(() => options.getByRole('status').innerText(), { timeout: 10_000 }).toMatch(/saved/i);
    const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'brands.list', payload: {} }));
    expect(reply).toMatchObject({ ok: true, data: [{ name: 'Claude', aliases: ['Anthropic'] }] });
    await options.close();
  });

  it('draws a badge on each tweet that mentions the brand and on no other', async () => {
    x = await context.newPage();
    await x.goto('https://x.com/home');
    // What a reader sees: the tweets whose own text names the brand (quoted tweets belong to their tweet).
    const expected = await x.evaluate((source) => {
      const re = new RegExp(source, 'i');
      return Array.from(document.querySelectorAll('article[data-testid="tweet"]'))
        .map((a, i) => ({ i, text: a.querySelector('[data-testid="tweetText"]')?.textContent ?? '' }))
        .filter((t) => re.test(t.text))
        .map((t) => t.i);
    }, BRAND_RE.source);
    expect(expected.length).toBeGreaterThan(0);
    await x.waitForFunction((n) => document.querySelectorAll('tact-badge').length >= n, expected.length, {
      timeout: 15_000,
    });
    await x.waitForTimeout(500); // let any stray badge arrive before checking there is none
    const badged = await x.evaluate(() =>
      Array.from(document.querySelectorAll('article[data-testid="tweet"]'))
        .map((a, i) => ({ i, n: a.querySelectorAll('tact-badge').length }))
        .filter((t) => t.n > 0),
    );
    expect(badged.map((b) => b.i)).toEqual(expected);
    expect(badged.every((b) => b.n === 1)).toBe(true);
    await exposeClosedRoots(x); // the brands are inside the badges' closed roots
    const labels = await x.evaluate(() =>
      Array.from(document.querySelectorAll('tact-badge')).map((b) =>
        window.__tactRoots?.get(b)?.querySelector('button')?.getAttribute('data-label'),
      ),
    );
    expect(new Set(labels)).toEqual(new Set(['Claude']));
  });

  it('lists those tweets in the side panel of that tab, and counts them on the toolbar badge', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await panel.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://x.com/home' }))[0]?.id ?? -1,
    );
    expect(tabId).toBeGreaterThan(0);
    const badgeText = await panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const list = panel.locator('[data-item-key]');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const texts = await list.allInnerTexts();
    expect(texts.every((t) => BRAND_RE.test(t))).toBe(true);
    const badges = await x.evaluate(() => document.querySelectorAll('tact-badge').length);
    expect(await list.count()).toBe(badges);
    expect(badgeText).toBe(String(badges));
  });
});
