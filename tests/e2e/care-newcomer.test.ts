// Issue #17, newcomers end to end in real Chromium on the Reddit demo page. The demo brand Acme lists
// r/acme as its community (as a user types it in the options). Opening the thread, every author Tact
// has never seen there gets a "New here" chip next to their name (read inside its closed shadow root
// through the DevTools protocol; nothing on the host), but not our own account nor the spammer; the
// chip's card offers welcomes in the brand's voice, and Insert puts the first into the reply box (the
// demo page's comments have no box of their own: the post's, as tests/e2e/tone.test.ts says), read
// back. Inserting a welcome is welcoming: after a reload the welcomed author is no longer new while
// the others still are (their first day), and the side panel's "Newcomers to welcome" no longer lists
// the welcomed one.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand } from '../../scripts/lib/extension';
import { careHostAttributes, chipOf, clickInsert, repliesOffered, waitForCareChips } from '../support/care-page';
import { composerTexts } from '../support/page-editors';
import { dictionaries } from '../../utils/i18n/messages';

const NEWCOMER = 'paul_runs'; // t1_k008, a first comment on the thread
const OTHER = 'juliemartin_fr'; // t1_k001, not welcomed in this test
const SPAMMER = 'fx_profits_daily'; // t1_k009
const OURS = 'acme_support'; // t1_k002, the brand's own account

describe('newcomers, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;
  const reddit = DEMO_PAGES.find((p) => p.name === 'reddit')!.url;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();
    const brand = JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')) as Record<string, unknown>;
    await seedBrand(context, extensionId, { ...brand, communities: ['r/acme'] });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('reddit: a first-time commenter is New here; the welcome inserts into the reply box, read back', async () => {
    const page = await context.newPage();
    await page.goto(reddit);
    await waitForCareChips(page, 2);
    const en = dictionaries.en;
    expect(await chipOf(page, NEWCOMER)).toMatchObject({ kind: 'newcomer', text: en['care.chip.new'] });
    expect((await chipOf(page, OTHER)).kind).toBe('newcomer');
    // Never our own account, never a spammer.
    expect((await chipOf(page, OURS)).kind).toBeNull();
    expect((await chipOf(page, SPAMMER)).kind).toBeNull();
    // Nothing on the hosts the page could read (data-e2e is this test's own marker).
    const hostAttrs = await careHostAttributes(page);
    expect(hostAttrs.filter((a) => !a.startsWith('data-suggestions='))).toEqual([]);

    // The card: welcomes in the brand's voice, naming the platform or the topic, no braces left.
    await page.locator(`tact-care[data-e2e="${NEWCOMER}"]`).click({ timeout: 5_000 });
    await expect.poll(() => repliesOffered(page, NEWCOMER, 'welcome'), { timeout: 15_000 }).not.toHaveLength(0);
    const offered = await repliesOffered(page, NEWCOMER, 'welcome');
    expect(offered[0]).toMatch(/^(Welcome|Hi|Bienvenue|Bonjour)/u);
    expect(offered.some((t) => /Reddit|RoadRunner 3000|battery|batterie/u.test(t))).toBe(true);
    expect(offered.every((t) => !/[{}]|\[\[/u.test(t))).toBe(true);

    const before = await composerTexts(page, { anyTextarea: true });
    await clickInsert(page, NEWCOMER, 'welcome');
    await expect
      .poll(async () => (await composerTexts(page, { anyTextarea: true })).filter((t) => !before.includes(t)), {
        timeout: 10_000,
      })
      .toEqual([offered[0]]);
    // The chip says so at once, without waiting for the page to be read again.
    await expect
      .poll(async () => (await chipOf(page, NEWCOMER)).text, { timeout: 5_000 })
      .toBe(en['care.chip.welcomed']);

    // A reload: the welcomed author is no longer new; the other one still is (their first day).
    await page.reload();
    await waitForCareChips(page, 1);
    await expect.poll(async () => (await chipOf(page, OTHER)).kind, { timeout: 10_000 }).toBe('newcomer');
    expect((await chipOf(page, NEWCOMER)).kind).toBeNull();
    await page.close();
  });

  it('the side panel lists the newcomers still to welcome, not the one just welcomed', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=care`);
    const list = panel.locator('[data-testid="care-newcomers"] li.newcomer');
    await list.first().waitFor({ timeout: 15_000 });
    const text = await panel.locator('[data-testid="care-newcomers"]').innerText();
    expect(text).toContain(OTHER);
    expect(text).not.toContain(NEWCOMER);
    expect(text).not.toContain(SPAMMER);
    expect(text).not.toContain(OURS);
    expect(await list.filter({ hasText: OTHER }).locator('button').count()).toBe(2);
    await panel.close();
  });
});
