// Issue #17, advocates and detractors end to end in real Chromium on the Reddit demo page. History is
// stored before the page opens (written into the extension's IndexedDB from one of its pages, as the
// report tests seed it): four praises of Acme by lea_velo over the last days (two answered), three
// complaints by karim_b. Opening the thread, the background reads that history for the batch's authors:
// lea_velo's comment gets the "Advocate" chip, karim_b's the "Detractor" chip (read inside their closed
// shadow roots through the DevTools protocol); the advocate's chip card offers thanks in the brand's
// voice naming what she did, and Insert puts it into the reply box (the demo page's comments have no box of
// their own: the post's, as tests/e2e/tone.test.ts says), read back. The side panel lists both.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand } from '../../scripts/lib/extension';
import { careHostAttributes, chipOf, clickInsert, repliesOffered, waitForCareChips } from '../support/care-page';
import { exposeClosedRoots } from '../support/closed-roots';
import { composerTexts } from '../support/page-editors';
import { existingBrands, putRows, waitForDatabase } from '../support/report-seed';
import type { StoredItem } from '../../utils/db/schema';
import { dictionaries } from '../../utils/i18n/messages';
import { history as demoHistory } from '../../scripts/lib/care-demo';

const DAY = 86_400_000;
const NOW = Date.now();
/** Dexie stores schema version n as IndexedDB version 10 × n: items by author need v8. */
const V8 = 80;
const ADVOCATE = 'lea_velo'; // t1_k006, "Même souci ici…" (French)
const DETRACTOR = 'karim_b'; // t1_k004, "URGENT: mine started smoking…"

/** The seeded history: `n` comments by `who`, one a day before the test started (scripts/lib/care-demo.ts). */
function history(who: string, n: number, brandId: string, over: (i: number) => Partial<StoredItem>): StoredItem[] {
  return demoHistory(who, n, brandId, over, NOW);
}

/** Runs in an extension page: waits for the database at v8, returns the brand ids by name, writes items. */
async function seedHistory(page: Page, build: (brandId: string) => StoredItem[]): Promise<void> {
  await waitForDatabase(page, V8);
  const acme = (await existingBrands(page)).find((b) => b.name === 'Acme');
  if (!acme) throw new Error('the demo brand was not saved');
  await putRows(page, 'items', build(acme.id));
}

describe('advocates and detractors, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    for (const p of context.pages()) if (p.url().includes('onboarding')) await p.close();
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    const seeder = await context.newPage();
    await seeder.goto(`chrome-extension://${extensionId}/options.html`);
    await seedHistory(seeder, (acme) => [
      ...history(ADVOCATE, 4, acme, (i) => ({
        intent: 'praise',
        sentiment: 0.7,
        text: ['Acme au top !', 'Super service Acme', 'J’adore mon RoadRunner 3000 de chez Acme', 'Merci Acme'][i]!,
        answeredAt: i < 2 ? NOW - i * DAY : null,
        answeredBy: i < 2 ? 'u/acme_support' : null,
      })),
      ...history(DETRACTOR, 3, acme, (i) => ({
        intent: 'complaint',
        sentiment: -0.6,
        lang: 'en',
        text: [`Acme, still no refund`, `Acme support never answers`, `Third week waiting, Acme`][i]!,
      })),
    ]);
    await seeder.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('reddit: the advocate’s and the detractor’s chips show; the thanks inserts into the reply box', async () => {
    const page = await context.newPage();
    await page.goto(DEMO_PAGES.find((p) => p.name === 'reddit')!.url);
    await waitForCareChips(page, 2);

    const advocate = await chipOf(page, ADVOCATE);
    const detractor = await chipOf(page, DETRACTOR);
    expect(advocate.kind).toBe('advocate');
    expect(detractor.kind).toBe('detractor');
    // The chip says what the history holds, in the page's language (the demo page is in English).
    const en = dictionaries.en;
    expect(advocate.text).toBe(
      en['care.chip.advocate'].replace('{count}', '4').replace('{days}', '30').replace('{answered}', '2'),
    );
    expect(detractor.text).toBe(
      en['care.chip.detractor'].replace('{count}', '3').replace('{days}', '30').replace('{answered}', '0'),
    );
    expect(advocate.label).toContain(ADVOCATE);
    // Nobody else on the thread has a standing (a one-off comment is neither).
    for (const other of ['paul_runs', 'chef_amelie', 'juliemartin_fr'])
      expect(['advocate', 'detractor']).not.toContain((await chipOf(page, other)).kind);
    // Nothing about the standing on the host, where the page could read it.
    const hostAttrs = (await careHostAttributes(page)).join(' ');
    expect(hostAttrs).not.toMatch(/advocate|detractor|praise|complaint/iu);

    // The advocate's card: thanks in the brand's voice, saying what she did (her comment is French).
    await page.locator(`tact-care[data-e2e="${ADVOCATE}"]`).click({ timeout: 5_000 });
    await expect.poll(() => repliesOffered(page, ADVOCATE, 'thanks'), { timeout: 15_000 }).not.toHaveLength(0);
    const offered = await repliesOffered(page, ADVOCATE, 'thanks');
    expect(offered[0]).toMatch(/^Merci pour vos retours réguliers : quatre messages positifs ces 30 derniers jours/u);
    expect(offered.every((t) => !/[{}]|\[\[/u.test(t))).toBe(true);
    // The detractor's card offers no thanks.
    await page.locator(`tact-care[data-e2e="${DETRACTOR}"]`).click({ timeout: 5_000 });
    await exposeClosedRoots(page);
    expect(await repliesOffered(page, DETRACTOR, 'thanks')).toEqual([]);

    const before = await composerTexts(page, { anyTextarea: true });
    await clickInsert(page, ADVOCATE, 'thanks');
    await expect
      .poll(async () => (await composerTexts(page, { anyTextarea: true })).filter((t) => !before.includes(t)), {
        timeout: 10_000,
      })
      .toEqual([offered[0]]);
    await page.close();
  });

  it('the side panel lists the advocate and the detractor with their counts and last messages', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=care`);
    const advocates = panel.locator('[data-testid="care-advocates"] li.standing');
    const detractors = panel.locator('[data-testid="care-detractors"] li.standing');
    await advocates.first().waitFor({ timeout: 15_000 });
    const advocateText = await advocates.filter({ hasText: ADVOCATE }).first().innerText();
    // The history plus the comment the page showed (posted in April: outside the 30 days).
    expect(advocateText).toMatch(/4 (praises in 30 days, answered 2|messages positifs en 30 jours, 2 avec réponse)/u);
    expect(advocateText).toContain('Acme au top !');
    expect(await detractors.filter({ hasText: DETRACTOR }).count()).toBe(1);
    await panel.close();
  });
});
