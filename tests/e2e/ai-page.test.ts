// "Rewrite with AI" in the page, end to end on the old Reddit demo page with the built extension and
// an OpenAI-compatible fake on loopback: off, the card offers no AI button and nothing reaches the
// fake; turned on by the same message the options page's Save sends, the card opened again offers it,
// a click sends the suggestion (and the tone rules, nothing of the page) to the fake, the card shows
// the fake's answer re-checked by the tone checker, and Insert puts that text into the reply box.
// The card is in a closed shadow root: the test reaches it through the DevTools protocol's pierced DOM
// and clicks with the mouse, as a user would.
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { callBackground } from '../support/background-call';
import { completion, startFakeEndpoint, type FakeEndpoint } from '../support/fake-openai';
import { attr, clickNode, piercedDocument, walk, type PiercedNode } from '../support/pierced-dom';

const ITEM_TEXT = 'mine has been flawless for a year'; // an English comment mentioning the brand
const BANNED = 'unfortunately';

/** Every node matching `inside` in the shadow root of the badge whose key is `key`. */
async function inCard(cdp: CDPSession, key: string, inside: (n: PiercedNode) => boolean): Promise<PiercedNode[]> {
  for (const n of walk(await piercedDocument(cdp))) {
    if (n.nodeName !== 'TACT-BADGE' || attr(n, 'data-key') !== key || !n.shadowRoots) continue;
    return n.shadowRoots.flatMap((s) => [...walk(s)].filter(inside));
  }
  return [];
}

async function textOf(cdp: CDPSession, node: PiercedNode): Promise<string> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.textContent; }',
    returnByValue: true,
  })) as {
    result: { value: string };
  };
  return result.value;
}

