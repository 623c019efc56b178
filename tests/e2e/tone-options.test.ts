// End to end in real Chromium: the options page's tone-of-voice form and snippet library, saved
// through the real background and read back with the same messages the content scripts use.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { seedBrand } from '../../scripts/lib/extension';

describe('tone of voice and snippets in the options page', () => {
  let context: BrowserContext;
  let extensionId: string;
  let options: Page;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await seedBrand(context, extensionId, { name: 'Acme', products: ['RoadRunner 3000'] });
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#tone`);
  });
  afterAll(async () => {
    await context?.close();
  });

  const status = () => options.getByRole('status').innerText();

  it('edits the brand’s default French profile, previews it live and saves it', async () => {
    const name = options.getByLabel('Profile name');
    await name.waitFor({ timeout: 10_000 });
    expect(await name.inputValue()).toBe('Acme FR');
    await options.getByLabel('Banned words and phrases').fill('malheureusement');
    await options.getByLabel('Sample draft to check').fill('Malheureusement, tu dois attendre.');
    await expect
      .poll(
        () => options.locator('.tone-problems li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))),
        { timeout: 5_000 },
      )
      .toEqual(['banned_word', 'address_form', 'missing_signature']);
    expect(await options.locator('.tone-suggestion').count()).toBe(3);
    await options.getByRole('button', { name: 'Save tone of voice' }).click();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/Tone of voice “Acme FR” saved/);
    const list = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'tone.list', payload: {} }));
    expect(list).toMatchObject({
      ok: true,
      data: [
        {
          isDefault: false,
          profile: { name: 'Acme FR', language: 'fr', address: 'vous', banned: ['malheureusement'] },
        },
      ],
    });
    // Read live: once saved, the page no longer calls it the default, and it can be deleted.
    const reset = options.getByRole('button', { name: 'Delete this profile (back to the default)' });
    await reset.waitFor({ timeout: 10_000 });
    expect(await options.getByText('this is Tact’s default').count()).toBe(0);
    await reset.click();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/Profile deleted/);
    await options.getByText('this is Tact’s default').waitFor({ timeout: 10_000 });
    expect(await options.getByLabel('Banned words and phrases').inputValue()).toBe('');
  });

  it('adds a snippet, which the library then lists with its usage count', async () => {
    await options.getByRole('navigation').getByRole('link', { name: 'Snippets', exact: true }).click();
    await options.getByLabel('Name', { exact: true }).fill('retard');
    await options.getByLabel('Text', { exact: true }).fill('Bonjour {prénom}, votre commande {orderId} arrive demain.');
    await options.getByLabel('Complaint').check();
    await options.getByRole('button', { name: 'Save snippet' }).click();
    await expect.poll(status, { timeout: 10_000 }).toMatch(/Snippet “retard” saved/);
    await expect
      .poll(() => options.locator('.snippet-row').innerText(), { timeout: 10_000 })
      .toMatch(/\/retard \(en\)[\s\S]*Uses: 0/);
    const reply = (await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'snippets.list', payload: {} }),
    )) as { data: { id: string }[] };
    expect(reply.data).toHaveLength(1);
    await options.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'snippets.used', payload: { id } }),
      reply.data[0]!.id,
    );
    await expect.poll(() => options.locator('.snippet-row').innerText(), { timeout: 10_000 }).toMatch(/Uses: 1/);
  });
});
