// Issue #12 (items 5 and 7): axe finds no serious or critical violation in Tact's in-page parts on each
// demo page, in light and dark colour schemes, with a mention's card and a customer flag's card open,
// then the "/" quick list (with matches, then none) and the tone meter showing in a reply box.
// Built with open shadow roots (tests/support/open-shadow-build.ts): axe cannot enter closed ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults, ElementContext } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { openShadowBuild } from '../support/open-shadow-build';

const TAGS = ['tact-badge', 'tact-flag', 'tact-chip', 'tact-quick-insert', 'tact-tone-meter', 'tact-toast'];
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// A site in its dark theme (X "lights out", Facebook, Reddit and LinkedIn dark are all near-black):
// everything of the page goes dark, Tact's hosts excepted.
const DARK_SITE = `html, body, body *:not(${TAGS.join(', ')}) {
  background-color: #15202b !important; color: #e7e9ea !important; border-color: #38444d !important; }`;

/** What axe finds in Tact's parts now on the page, serious and critical only, one readable line each. */
async function axeFindings(page: Page, step: string): Promise<string[]> {
  const results = await page.evaluate(async (tags) => {
    const present = tags.filter((t) => document.querySelector(t));
    const axe = (globalThis as unknown as { axe: { run(c: ElementContext, o: object): Promise<AxeResults> } }).axe;
    const r = await axe.run({ include: present.map((t) => [t]) } as ElementContext, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  }, TAGS);
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${step}: ${v.id} (${v.impact}) ${n}`));
}

describe("Tact's in-page overlay under axe", () => {
  let context: BrowserContext;

  beforeAll(async () => {
    let extensionId: string;
    ({ context, extensionId } = await launchWithExtension({ headless: true, extensionPath: openShadowBuild() }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    // A tone profile with a banned word (the meter has a problem to show) and a snippet for "/".
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const replies = await ext.evaluate(async () => {
      const send = (type: string, payload: unknown) => chrome.runtime.sendMessage({ type, payload });
      const brands = await send('brands.list', {});
      const brandId = brands.data[0].id;
      const profile = { name: 'Acme FR', language: 'fr', banned: ['malheureusement'] };
      const snippet = { name: 'merci', language: 'fr', body: 'Merci {prénom} ! Votre commande est en route.' };
      return [await send('tone.save', { brandId, profile }), await send('snippets.save', { snippet })];
    });
    await ext.close();
    for (const r of replies) if (!r?.ok) throw new Error(`Could not seed: ${JSON.stringify(r)}`);
  });
  afterAll(async () => {
    await context?.close();
  });

  const cases = (['light', 'dark'] as const).flatMap((scheme) => DEMO_PAGES.map((p) => [p.name, scheme, p] as const));

  it.each(cases)('%s, %s colour scheme: no serious or critical violation', async (_name, scheme, demo) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(demo.url);
    if (scheme === 'dark') await page.addStyleTag({ content: DARK_SITE });
    await page.addScriptTag({ content: AXE });
    await waitForBadges(page, 1, 15_000);
    // This build's roots are open (axe looks inside): the verdict is inside, never on the host.
    await page.locator('tact-flag button.flag[data-troll="no"]').first().waitFor({ timeout: 15_000 });
    const findings: string[] = [];

    // A mention's card with its suggested replies, then the unhappy customer's flag card.
    await page.locator('tact-badge button[aria-expanded]').first().click();
    await page.locator('tact-badge section[data-state="ok"]').first().waitFor({ timeout: 10_000 });
    findings.push(...(await axeFindings(page, 'mention card')));
    await page.keyboard.press('Escape');
    await page.locator('tact-flag button.flag[data-troll="no"]').first().click();
    await page.locator('tact-flag[data-open] .card').first().waitFor({ timeout: 10_000 });
    findings.push(...(await axeFindings(page, 'flag card')));
    await page.keyboard.press('Escape');

    // The tone meter (a banned word) and the "/" list, with a match, then with none.
    await page.locator('textarea[name="text"], [contenteditable="true"]').first().click();
    await page.keyboard.type('Bonjour, malheureusement non. /mer');
    await page.locator('tact-tone-meter:not([hidden]) button').first().waitFor({ timeout: 10_000 });
    await page.locator('tact-quick-insert:not([hidden]) [role="option"]').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    findings.push(...(await axeFindings(page, 'quick list and meter')));
    await page.keyboard.type('zzz');
    await page.locator('tact-quick-insert:not([hidden]) p.empty:not([hidden])').waitFor({ timeout: 10_000 });
    findings.push(...(await axeFindings(page, 'empty quick list')));

    expect(findings).toEqual([]);
    await page.close();
  });
});
