// AI rewriting in real Chromium: off by default (the fake endpoint gets nothing), the built-in model's
// state as this browser reports it, then the options page's "try it" box rewriting through the
// background against an OpenAI-compatible fake on loopback, re-checked against the stored tone profile.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { completion, startFakeEndpoint, type FakeEndpoint } from '../support/fake-openai';

const PROFILE = {
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
};

/** Saves a brand and its French tone profile through the background, as the options page does. */
async function seedToneProfile(page: Page) {
  await page.evaluate(async (profile) => {
    const saved = await chrome.runtime.sendMessage({
      type: 'brands.save',
      payload: { brand: { name: 'Acme', languages: ['fr'] } },
    });
    if (!saved?.ok) throw new Error(JSON.stringify(saved));
    const tone = await chrome.runtime.sendMessage({ type: 'tone.save', payload: { brandId: saved.data.id, profile } });
    if (!tone?.ok) throw new Error(JSON.stringify(tone));
  }, PROFILE);
}

describe('AI rewriting, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;
  let fake: FakeEndpoint;
  let options: Page;

  beforeAll(async () => {
    fake = await startFakeEndpoint();
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#ai`);
    // Let the background open (and create) the database before writing into it.
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ai.settings.get', payload: {} }));
    await seedToneProfile(options);
  });
  afterAll(async () => {
    await context?.close();
    await fake?.close();
  });

  it(
    'is off by default: the options say nothing is sent, ' + 'and a rewrite request is refused without a request',
    async () => {
      await options.reload();
      const section = options.locator('section.ai-settings');
      await section.getByText('Nothing is sent anywhere: AI rewriting is off.').waitFor({ timeout: 10_000 });
      expect(await section.getByLabel('Turn on AI rewriting').isChecked()).toBe(false);
      const reply = await options.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'ai.rewrite', payload: { text: 'Salut', platform: 'x', lang: 'fr' } }),
      );
      expect(reply).toMatchObject({ ok: false, error: { message: 'ai.error.disabled' } });
      expect(fake.received).toHaveLength(0);
    },
  );

  it('shows the built-in model’s state as this browser reports it', async () => {
    const section = options.locator('section.ai-settings');
    await section.getByLabel('Turn on AI rewriting').check({ timeout: 5_000 });
    await section.getByLabel('The browser’s built-in model (on this computer)').check({ timeout: 5_000 });
    const panel = section.getByTestId('ai-builtin');
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).not.toContain('checking');
    const reported = await options.evaluate(async () => {
      const lm = (globalThis as unknown as { LanguageModel?: { availability(o: object): Promise<string> } })
        .LanguageModel;
      return lm
        ? lm.availability({
            expectedInputs: [{ type: 'text', languages: ['en'] }],
            expectedOutputs: [{ type: 'text', languages: ['en'] }],
          })
        : 'unavailable';
    });
    const label = {
      unavailable: 'not available in this browser',
      downloadable: 'available after a one-time download',
      downloading: 'downloading',
      available: 'ready',
    }[reported]!;
    expect(await panel.textContent()).toContain(`English: ${label}`);
    expect(fake.received).toHaveLength(0);
  });

  it('runs the built-in model from the background, which says clearly when there is none', async () => {
    await options.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'ai.settings.set', payload: { enabled: true, provider: 'builtin' } }),
    );
    const sw = context.serviceWorkers()[0]!;
    const inWorker = await sw.evaluate(async () => {
      const lm = (globalThis as unknown as { LanguageModel?: { availability(o: object): Promise<string> } })
        .LanguageModel;
      return lm
        ? lm.availability({
            expectedInputs: [{ type: 'text', languages: ['en'] }],
            expectedOutputs: [{ type: 'text', languages: ['en'] }],
          })
        : 'no_api';
    });
    const reply = await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'ai.rewrite',
        payload: { text: 'hey, on it', platform: 'reddit', lang: 'en' },
      }),
    );
    if (inWorker === 'unavailable') {
      expect(reply).toMatchObject({
        ok: false,
        error: {
          message: 'ai.error.unavailable',
          detail: { en: expect.stringContaining('built-in model is not available') },
        },
      });
    } else if (inWorker === 'no_api') {
      expect(reply).toMatchObject({ ok: false, error: { message: 'ai.error.wrong_context' } });
    } else {
      // A machine with the model: a real rewrite, re-checked.
      expect(reply).toMatchObject({ ok: true, data: { provider: 'builtin' } });
    }
    expect(fake.received).toHaveLength(0);
  });

  it('rewrites a draft through the endpoint and shows the re-checked result', async () => {
    // The host-permission prompt is browser UI headless Chromium cannot answer (the dom test covers
    // it); the settings are saved through the same message the Save button sends. Without the
    // permission the fetch goes out as CORS, which the fake allows.
    const saved = await options.evaluate(
      (baseUrl) =>
        chrome.runtime.sendMessage({
          type: 'ai.settings.set',
          payload: { enabled: true, provider: 'openai', baseUrl, model: 'fake-model', apiKey: 'sk-e2e' },
        }),
      fake.baseUrl,
    );
    expect(saved).toMatchObject({ ok: true, data: { enabled: true, provider: 'openai', hasApiKey: true } });
    expect(JSON.stringify(saved)).not.toContain('sk-e2e');
    fake.answer(completion('Bonjour, malheureusement nous regardons votre commande.'));
    await options.reload();
    const section = options.locator('section.ai-settings');
    await section
      .getByText(/Sent to http:\/\/127\.0\.0\.1:\d+, only when you ask for a rewrite/)
      .waitFor({ timeout: 10_000 });

    await section.getByLabel('Draft to rewrite').fill('Salut, on regarde ta commande.', { timeout: 5_000 });
    await section.getByLabel('Reply language').selectOption('fr', { timeout: 5_000 });
    await section.getByRole('button', { name: 'Rewrite' }).click({ timeout: 5_000 });
    const result = section.getByTestId('ai-result-text');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.textContent()).toBe("Bonjour, nous regardons votre commande.\n— L'équipe Acme");
    expect(await section.getByTestId('ai-result').textContent()).toContain('checked against Acme FR');
    expect(await section.getByTestId('ai-result').textContent()).toContain('Nothing goes against the tone.');

    expect(fake.received).toHaveLength(1);
    const request = fake.received[0]!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer sk-e2e');
    const body = request.body as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('fake-model');
    expect(body.messages[1]!.content).toContain('Salut, on regarde ta commande.');
    expect(body.messages[0]!.content).toContain('"malheureusement"');
  });

  it('tests the service from the options page', async () => {
    fake.answer(completion('OK'));
    const section = options.locator('section.ai-settings');
    await section.getByRole('button', { name: 'Test the service' }).click({ timeout: 5_000 });
    await section.getByText(/The service answered in \d+ ms: “OK”\./).waitFor({ timeout: 10_000 });
  });
});
