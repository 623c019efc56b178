// The options page as a settings app, in the built extension: a deep link opens its section, the
// side navigation switches sections (back/forward too), search finds a setting, and unsaved edits
// are guarded (in-app question on a change of section, the browser's prompt on leaving).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { seedBrand } from '../../scripts/lib/extension';

describe('options: sections, search and the unsaved-changes guard', () => {
  let context: BrowserContext;
  let extensionId: string;
  let options: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await seedBrand(context, extensionId, { name: 'Acme', products: ['RoadRunner 3000'] });
    options = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  const open = () => options.locator('main').getAttribute('data-section');
  const current = () => options.locator('nav a[aria-current="page"]').textContent();
  const nav = (name: string) => options.getByRole('navigation').getByRole('link', { name, exact: true });

  it('opens the section a deep link names: options.html#tone shows the tone of voice', async () => {
    await options.goto(`chrome-extension://${extensionId}/options.html#tone`);
    await options.getByLabel('Profile name').waitFor({ timeout: 10_000 });
    expect(await open()).toBe('tone');
    expect(await current()).toBe('Tone of voice');
    expect(await options.getByLabel('Brand name').count()).toBe(0);
    expect(await options.title()).toMatch(/^Tone of voice/);
  });

  it('opens Brands by default, switches with the side navigation, and follows back/forward', async () => {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Brand name').waitFor({ timeout: 10_000 });
    expect(await current()).toBe('Brands');
    await nav('Snippets').click();
    await options.getByRole('button', { name: 'Save snippet' }).waitFor({ timeout: 10_000 });
    expect(new URL(options.url()).hash).toBe('#snippets');
    expect(await current()).toBe('Snippets');
    // Focus moves to the new section's heading, where a screen reader starts reading.
    expect(await options.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await nav('AI').click();
    await expect.poll(open, { timeout: 5_000 }).toBe('ai');
    await options.goBack();
    await expect.poll(open, { timeout: 5_000 }).toBe('snippets');
    await options.goForward();
    await expect.poll(open, { timeout: 5_000 }).toBe('ai');
  });

  it('lets the keyboard skip the navigation: the first Tab reaches "Skip to the settings"', async () => {
    await options.reload();
    await options.locator('main[data-section="ai"] h2').first().waitFor({ timeout: 10_000 });
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the settings');
    await options.keyboard.press('Enter');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('AI rewriting (optional)');
    expect(new URL(options.url()).hash).toBe('#ai');
  });

  it('finds a setting by search, in English or French, and opens its section from the result link', async () => {
    const search = options.getByRole('searchbox', { name: 'Search settings' });
    const results = options.getByTestId('settings-search-results').getByRole('link');
    const found = () => results.allTextContents();
    await search.fill('banned');
    await expect
      .poll(found, { timeout: 5_000 })
      .toEqual(['Tone of voice', 'Banned words and phrases in Tone of voice']);
    // A French word finds the same setting in the English interface.
    await search.fill('mots interdits');
    await expect.poll(found, { timeout: 5_000 }).toEqual(['Banned words and phrases in Tone of voice']);
    await search.fill('invite');
    await expect.poll(found, { timeout: 5_000 }).toContainEqual(expect.stringMatching(/^Invite code/));
    await search.fill('banned');
    await results.first().focus();
    await options.keyboard.press('Enter');
    await expect.poll(open, { timeout: 5_000 }).toBe('tone');
    expect(await search.inputValue()).toBe('');
  });

  it('asks before a change of section drops unsaved edits: stay keeps them, leave drops them', async () => {
    await nav('Brands').click();
    await options.getByLabel('Brand name').fill('Half-typed brand');
    await nav('Trolls & moderation').click();
    const dialog = options.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor({ timeout: 5_000 });
    await dialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 5_000 }).toBe(false);
    expect(await open()).toBe('brands');
    expect(new URL(options.url()).hash).toBe('#brands');
    expect(await options.getByLabel('Brand name').inputValue()).toBe('Half-typed brand');

    await nav('Trolls & moderation').click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await expect.poll(open, { timeout: 5_000 }).toBe('trolls');
    // Back to the brands: the form starts empty, and nothing is dirty any more.
    await nav('Brands').click();
    await expect.poll(open, { timeout: 5_000 }).toBe('brands');
    expect(await options.getByLabel('Brand name').inputValue()).toBe('');
  });

  it('makes the browser ask before the page is closed with unsaved edits', async () => {
    await options.getByLabel('Brand name').fill('Another draft');
    const asked = options.waitForEvent('dialog', { timeout: 5_000 });
    await options.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
  });
});
