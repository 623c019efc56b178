// A site whose layout Tact no longer recognises must say so in the popup instead of showing nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';

describe('layout health', () => {
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'tact-health-')), 'x-changed.html');
    // An X home page after a redesign: posts are there, but none of the markers the adapter knows.
    writeFileSync(
      file,
      '<!doctype html><main><section><div class="post-9f3">Hello @acme</div><div ' +
        'class="post-9f3">Hi</div></section></main>',
    );
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, [{ url: 'https://x.com/**', file }]);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows "layout not recognised" in the popup for a feed where the adapter finds nothing', async () => {
    const x = await context.newPage();
    await x.goto('https://x.com/home');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const tabId = await popup.evaluate(
      async () => (await chrome.tabs.query({ url: 'https://x.com/home' }))[0]?.id ?? -1,
    );
    await expect
      .poll(
        async () => {
          await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
          return popup.getByTestId('health-warning').count();
        },
        { timeout: 15_000, interval: 1000 },
      )
      .toBe(1);
    expect(await popup.getByTestId('health-warning').innerText()).toMatch(/not recognised/i);
  });
});
