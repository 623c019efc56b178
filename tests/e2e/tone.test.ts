// Issue #6 in the page, end to end on each platform's demo page with the built extension: a mention's
// card lists suggestions in the brand's voice, one click on Insert puts the first into that item's
// reply box (read back from the box), and the reply is logged; typing a banned word makes the tone
// meter show it and its fix removes it; the keyboard command's message inserts the first suggestion.
// The overlay lives in closed shadow roots: the test reaches its buttons through the DevTools
// protocol's pierced DOM and clicks them with the mouse, as a user would.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { callBackground } from '../support/background-call';
import { exposeClosedRoots } from '../support/closed-roots';
import { composerTexts } from '../support/page-editors';
import { attr, clickInShadow, type PiercedNode } from '../support/pierced-dom';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { dictionaries } from '../../utils/i18n/messages';

// One mention per page (the same as tests/e2e/mentions.test.ts), and the reply box it is answered in.
// `inPostBox`: a comment with no reply box of its own on the demo page (no reply button, or one
// that opens nothing), answered in its post's box, which the CM is told in a toast. X's is a post.
const CASES = [
  { page: 'x', text: 'URGENT : ma RoadRunner 3000 fume', inPostBox: false },
  { page: 'facebook', text: 'la batterie de ma RoadRunner 3000 a gonflé', inPostBox: true },
  { page: 'reddit', text: 'mine started smoking while charging', inPostBox: true },
  { page: 'old-reddit', text: 'mine has been flawless for a year', inPostBox: true },
  { page: 'linkedin', text: 'sera compatible avec les bornes de recharge', inPostBox: true },
] as const;

/** The message of the page's toast, if one shows. */
const toastMessage = (page: Page) =>
  page.evaluate(() => document.querySelector('tact-toast')?.getAttribute('data-message') ?? null);
/** Starts recording every toast the page shows (a toast lasts 6 s and a later one replaces it). */
const recordToasts = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { tactToasts: string[] }).tactToasts = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n.nodeName === 'TACT-TOAST') seen.push((n as Element).getAttribute('data-message') ?? '');
    }).observe(document.documentElement, { childList: true });
  });
const toastsSeen = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { tactToasts?: string[] }).tactToasts ?? []);
/** The page UI's language when the setting is 'auto': the browser's. */
const browserLang = async (page: Page) =>
  (await page.evaluate(() => navigator.language)).toLowerCase().startsWith('fr') ? 'fr' : 'en';

const BANNED_FR = 'malheureusement';
const BANNED_EN = 'unfortunately';

/** The key of the item whose badge sits with `text` (the smallest element holding both). */
function badgeKey(page: Page, text: string): Promise<string | null> {
  return page.evaluate((needle) => {
    const found = Array.from(document.querySelectorAll('tact-badge'))
      .map((b) => {
        let n: Element | null = b.parentElement;
        while (n && !(n.textContent ?? '').includes(needle)) n = n.parentElement;
        return n ? { b, size: (n.textContent ?? '').length } : null;
      })
      .filter((x): x is { b: Element; size: number } => x !== null)
      .sort((a, z) => a.size - z.size)[0];
    return found?.b.getAttribute('data-key') ?? null;
  }, text);
}

/** The kinds of problem the tone meter lists, read inside its closed root (the host never says). */
async function meterKinds(page: Page): Promise<string> {
  await exposeClosedRoots(page);
  return page.evaluate(() => {
    const host = document.querySelector('tact-tone-meter');
    if (host?.hasAttribute('data-problems')) throw new Error('the meter wrote the problems on its host');
    return (host && window.__tactRoots?.get(host)?.querySelector<HTMLElement>('ul')?.dataset.kinds) ?? '';
  });
}

