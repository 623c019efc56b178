// Writing into each platform's own reply box, in real Chromium with the built extension: the
// content script (isolated world, as in production) is driven by chrome.tabs.sendMessage from an
// extension page. The composers are the real editor libraries (tests/fixtures/composers, bundled
// by scripts/build-composers.ts), served at the sites' real URLs; the result is read back through
// each editor's own state (window.__readEditor), and nothing may have been posted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { COMPOSER_OUT, buildComposers } from '../../scripts/build-composers';
import type { FixtureWindow } from '../fixtures/composers/src/page';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/composers');

interface Editor {
  name: string;
  url: string;
  page: string;
  /** The way that worked when measured (tests/e2e results, 2026): the order is paste, execCommand. */
  method: 'paste' | 'execCommand' | 'textarea';
  /** The editor's text after inserting `text` at the end of `initial`, when it is not just both joined. */
  expected?: (initial: string, text: string) => string;
}

const EDITORS: Editor[] = [
  { name: 'X, Draft.js', url: 'https://x.com/acme/status/1', page: 'x-draft.html', method: 'paste' },
  {
    name: 'Facebook, Lexical plain text',
    url: 'https://www.facebook.com/acme/posts/1',
    page: 'facebook-lexical.html',
    method: 'paste',
  },
  {
    name: 'new Reddit, Lexical rich text',
    url: 'https://www.reddit.com/r/acme/comments/abc/offer/',
    page: 'reddit-lexical.html',
    method: 'paste',
  },
  {
    name: 'old Reddit, textarea',
    url: 'https://old.reddit.com/r/acme/comments/abc/offer/',
    page: 'oldreddit-textarea.html',
    method: 'textarea',
  },
  // Quill 1 ignores a synthetic paste (it reads its own hidden paste catcher, which stays empty).
  {
    name: 'LinkedIn classic, Quill 1',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    page: 'linkedin-quill1.html',
    method: 'execCommand',
  },
  {
    name: 'LinkedIn, Quill 2',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/',
    page: 'linkedin-quill2.html',
    method: 'paste',
  },
  {
    name: 'LinkedIn newer, ProseMirror',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:3/',
    page: 'linkedin-prosemirror.html',
    method: 'paste',
    // prosemirror-view turns pasted plain text into one paragraph per line and drops blank lines
    // (it splits on /(?:\r\n?|\n)+/): the paragraphs are all there, shown apart by their margins.
    expected: (initial, text) => initial + text.replace(/\n+/g, '\n'),
  },
];

const TEXTS = {
  paragraphs: 'Bonjour Julie,\n\nMerci pour votre message.',
  emoji: 'Merci 🙏🎉',
  accents: "Désolé pour l'attente, ça arrive à Noël — à très vite",
} as const;

const INITIAL = 'Déjà écrit : ';

/** Serves the hand-built pages and their bundles at the real sites' URLs; everything else is refused. */
async function routeComposers(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
  const byPath = new Map(EDITORS.map((e) => [new URL(e.url).host + new URL(e.url).pathname, e.page]));
  for (const host of new Set(EDITORS.map((e) => new URL(e.url).host))) {
    await context.route(`https://${host}/**`, (route: Route) => {
      const url = new URL(route.request().url());
      const asset = /^\/__tact_fixture__\/([a-z0-9.-]+\.(js|css))$/.exec(url.pathname);
      if (asset?.[1]) {
        const type = asset[2] === 'css' ? 'text/css' : 'text/javascript';
        return route.fulfill({ path: path.join(COMPOSER_OUT, asset[1]), contentType: type });
      }
      const page = byPath.get(url.host + url.pathname);
      if (!page || route.request().resourceType() !== 'document') return route.abort();
      return route.fulfill({
        body: readFileSync(path.join(PAGES, page), 'utf8'),
        contentType: 'text/html; charset=utf-8',
      });
    });
  }
}

