// Accessibility of every extension page, in the built extension: axe-core finds no serious or
// critical violation on the options (each section), the side panel (tab view and inbox with items),
// the popup and the onboarding, in light and in dark colour scheme (#12 item 7).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SECTIONS = ['brands', 'tone', 'snippets', 'trolls', 'sharing', 'reports', 'ai', 'general'];
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** Serious and critical violations on the page as it is now, printed so a failure says what to fix. */
async function seriousViolations(page: Page, what: string): Promise<string[]> {
  // Evaluated rather than added as a <script>: the extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  const serious = (violations as Violation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = serious.flatMap((v) =>
    v.nodes.map(
      (n) => `${what}: [${v.impact}] ${v.id} (${v.help}) at ${JSON.stringify(n.target)}: ${n.failureSummary}`,
    ),
  );
  if (lines.length) console.error(lines.join('\n'));
  return lines;
}

describe('accessibility of the extension pages (axe-core)', () => {
  let context: BrowserContext;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    // A demo page read once, so the side panel's inbox and tab view hold real items with their buttons.
    const x = await context.newPage();
    await x.goto(DEMO_PAGES.find((p) => p.name === 'x')!.url);
    await waitForBadges(x, 1, 15_000);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  const url = (path: string) => `chrome-extension://${extensionId}/${path}`;

  describe.each(SCHEMES)('%s colour scheme', (colorScheme) => {
    beforeAll(async () => {
      await page.emulateMedia({ colorScheme });
    });

    it.each(SECTIONS)('options#%s has no serious violation', async (section) => {
      await page.goto(url(`options.html#${section}`));
      await page.locator(`main[data-section="${section}"] h2`).first().waitFor({ timeout: 10_000 });
      // Let live queries settle (lists, loaded settings) before the check.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      expect(await seriousViolations(page, `options#${section} (${colorScheme})`)).toEqual([]);
    });

    it('the "Leave without saving?" dialog has no serious violation', async () => {
      await page.goto(url('options.html#brands'));
      await page.getByLabel(/^(Brand name|Nom de la marque)$/).fill('Draft');
      await page.getByRole('navigation').locator('a[data-section="ai"]').click();
      await page.getByRole('dialog').waitFor({ timeout: 5_000 });
      expect(await seriousViolations(page, `leave dialog (${colorScheme})`)).toEqual([]);
      await page.getByRole('dialog').getByRole('button').last().click();
    });

    it('the side panel (this tab, then the inbox) has no serious violation', async () => {
      await page.goto(url('sidepanel.html'));
      await page.locator('h1').waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `sidepanel tab (${colorScheme})`)).toEqual([]);
      await page.goto(url('sidepanel.html?view=inbox'));
      await page.locator('.inbox li.item').first().waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `sidepanel inbox (${colorScheme})`)).toEqual([]);
    });

    it.each(['weekly', 'monthly', 'strategic'])('the report page (%s) has no serious violation', async (template) => {
      await page.goto(url(`report.html?template=${template}&period=rolling30`));
      await page.locator('[data-kpi]').first().waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `report ${template} (${colorScheme})`)).toEqual([]);
      await page.locator('summary', { hasText: /Report settings|Réglages des rapports/ }).click();
      expect(await seriousViolations(page, `report settings (${colorScheme})`)).toEqual([]);
    });

    it('the popup has no serious violation', async () => {
      await page.goto(url('popup.html'));
      await page.locator('h1').waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `popup (${colorScheme})`)).toEqual([]);
    });

    it('the onboarding (each step) has no serious violation', async () => {
      await page.goto(url('onboarding.html'));
      await page.locator('h1').waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `onboarding step 1 (${colorScheme})`)).toEqual([]);
      await page.getByRole('button', { name: /Continue|Continuer/ }).click();
      await page.locator('form.brand-form').waitFor({ timeout: 10_000 });
      expect(await seriousViolations(page, `onboarding step 2 (${colorScheme})`)).toEqual([]);
    });
  });
});