describe('in-page replies on every platform, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;
  let ext: Page;

  /** Sends a message to the background from an extension page, as the options page does. */
  const call = <T>(type: string, payload: unknown) => callBackground<T>(ext, type, payload);

  /** Reads one stored item and its logged replies straight from the database. */
  const stored = (key: string) =>
    ext.evaluate(
      (key) =>
        new Promise<{
          status: string;
          repliedAt: number | null;
          replies: string[];
          logs: Array<{ source: string; by: string; toneIssues: number }>;
        }>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['items', 'replies'], 'readonly');
            const item = tx.objectStore('items').get(key);
            const replies = tx.objectStore('replies').index('itemKey').getAll(key);
            tx.oncomplete = () => {
              resolve({
                status: item.result?.status,
                repliedAt: item.result?.repliedAt ?? null,
                replies: (replies.result as { text: string }[]).map((r) => r.text),
                logs: (replies.result as Array<{ source: string; by: string; toneIssues: number }>).map(
                  ({ source, by, toneIssues }) => ({ source, by, toneIssues }),
                ),
              });
              open.result.close();
            };
          };
        }),
      key,
    );

  /**
   * The key of the stored item whose own text holds `needle`: the shortest such text (a post's badge
   * can show before its comment's, and the post's text holds the comment's too).
   */
  const keyOfText = (needle: string) =>
    ext.evaluate(
      (needle) =>
        new Promise<string | null>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('items', 'readonly').objectStore('items').getAll();
            all.onsuccess = () => {
              const hits = (all.result as Array<{ key: string; text?: string }>).filter((i) =>
                (i.text ?? '').includes(needle),
              );
              hits.sort((a, z) => (a.text ?? '').length - (z.text ?? '').length);
              resolve(hits[0]?.key ?? null);
              open.result.close();
            };
          };
        }),
      needle,
    );

  /** The key of the item whose text holds `text`, once its own badge shows (not its post's: that can show first). */
  async function ownBadge(page: Page, text: string): Promise<string> {
    await expect.poll(() => keyOfText(text), { timeout: 10_000 }).not.toBeNull();
    const key = (await keyOfText(text))!;
    await expect
      .poll(
        () => page.evaluate((k) => document.querySelector(`tact-badge[data-key="${CSS.escape(k)}"]`) !== null, key),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await badgeKey(page, text)).toBe(key);
    return key;
  }

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const brands = await call<Array<{ id: string }>>('brands.list', {});
    const brandId = brands.data[0]!.id;
    // A tone profile per language with a banned word, written as the options page stores them.
    await ext.evaluate(
      ({ brandId, fr, en }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['toneProfiles', 'snippets'], 'readwrite');
            const store = tx.objectStore('toneProfiles');
            const now = Date.now();
            tx.objectStore('snippets').put({
              id: 's-merci',
              name: 'merci',
              language: 'fr',
              body: 'Merci {prénom} ! Votre commande {orderId} est en route.',
              tags: [],
              intents: [],
              trollTypes: [],
              usageCount: 0,
              updatedAt: now,
            });
            store.put({
              id: 'acme-fr',
              brandId,
              name: 'Acme FR',
              updatedAt: now,
              data: { language: 'fr', address: 'vous', emoji: 'none', banned: [fr] },
            });
            store.put({
              id: 'acme-en',
              brandId,
              name: 'Acme EN',
              updatedAt: now - 1,
              data: { language: 'en', emoji: 'none', banned: [en] },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { brandId, fr: BANNED_FR, en: BANNED_EN },
    );
  });
  afterAll(async () => {
    await context?.close();
  });

  async function openDemo(name: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(DEMO_PAGES.find((p) => p.name === name)!.url);
    await waitForBadges(page, 1, 15_000);
    return page;
  }

  it.each(CASES)(
    '$page: Insert on a suggestion puts exactly that text into the reply box and logs it',
    async ({ page: name, text, inPostBox }) => {
      const page = await openDemo(name);
      const key = await ownBadge(page, text);
      const expected = await call<{ found: boolean; replies: Array<{ text: string; snippet: string | null }> }>(
        'suggest.forItem',
        { key },
      );
      expect(expected.data.found).toBe(true);
      expect(expected.data.replies.length).toBeGreaterThan(0);

      const host = (n: PiercedNode) => n.nodeName === 'TACT-BADGE' && attr(n, 'data-key') === key;
      await clickInShadow(page, host, (n) => n.nodeName === 'BUTTON' && attr(n, 'aria-expanded') !== undefined);
      await page.waitForFunction(
        (k) =>
          document.querySelector(`tact-badge[data-key="${CSS.escape(k)}"]`)?.getAttribute('data-suggestions') !== null,
        key,
        { timeout: 10_000 },
      );
      expect(
        await page.evaluate(
          (k) => document.querySelector(`tact-badge[data-key="${CSS.escape(k)}"]`)?.getAttribute('data-suggestions'),
          key,
        ),
      ).toBe(String(expected.data.replies.length));
      expect(await composerTexts(page)).toEqual([]);

      await recordToasts(page);
      await clickInShadow(page, host, (n) => n.nodeName === 'BUTTON' && attr(n, 'data-action') === 'insert');
      const first = expected.data.replies[0]!.text;
      await expect.poll(() => composerTexts(page), { timeout: 10_000 }).toEqual([first]);
      // Put in the post's box rather than the comment's own: said at once; else no such toast.
      const told = dictionaries[await browserLang(page)]['insert.inPostBox'];
      if (inPostBox) await expect.poll(() => toastsSeen(page), { timeout: 5_000 }).toContain(told);
      else expect(await toastsSeen(page)).not.toContain(told);

      const row = await stored(key);
      expect(row.replies).toEqual([first]);
      // Who (no CM name set, no team sync: ''), from a suggestion (or the team snippet it was built from).
      const source = expected.data.replies[0]!.snippet ? 'snippet' : 'suggestion';
      expect(row.logs).toEqual([{ source, by: '', toneIssues: expect.any(Number) }]);
      expect(row.status).toBe('in_progress');
      expect(row.repliedAt).toBeGreaterThan(0);
      // The banned words of the brand's profiles are never suggested.
      for (const r of expected.data.replies) expect(r.text.toLowerCase()).not.toMatch(/malheureusement|unfortunately/);
      await page.close();
    },
  );

  it.each([
    { page: 'facebook', word: BANNED_FR, draft: `Bonjour, ${BANNED_FR} nous ne pouvons pas répondre ici.` },
    { page: 'old-reddit', word: BANNED_FR, draft: `Bonjour, ${BANNED_FR} nous ne pouvons pas répondre ici.` },
    { page: 'linkedin', word: BANNED_FR, draft: `Bonjour, ${BANNED_FR} nous ne pouvons pas répondre ici.` },
  ])(
    '$page: the tone meter flags a banned word typed in the reply box, and its fix removes it',
    async ({ page: name, word, draft }) => {
      const page = await openDemo(name);
      const box = page.locator('textarea[name="text"], [contenteditable="true"]').first();
      await box.click();
      await page.keyboard.type(draft);
      await expect.poll(() => meterKinds(page), { timeout: 10_000 }).toMatch(/\bbanned_word\b/);
      // Beside the box, never over it.
      const overlap = await page.evaluate(() => {
        const m = document.querySelector('tact-tone-meter')!.getBoundingClientRect();
        const b = document.activeElement!.getBoundingClientRect();
        return !(m.bottom <= b.top || m.top >= b.bottom || m.right <= b.left || m.left >= b.right);
      });
      expect(overlap).toBe(false);
      await clickInShadow(
        page,
        (n) => n.nodeName === 'TACT-TONE-METER',
        (n) => n.nodeName === 'BUTTON' && attr(n, 'data-kind') === 'banned_word',
      );
      await expect
        .poll(async () => (await composerTexts(page)).join('\n').toLowerCase().includes(word), { timeout: 10_000 })
        .toBe(false);
      const after = (await composerTexts(page)).join('\n');
      expect(after).toContain('nous ne pouvons pas répondre ici');
      await expect.poll(() => meterKinds(page), { timeout: 10_000 }).not.toMatch(/\bbanned_word\b/);
      await page.close();
    },
  );

  it('old-reddit: the focus-tone-meter command (its message) puts the focus on the fix; Enter applies it', async () => {
    const page = await openDemo('old-reddit');
    const box = page.locator('textarea[name="text"]').first();
    await box.click();
    await page.keyboard.type(`Bonjour, ${BANNED_FR} non.`);
    await expect.poll(() => meterKinds(page), { timeout: 10_000 }).toMatch(/\bbanned_word\b/);
    const tabId = await ext.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
    expect(
      await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tone.focusMeter', payload: {} }), tabId),
    ).toEqual({ ok: true, data: { focused: true } });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TACT-TONE-METER');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await composerTexts(page)).join(''), { timeout: 10_000 }).not.toContain(BANNED_FR);
    await page.close();
  });

  it('the keyboard command (its message to a tab) inserts the first suggestion for the last opened card', async () => {
    const { page: name, text } = CASES[3];
    const page = await openDemo(name);
    const key = await ownBadge(page, text);
    const host = (n: PiercedNode) => n.nodeName === 'TACT-BADGE' && attr(n, 'data-key') === key;
    await clickInShadow(page, host, (n) => n.nodeName === 'BUTTON' && attr(n, 'aria-expanded') !== undefined);
    await page.keyboard.press('Escape');
    const expected = await call<{ replies: Array<{ text: string }> }>('suggest.forItem', { key });
    const tabId = await ext.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
    // What the background sends when the shortcut is pressed (entrypoints/background/index.ts).
    // The options switch the UI to French while the page is open: the background tells the tab.
    const other = (await browserLang(page)) === 'fr' ? 'en' : 'fr';
    expect((await call<{ language: string }>('settings.set', { language: other })).data.language).toBe(other);
    try {
      const reply = await ext.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'suggest.insertFirst', payload: {} }),
        tabId,
      );
      expect(reply).toEqual({ ok: true, data: { inserted: true, reason: 'ok' } });
      expect(await composerTexts(page)).toEqual([expected.data.replies[0]!.text]);
      // A comment answered in its post's box (CASES[3]): told so, in the language just chosen.
      await expect.poll(() => toastMessage(page), { timeout: 5_000 }).toBe(dictionaries[other]['insert.inPostBox']);
    } finally {
      await call('settings.set', { language: 'auto' });
    }
    await page.close();
  });

  it('a page opened after the options chose the other language speaks it from the start', async () => {
    const other = (await browserLang(ext)) === 'fr' ? 'en' : 'fr';
    await call('settings.set', { language: other });
    try {
      const page = await openDemo('reddit');
      const tabId = await ext.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, page.url());
      // Nothing typed anywhere: the command says so in a toast, in the chosen language.
      expect(
        await ext.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tone.focusMeter', payload: {} }), tabId),
      ).toEqual({ ok: true, data: { focused: false } });
      expect(await toastMessage(page)).toBe(dictionaries[other]['meter.nothing']);
      await page.close();
    } finally {
      await call('settings.set', { language: 'auto' });
    }
  });

  it('reddit: the card works from the keyboard (Tab to Insert, Escape gives focus back, Enter inserts)', async () => {
    const { page: name, text } = CASES[2];
    const page = await openDemo(name);
    const key = await ownBadge(page, text);
    const sel = `tact-badge[data-key="${key}"]`;
    await clickInShadow(
      page,
      (n) => n.nodeName === 'TACT-BADGE' && attr(n, 'data-key') === key,
      (n) => n.nodeName === 'BUTTON' && attr(n, 'aria-expanded') !== undefined,
    );
    await page.waitForSelector(`${sel}[data-suggestions]`, { timeout: 10_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(
        (s) => ({
          open: document.querySelector(s)!.hasAttribute('data-open'),
          focused: document.activeElement === document.querySelector(s),
        }),
        sel,
      ),
    ).toEqual({ open: false, focused: true });
    await page.keyboard.press('Enter'); // the badge's button has the focus: it opens the card again
    await page.waitForSelector(`${sel}[data-open]`, { timeout: 5_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const expected = await call<{ replies: Array<{ text: string }> }>('suggest.forItem', { key });
    await expect.poll(() => composerTexts(page), { timeout: 10_000 }).toEqual([expected.data.replies[0]!.text]);
    await page.close();
  });

  it.each(['old-reddit', 'linkedin'])(
    '%s: "/mer" + Enter in a reply box inserts the snippet, selects its first blank and counts the use',
    async (name) => {
      const page = await openDemo(name);
      const box = page.locator('textarea[name="text"], [contenteditable="true"]').first();
      await box.click();
      await page.keyboard.type('Oui. /mer');
      // The list opens only for the text as it is once the snippets are loaded (quick-insert.ts); the
      // selected snippet's name stays in its shadow root.
      await page.waitForSelector('tact-quick-insert:not([hidden])', { timeout: 10_000 });
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => (await composerTexts(page)).join('\n'), { timeout: 10_000 })
        .toMatch(/^Oui\. Merci .*! Votre commande \{orderId\} est en route\.$/);
      expect(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLTextAreaElement | HTMLElement;
          return el instanceof HTMLTextAreaElement
            ? el.value.slice(el.selectionStart, el.selectionEnd)
            : String(document.getSelection());
        }),
      ).toMatch(/^\{(prénom|orderId)\}$/);
      await page.close();
    },
  );

  it('counted both uses of the snippet', async () => {
    const count = await ext.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('snippets').objectStore('snippets').get('s-merci');
            get.onsuccess = () => {
              resolve(get.result.usageCount);
              open.result.close();
            };
          };
        }),
    );
    expect(count).toBe(2);
  });
});
