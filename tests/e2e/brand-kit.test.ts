// Issue 7 part 1 end to end, in Chromium: import a brand kit file in the options page, see its brand
// appear; edit that brand, import the same file again: the conflict is listed, and applying keeps the
// local edit and adds the kit's version as a copy. Nothing is lost.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';

const KIT = {
  format: 'tact-brand-kit',
  version: 1,
  exportedAt: '2026-11-23T10:00:00.000Z',
  brands: [
    { id: 'kit-brand-1', name: 'Zephyr Bikes', handles: ['@zephyr'], products: ['Z1'], createdAt: 1, updatedAt: 1000 },
  ],
  toneProfiles: [
    {
      id: 'kit-tone-1',
      brandId: 'kit-brand-1',
      name: 'Zephyr FR',
      data: { name: 'Zephyr FR', address: 'vous' },
      updatedAt: 1000,
    },
  ],
  snippets: [{ id: 'kit-snip-1', name: 'merci', language: 'fr', body: 'Merci {prénom} !', updatedAt: 1000 }],
  trollNotes: [{ platform: 'x', handle: '@sealion', labels: ['sealion'], notes: 'asks the same question daily' }],
};
const file = { name: 'zephyr-kit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(KIT)) };

describe('brand kit import in the options page', () => {
  let context: BrowserContext;
  let extensionId: string;
  let options: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, []);
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#sharing`);
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Opens a section of the options page (as its link in the side navigation does). */
  async function openSection(id: string) {
    await options.evaluate((hash) => (location.hash = hash), id);
    await options.locator(`main[data-section="${id}"]`).waitFor({ timeout: 10_000 });
  }
  // The brand list is in the Brands section; the kit's import in Sharing & team.
  async function brandNames() {
    await openSection('brands');
    await options.locator('ul.brand-list, p.empty').first().waitFor({ timeout: 10_000 });
    const names = await options.locator('li.brand-row strong').allTextContents();
    await openSection('sharing');
    return names;
  }

  it('previews then imports a kit file: its brand appears', async () => {
    await options.getByLabel('Kit file (.json)').setInputFiles(file);
    await options.getByRole('button', { name: 'Preview the import' }).click();
    const plan = options.getByTestId('kit-plan');
    await expect
      .poll(() => plan.locator('.counts').textContent(), { timeout: 10_000 })
      .toBe('4 to add, 0 changed, 0 in conflict, 0 unchanged.');
    await options.getByRole('button', { name: 'Apply the import' }).click();
    await expect
      .poll(() => options.getByTestId('status').textContent(), { timeout: 10_000 })
      .toContain('Import done: 4 added');
    await expect.poll(brandNames, { timeout: 10_000 }).toEqual(['Zephyr Bikes']);
  });

  it('re-imports after a local edit: the conflict is listed, the edit kept, the kit added as a copy', async () => {
    await openSection('sharing');
    // A local edit made after the kit's version (through the background, as the brand form does).
    const saved = await options.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({
        type: 'brands.save',
        payload: {
          brand: { id: 'kit-brand-1', name: 'Zephyr Bikes', handles: ['@zephyr', '@zephyr_fr'], products: ['Z1'] },
        },
      });
      return reply.ok;
    });
    expect(saved).toBe(true);
    await options.getByLabel('Kit file (.json)').setInputFiles(file);
    await options.getByRole('button', { name: 'Preview the import' }).click();
    const plan = options.getByTestId('kit-plan');
    await expect
      .poll(() => plan.locator('.counts').textContent(), { timeout: 10_000 })
      .toBe('0 to add, 0 changed, 1 in conflict, 3 unchanged.');
    const row = plan.locator('tr[data-status="conflict"]');
    expect(await row.locator('td').nth(1).textContent()).toBe('Zephyr Bikes');
    expect(await row.getByLabel('Choice for Zephyr Bikes').inputValue()).toBe('keep');
    await options.getByRole('button', { name: 'Apply the import' }).click();
    await expect
      .poll(() => options.getByTestId('status').textContent(), { timeout: 10_000 })
      .toContain('1 added as copies');
    await expect.poll(brandNames, { timeout: 10_000 }).toEqual(['Zephyr Bikes', 'Zephyr Bikes (imported)']);
    // The local edit is intact.
    const handles = await options.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'brands.list', payload: {} });
      return reply.data.find((b: { id: string }) => b.id === 'kit-brand-1').handles;
    });
    expect(handles).toEqual(['@zephyr', '@zephyr_fr']);
  });

  it('refuses a truncated file with a clear message and changes nothing', async () => {
    const before = await brandNames();
    await options
      .getByLabel('Kit file (.json)')
      .setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify(KIT).slice(0, 200)) });
    await options.getByRole('button', { name: 'Preview the import' }).click();
    await expect
      .poll(() => options.getByTestId('kit-issues').textContent(), { timeout: 10_000 })
      .toContain('The file ends too early');
    expect(await brandNames()).toEqual(before);
  });

  it('roams the interface language through storage.sync once the user opts in', async () => {
    const stored = () => options.evaluate(async () => chrome.storage.sync.get(null));
    expect(Object.keys(await stored()).filter((k) => k.startsWith('tact.roam.'))).toEqual([]);
    await options.getByLabel('Roam my settings with my browser account').check();
    await expect
      .poll(async () => Object.keys(await stored()).sort(), { timeout: 15_000 })
      .toEqual(['tact.roam.0', 'tact.roam.meta']);
    await openSection('general');
    await options.getByLabel('Language', { exact: true }).selectOption('fr');
    await expect
      .poll(async () => JSON.parse(String((await stored())['tact.roam.0'])).settings.language, { timeout: 15_000 })
      .toBe('fr');
  });
});
