// The tone meter's fix and the "/" quick insert rewrite text already in the box: checked here in the
// sites' real editor libraries (tests/fixtures/composers, as tests/e2e/insert.test.ts), read back
// through each editor's own state, with nothing posted (the quick insert's Enter never reaches the site).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { exposeClosedRoots } from '../support/closed-roots';
import { COMPOSER_OUT, buildComposers } from '../../scripts/build-composers';
import { seedBrand } from '../../scripts/lib/extension';
import { applyFix, checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import type { FixtureWindow } from '../fixtures/composers/src/page';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/composers');

const EDITORS = [
  { name: 'X, Draft.js', url: 'https://x.com/acme/status/1', page: 'x-draft.html' },
  { name: 'Facebook, Lexical plain text', url: 'https://www.facebook.com/acme/posts/1', page: 'facebook-lexical.html' },
  {
    name: 'new Reddit, Lexical rich text',
    url: 'https://www.reddit.com/r/acme/comments/abc/offer/',
    page: 'reddit-lexical.html',
  },
  {
    name: 'old Reddit, textarea',
    url: 'https://old.reddit.com/r/acme/comments/abc/offer/',
    page: 'oldreddit-textarea.html',
  },
  {
    name: 'LinkedIn classic, Quill 1',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    page: 'linkedin-quill1.html',
  },
  {
    name: 'LinkedIn, Quill 2',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:2/',
    page: 'linkedin-quill2.html',
  },
  {
    name: 'LinkedIn newer, ProseMirror',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:3/',
    page: 'linkedin-prosemirror.html',
  },
];

const PROFILE = { name: 'Acme FR', language: 'fr', address: 'vous', emoji: 'none', banned: ['malheureusement'] };
const DRAFT = 'Bonjour, malheureusement nous ne pouvons pas.';
const SNIPPET = {
  id: 's-merci',
  name: 'merci',
  language: 'fr',
  body: 'Merci pour votre retour, commande {orderId} notée.',
  tags: [],
  intents: [],
  trollTypes: [],
  usageCount: 0,
  updatedAt: 1,
};

async function routeComposers(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    return url.startsWith('chrome-extension:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  const byPath = new Map(EDITORS.map((e) => [new URL(e.url).host + new URL(e.url).pathname, e.page]));
  for (const host of new Set(EDITORS.map((e) => new URL(e.url).host))) {
    await context.route(`https://${host}/**`, (route: Route) => {
      const url = new URL(route.request().url());
      const asset = /^\/__tact_fixture__\/([a-z0-9.-]+\.(js|css))$/.exec(url.pathname);
      if (asset?.[1])
        return route.fulfill({
          path: path.join(COMPOSER_OUT, asset[1]),
          contentType: asset[2] === 'css' ? 'text/css' : 'text/javascript',
        });
      const page = byPath.get(url.host + url.pathname);
      if (!page || route.request().resourceType() !== 'document') return route.abort();
      return route.fulfill({
        body: readFileSync(path.join(PAGES, page), 'utf8'),
        contentType: 'text/html; charset=utf-8',
      });
    });
  }
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

describe('rewriting text in the real editors (tone fix, "/" quick insert)', () => {
  let context: BrowserContext;
  let site: Page;

  beforeAll(async () => {
    await buildComposers();
    let extensionId: string;
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeComposers(context);
    await seedBrand(context, extensionId, { name: 'Acme', handles: ['@acme'] });
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const brandId = (
      (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'brands.list', payload: {} }))) as {
        data: Array<{ id: string }>;
      }
    ).data[0]!.id;
    await ext.evaluate(
      ({ brandId, profile, snippet }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['toneProfiles', 'snippets'], 'readwrite');
            tx.objectStore('toneProfiles').put({
              id: 'acme-fr',
              brandId,
              name: profile.name,
              data: profile,
              updatedAt: Date.now(),
            });
            tx.objectStore('snippets').put(snippet);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { brandId, profile: PROFILE, snippet: SNIPPET },
    );
    await ext.close();
    site = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  const read = () => site.evaluate(() => (window as unknown as FixtureWindow).__readEditor());
  const submits = () => site.evaluate(() => (window as unknown as FixtureWindow).__submits);

  async function open(url: string): Promise<void> {
    await site.goto(url);
    await site.waitForFunction(() => (window as unknown as FixtureWindow).__fixtureReady === true, null, {
      timeout: 10_000,
    });
    const box = site.locator('textarea, [contenteditable="true"]').first();
    await box.click();
    await box.focus(); // old Reddit's 1×1-character textarea may not take the click
  }

  async function clickFix(kind: string): Promise<void> {
    const cdp = await context.newCDPSession(site);
    try {
      type N = { backendNodeId: number; nodeName: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: N };
      const all: N[] = [];
      const walk = (n: N, inMeter: boolean) => {
        const meter = inMeter || n.nodeName === 'TACT-TONE-METER';
        if (meter) all.push(n);
        for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, meter);
      };
      walk(root, false);
      const button = all.find(
        (n) => n.nodeName === 'BUTTON' && (n.attributes ?? []).join(' ').includes(`data-kind ${kind}`),
      );
      if (!button) throw new Error(`no ${kind} fix in the meter`);
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
        model: { content: number[] };
      };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      await site.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    } finally {
      await cdp.detach();
    }
  }

  it.each(EDITORS)(
    '$name: the meter flags the banned word and its fix leaves exactly the fixed draft',
    async ({ url }) => {
      await open(url);
      await site.keyboard.type(DRAFT);
      await expect.poll(read, { timeout: 5_000 }).toBe(DRAFT);
      await expect.poll(() => meterKinds(site), { timeout: 10_000 }).toMatch(/\bbanned_word\b/);
      const profile = toneProfileSchema.parse(PROFILE);
      const fix = checkDraft(DRAFT, profile, { platform: 'x', lang: 'fr' }).find((p) => p.kind === 'banned_word')!.fix!;
      await clickFix('banned_word');
      await expect.poll(read, { timeout: 5_000 }).toBe(applyFix(DRAFT, fix));
      expect(await submits()).toBe(0);
    },
  );

  it.each(EDITORS)('$name: "/mer" + Enter puts the snippet in place of "/mer", without posting', async ({ url }) => {
    await open(url);
    await site.keyboard.type('Oui. /mer');
    // The list opens only for the text as it is once the snippets are loaded (quick-insert.ts); the
    // selected snippet's name stays in its shadow root.
    await site.waitForSelector('tact-quick-insert:not([hidden])', { timeout: 10_000 });
    await site.keyboard.press('Enter');
    await expect.poll(read, { timeout: 5_000 }).toBe('Oui. Merci pour votre retour, commande {orderId} notée.');
    expect(await submits()).toBe(0);
  });
});
