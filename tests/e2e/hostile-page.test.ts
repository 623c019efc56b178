// Issue #13, a hostile page: its own scripts type "/" + a snippet's start and Enter with synthetic
// events, read every attribute of every element Tact adds, post WXT's start-up message and dispatch
// its start-up event, clobber globals (window.chrome, Array.prototype.map, Node.prototype methods) after
// Tact started, and re-render the items again and again. Tact leaks nothing and keeps working: badges
// are drawn on the new nodes, and the user's real typing still inserts a snippet.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { TROLL_TYPE_IDS } from '../../utils/trolls/core/typology';

const SNIPPET = { id: 's-hostile', name: 'remboursement', body: 'Remboursement SECRET-7731 validé.' };
const NOTE = 'NOTE-SECRET-99 banni du forum';
const LABELLED = 'reddit:u/xx_darkvador_xx';
/**
 * What the page must never read in Tact's parts: the snippet, the verdicts, the author's labels and
 * note, the brands and the analysis of a mention, the problems of the CM's draft.
 */
const PRIVATE = [
  SNIPPET.name,
  'SECRET-7731',
  'NOTE-SECRET',
  'known_troll',
  ...TROLL_TYPE_IDS,
  'Acme',
  'data-label',
  'data-intent',
  'data-priority',
  'data-problems',
];
const BOX = 'textarea[name="text"]';

/** Every attribute of every element Tact added to the page's DOM (its hosts), as the page reads them. */
const tactAttributes = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((el) => el.localName.startsWith('tact-'))
      .flatMap((el) => Array.from(el.attributes, (a) => `${el.localName} ${a.name}=${a.value}`)),
  );

/** The page's script types `text` then presses `keys` in the first reply box, with synthetic events only. */
const syntheticTyping = (page: Page, text: string, keys: string[]) =>
  page.evaluate(
    ({ sel, text, keys }) => {
      const box = document.querySelector<HTMLTextAreaElement>(sel)!;
      box.focus();
      const key = (k: string) => {
        for (const type of ['keydown', 'keyup']) {
          box.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true }));
        }
      };
      for (const ch of text) {
        key(ch);
        box.value += ch;
        box.setSelectionRange(box.value.length, box.value.length);
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
      }
      return new Promise<void>((resolve) => {
        // Leave Tact time to load the snippets and open its list, as it would for the user.
        setTimeout(() => {
          for (const k of keys) key(k);
          resolve();
        }, 500);
      });
    },
    { sel: BOX, text, keys },
  );