describe('inserting a reply into each platform composer', () => {
  let context: BrowserContext;
  let extensionId: string;
  let site: Page;
  let ext: Page;
  const measured: string[] = [];

  beforeAll(async () => {
    await buildComposers();
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeComposers(context);
    site = await context.newPage();
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  });
  afterAll(async () => {
    console.log(`insertion results (editor | initial | text | method):\n${measured.join('\n')}`);
    await context?.close();
  });

  /** Opens a fresh editor holding `initial`, and waits for it and for the content script. */
  async function open(editor: Editor, initial: string): Promise<number> {
    const url = `${editor.url}?initial=${encodeURIComponent(initial)}`;
    await site.goto(url);
    await site.waitForFunction(() => (window as unknown as FixtureWindow).__fixtureReady === true, null, {
      timeout: 10_000,
    });
    const tabId = await ext.evaluate(
      async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1,
      url,
    );
    expect(tabId).toBeGreaterThan(0);
    return tabId;
  }

  /** Sends composer.insert to the tab's content script, retrying until the script is listening. */
  async function insert(tabId: number, text: string): Promise<unknown> {
    return ext.evaluate(
      async ({ tabId, text }) => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          try {
            return await chrome.tabs.sendMessage(tabId, { type: 'composer.insert', payload: { text } });
          } catch (error) {
            if (Date.now() > deadline) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      },
      { tabId, text },
    );
  }

  const read = () => site.evaluate(() => (window as unknown as FixtureWindow).__readEditor());
  const submits = () => site.evaluate(() => (window as unknown as FixtureWindow).__submits);

  describe.each(EDITORS)('$name', (editor) => {
    describe.each([
      { state: 'empty', initial: '' },
      { state: 'non-empty', initial: INITIAL },
    ])('$state', ({ initial }) => {
      it.each(Object.entries(TEXTS))(
        'inserts %s text exactly once, read back from the editor state, without posting',
        async (kind, text) => {
          const tabId = await open(editor, initial);
          expect(await read()).toBe(initial);
          const reply = (await insert(tabId, text)) as { ok: boolean; data?: { ok: boolean; method?: string } };
          const got = await read();
          measured.push(
            `${editor.name} | ${initial ? 'non-empty' : 'empty'} | ${kind} | ${JSON.stringify(reply.data)} |` +
              ` ${JSON.stringify(got)}`,
          );
          expect(reply).toEqual({ ok: true, data: { ok: true, method: editor.method } });
          expect(got).toBe(editor.expected ? editor.expected(initial, text) : initial + text);
          expect(await submits()).toBe(0);
        },
      );
    });
  });

  it('cannot be driven by the page: window messages and DOM events named like the command do nothing', async () => {
    await open(EDITORS[0]!, '');
    await site.evaluate(() => {
      const command = { type: 'composer.insert', payload: { text: 'from the page' } };
      window.postMessage(command, '*');
      document.dispatchEvent(new CustomEvent('composer.insert', { detail: command }));
      window.dispatchEvent(new MessageEvent('message', { data: command }));
    });
    await site.waitForTimeout(500);
    expect(await read()).toBe('');
    expect(await submits()).toBe(0);
  });

  it('says so in the page when there is no reply box to type into, and never fails silently', async () => {
    const tabId = await open(EDITORS[0]!, '');
    // The site's layout changed: no editable box left anywhere.
    await site.evaluate(() => document.querySelectorAll('[contenteditable], textarea').forEach((e) => e.remove()));
    const reply = (await insert(tabId, 'Merci pour votre message')) as {
      ok: boolean;
      data: { ok: boolean; reason: string; copied: boolean };
    };
    expect(reply).toMatchObject({ ok: true, data: { ok: false, reason: 'no_composer' } });
    const toast = site.locator('tact-toast');
    await expect.poll(() => toast.count(), { timeout: 5_000 }).toBe(1);
    const message = await toast.getAttribute('data-message');
    expect(message).toMatch(reply.data.copied ? /clipboard|presse-papiers/ : /could not|n’a pas pu/);
  });
});