describe('"Rewrite with AI" on a mention’s card, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;
  let ext: Page;
  let fake: FakeEndpoint;

  const call = <T>(type: string, payload: unknown) => callBackground<T>(ext, type, payload);

  beforeAll(async () => {
    fake = await startFakeEndpoint();
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    // The background's request to the fake on loopback goes out (routeSites refuses everything else).
    await context.route(`${new URL(fake.baseUrl).origin}/**`, (route) => route.continue());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const brands = await call<Array<{ id: string }>>('brands.list', {});
    const brandId = brands.data[0]!.id;
    // The brand's English tone profile with a banned word, as the options page stores it.
    await ext.evaluate(
      ({ brandId, banned }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['toneProfiles'], 'readwrite');
            tx.objectStore('toneProfiles').put({
              id: 'acme-en',
              brandId,
              name: 'Acme EN',
              updatedAt: Date.now(),
              data: { language: 'en', emoji: 'none', banned: [banned] },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { brandId, banned: BANNED },
    );
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await fake?.close();
  });

  it(
    'off: no AI button and nothing sent; on: the suggestion becomes the re-checked answer, and Insert puts it ' +
      'in the reply box',
    async () => {
      const page = await context.newPage();
      await page.goto(DEMO_PAGES.find((p) => p.name === 'old-reddit')!.url);
      await waitForBadges(page, 1, 15_000);
      const keyOf = () =>
        page.evaluate((needle) => {
          const found = Array.from(document.querySelectorAll('tact-badge'))
            .map((b) => {
              let n: Element | null = b.parentElement;
              while (n && !(n.textContent ?? '').includes(needle)) n = n.parentElement;
              return n ? { b, size: (n.textContent ?? '').length } : null;
            })
            .filter((x): x is { b: Element; size: number } => x !== null)
            .sort((a, z) => a.size - z.size)[0];
          return found?.b.getAttribute('data-key') ?? null;
        }, ITEM_TEXT);
      await expect.poll(keyOf, { timeout: 10_000 }).not.toBeNull();
      const key = (await keyOf())!;
      const cdp = await context.newCDPSession(page);
      const toggle = async () =>
        (await inCard(cdp, key, (n) => n.nodeName === 'BUTTON' && attr(n, 'aria-expanded') !== undefined))[0]!;
      // Shown buttons only (each row has a hidden Undo until it is rewritten).
      const byAction = (action: string) =>
        inCard(
          cdp,
          key,
          (n) => n.nodeName === 'BUTTON' && attr(n, 'data-action') === action && attr(n, 'hidden') === undefined,
        );
      const replyTexts = async () =>
        Promise.all(
          (await inCard(cdp, key, (n) => n.nodeName === 'P' && attr(n, 'data-reply') !== undefined)).map((n) =>
            textOf(cdp, n),
          ),
        );

      // AI off (the default): the card lists its suggestions without any AI button.
      await clickNode(page, cdp, await toggle());
      await page.waitForFunction(
        (k) =>
          document.querySelector(`tact-badge[data-key="${CSS.escape(k)}"]`)?.getAttribute('data-suggestions') !== null,
        key,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(300); // the status question's answer
      const original = await replyTexts();
      expect(original.length).toBeGreaterThan(0);
      expect(await byAction('ai')).toHaveLength(0);
      await page.keyboard.press('Escape');

      // On, with the fake: the same card opened again offers "Rewrite with AI" on each suggestion.
      const saved = await call('ai.settings.set', {
        enabled: true,
        provider: 'openai',
        baseUrl: fake.baseUrl,
        model: 'fake-model',
      });
      expect(saved.ok).toBe(true);
      fake.answer(completion(`Hi, ${BANNED} we are checking your order right now.`));
      await clickNode(page, cdp, await toggle());
      await expect.poll(async () => (await byAction('ai')).length, { timeout: 10_000 }).toBe(original.length);
      const hint = (
        await inCard(cdp, key, (n) => n.nodeName === 'P' && (attr(n, 'class') ?? '').includes('ai-hint'))
      )[0]!;
      expect(await textOf(cdp, hint)).toMatch(
        /^Sends this reply’s text and the tone rules to the OpenAI-compatible service/,
      );
      expect(fake.received).toHaveLength(0);

      await clickNode(page, cdp, (await byAction('ai'))[0]!);
      // The fake's answer, re-checked: the banned word is gone.
      const rewritten = 'Hi, we are checking your order right now.';
      const status = async () =>
        Promise.all(
          (await inCard(cdp, key, (n) => attr(n, 'role') === 'status' || (attr(n, 'class') ?? '') === 'ai-note')).map(
            (n) => textOf(cdp, n),
          ),
        );
      await expect
        .poll(async () => (await replyTexts())[0], { timeout: 15_000, message: 'the card’s rewrite' })
        .toBe(rewritten)
        .catch(async (error: unknown) => {
          throw new Error(
            `${String(error)}; the card says ${JSON.stringify(await status())}; the fake got ${fake.received.length}`,
          );
        });
      expect((await replyTexts()).slice(1)).toEqual(original.slice(1));
      expect(fake.received).toHaveLength(1);
      const body = fake.received[0]!.body as { messages: { role: string; content: string }[] };
      expect(body.messages.at(-1)!.content).toContain(original[0]!);
      expect(JSON.stringify(body)).not.toContain(ITEM_TEXT); // never the comment being answered
      expect(await byAction('undo')).toHaveLength(1);

      await clickNode(page, cdp, (await byAction('insert'))[0]!);
      const boxes = () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLTextAreaElement>('textarea[name="text"]'))
            .map((t) => t.value.trim())
            .filter(Boolean),
        );
      await expect.poll(boxes, { timeout: 10_000 }).toEqual([rewritten]);

      // Undo gives the suggestion back in the card.
      await clickNode(page, cdp, (await byAction('undo'))[0]!);
      await expect.poll(async () => (await replyTexts())[0], { timeout: 5_000 }).toBe(original[0]);
      await cdp.detach();
      await page.close();
    },
    90_000,
  );

  it(
    'the tone meter’s "Rewrite draft with AI" replaces the draft in the reply box, and its Undo puts the draft ' +
      'back',
    async () => {
      const page = await context.newPage();
      await page.goto(DEMO_PAGES.find((p) => p.name === 'old-reddit')!.url);
      await waitForBadges(page, 1, 15_000);
      const box = page.locator('textarea[name="text"]').first();
      await box.click({ timeout: 5_000 });
      // On (this test does not rely on the one above having turned it on).
      expect(
        (
          await call('ai.settings.set', {
            enabled: true,
            provider: 'openai',
            baseUrl: fake.baseUrl,
            model: 'fake-model',
          })
        ).ok,
      ).toBe(true);
      const draft = `Hello, ${BANNED} the order is late, we will check it.`;
      await page.keyboard.type(draft);
      await page.waitForFunction(
        () => document.querySelector('tact-tone-meter')?.hasAttribute('data-ai') === true,
        null,
        { timeout: 10_000 },
      );
      const before = fake.received.length;
      fake.answer(completion(`Hello, ${BANNED} your order is late: we are looking into it now.`));
      const cdp = await context.newCDPSession(page);
      const inMeter = async (action: string) => {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: PiercedNode };
        for (const n of walk(root))
          if (n.nodeName === 'TACT-TONE-METER')
            for (const s of n.shadowRoots ?? [])
              for (const m of walk(s))
                if (m.nodeName === 'BUTTON' && attr(m, 'data-action') === action && attr(m, 'hidden') === undefined)
                  return m;
        return null;
      };
      await clickNode(page, cdp, (await inMeter('ai'))!);
      const rewritten = 'Hello, your order is late: we are looking into it now.';
      await expect.poll(() => box.inputValue({ timeout: 1_000 }), { timeout: 15_000 }).toBe(rewritten);
      expect(fake.received.length).toBe(before + 1);
      const body = fake.received.at(-1)!.body as { messages: { role: string; content: string }[] };
      expect(body.messages.at(-1)!.content).toContain(draft);
      await expect.poll(async () => (await inMeter('ai-undo')) !== null, { timeout: 5_000 }).toBe(true);
      // Taller with its AI row and note, the meter still sits beside the box, never over it.
      const overlap = await page.evaluate(() => {
        const m = document.querySelector('tact-tone-meter')!.getBoundingClientRect();
        const b = document.querySelector('textarea[name="text"]')!.getBoundingClientRect();
        return !(m.bottom <= b.top || m.top >= b.bottom || m.right <= b.left || m.left >= b.right);
      });
      expect(overlap).toBe(false);
      await clickNode(page, cdp, (await inMeter('ai-undo'))!);
      await expect.poll(() => box.inputValue({ timeout: 1_000 }), { timeout: 10_000 }).toBe(draft);
      await cdp.detach();
      await page.close();
    },
    90_000,
  );
});