describe('a hostile page', () => {
  let context: BrowserContext;
  let extensionId: string;
  const url = DEMO_PAGES.find((p) => p.name === 'old-reddit')!.url;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    await ext.evaluate(
      (s) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('snippets', 'readwrite');
            tx.objectStore('snippets').put({
              ...s,
              language: 'fr',
              tags: [],
              intents: [],
              trollTypes: [],
              usageCount: 0,
              updatedAt: Date.now(),
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      SNIPPET,
    );
    const labelled = await ext.evaluate((payload) => chrome.runtime.sendMessage({ type: 'authors.label', payload }), {
      key: LABELLED,
      labels: ['known_troll'],
      note: NOTE,
    });
    expect(labelled).toMatchObject({ ok: true });
    await ext.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  async function openPage(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url);
    await waitForBadges(page, 1, 15_000);
    await page.waitForFunction(() => document.querySelectorAll('tact-flag').length >= 2, null, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('tact-chip') !== null, null, { timeout: 15_000 });
    return page;
  }

  /** The user types "/rem" with the real keyboard and picks the snippet: the list opens, Enter inserts it. */
  async function trustedInsert(page: Page): Promise<void> {
    await page.locator(BOX).first().click();
    await page.keyboard.type(' /rem');
    await page.waitForSelector('tact-quick-insert:not([hidden])', { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(BOX).first().inputValue(), { timeout: 10_000 })
      .toContain('Remboursement SECRET-7731 validé.');
  }

  it('gets nothing from typing "/rem" + ArrowDown + Enter with synthetic events or execCommand', async () => {
    const page = await openPage();
    // The user's own use first: the snippets are loaded, so Tact would answer at once.
    await trustedInsert(page);
    await page.locator(BOX).first().fill('');
    await syntheticTyping(page, 'Bonjour /rem', ['ArrowDown', 'Enter']);
    // What the page's script sees: its own text, no snippet, no open list.
    const seen = await page.evaluate((sel) => {
      const host = document.querySelector<HTMLElement>('tact-quick-insert');
      return { value: document.querySelector<HTMLTextAreaElement>(sel)!.value, open: host ? !host.hidden : false };
    }, BOX);
    expect(seen).toEqual({ value: 'Bonjour /rem', open: false });
    // execCommand makes trusted input events, but no key press: the list must not open (its size
    // would tell the page how many snippet names start with what it typed).
    const opened = await page.evaluate(async (sel) => {
      const box = document.querySelector<HTMLTextAreaElement>(sel)!;
      box.focus();
      box.select();
      document.execCommand('insertText', false, 'Salut /rem');
      await new Promise((r) => setTimeout(r, 500));
      const host = document.querySelector<HTMLElement>('tact-quick-insert');
      return { value: box.value, open: host ? !host.hidden : false };
    }, BOX);
    expect(opened).toEqual({ value: 'Salut /rem', open: false });
    await page.close();
  });

  it('reads no snippet, verdict, label or note in any attribute Tact adds, nor in the page’s DOM', async () => {
    const page = await openPage();
    // Every part drawn: badges, flags, chips, the "/" list (open), a flag's card (open).
    await page.locator(BOX).first().click();
    await page.keyboard.type('/rem');
    await page.waitForSelector('tact-quick-insert:not([hidden])', { timeout: 10_000 });
    await page.locator('tact-flag').first().click();
    await page.waitForSelector('tact-flag[data-open]', { timeout: 10_000 });
    const attributes = await tactAttributes(page);
    expect(attributes.length).toBeGreaterThan(0);
    for (const secret of PRIVATE) expect(attributes.filter((a) => a.includes(secret))).toEqual([]);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    for (const secret of [SNIPPET.name, 'SECRET-7731', 'NOTE-SECRET', 'known_troll', 'known troll']) {
      expect(html).not.toContain(secret);
    }
    await page.close();
  });

  it('cannot switch Tact off with WXT’s start-up message or event, nor stop it by clobbering globals', async () => {
    const page = await openPage();
    const before = await page.evaluate(() => document.querySelectorAll('tact-badge').length);
    await page.evaluate((id) => {
      for (const name of ['x', 'facebook', 'reddit', 'linkedin']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        const detail = { contentScriptName: name, messageId: 'hostile' };
        window.postMessage({ type, ...detail }, '*');
        window.postMessage({ type: 'wxt:content-script-started', ...detail }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
      }
      for (let i = 0; i < 50; i++) window.postMessage({ type: `tact:${i}`, payload: Math.random() }, '*');
      // After Tact started: lying and throwing versions of what a content script might use.
      Object.defineProperty(window, 'chrome', { value: { runtime: { id: 'lie', sendMessage: () => 0 } } });
      Array.prototype.map = function () {
        return [];
      };
      Node.prototype.appendChild = function () {
        throw new Error('hostile appendChild');
      };
      Node.prototype.insertBefore = function () {
        throw new Error('hostile insertBefore');
      };
    }, extensionId);
    // Re-render every item five times over, one frame apart, with fresh nodes (the page's own world
    // uses replaceWith, which it did not clobber).
    await page.evaluate(async () => {
      for (let round = 0; round < 5; round++) {
        for (const thing of Array.from(document.querySelectorAll('.thing'))) {
          const fresh = thing.cloneNode(true) as Element;
          fresh.querySelectorAll('[class^="tact"], tact-badge, tact-flag, tact-chip').forEach((n) => n.remove());
          thing.replaceWith(fresh);
        }
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    // Tact draws its badges on the new nodes, and nothing private appears on them.
    await page.waitForFunction((n) => document.querySelectorAll('tact-badge').length >= n, before, { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll('tact-flag').length >= 2, null, { timeout: 15_000 });
    const attributes = await tactAttributes(page);
    for (const secret of PRIVATE) expect(attributes.filter((a) => a.includes(secret))).toEqual([]);
    // The user's real typing still drives the "/" insert.
    await trustedInsert(page);
    await page.close();
  });
});
