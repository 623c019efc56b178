import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { DEFAULT_SETTINGS } from '../../utils/settings/core/schema';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
const foreign: SenderInfo = { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' };

let db: TactDB;
let badges: Array<[number, number]>;
let alerts: unknown[];
let revealed: Array<[number, string]>;
let opened: string[];
let revealOk = true;
let handle: ReturnType<typeof createRouter>;

beforeEach(async () => {
  db = new TactDB(`router-${Math.random()}`);
  badges = [];
  alerts = [];
  revealed = [];
  opened = [];
  revealOk = true;
  handle = createRouter(
    createHandlers(db, {
      setBadge: async (tabId, n) => void badges.push([tabId, n]),
      notify: async (a) => void alerts.push(a),
      revealInTab: async (tabId, id) => {
        revealed.push([tabId, id]);
        return revealOk;
      },
      openTab: async (url) => void opened.push(url),
    }),
    EXT,
  );
});

const acme = { name: 'Acme', handles: ['@acme'], products: ['RoadRunner 3000'], exclude: ['acme of perfection'] };
const tweet = (id: string, text: string) => ({
  platform: 'x',
  platformId: id,
  kind: 'post',
  author: { name: 'Jo', handle: '@jo', url: 'https://x.com/jo' },
  text,
  permalink: `https://x.com/jo/status/${id}`,
});

describe('createRouter', () => {
  it('answers { ok: true, data } to a valid request from an extension page', async () => {
    const reply = await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    expect(reply.ok).toBe(true);
    const list = await handle({ type: 'brands.list', payload: {} }, page);
    expect(list).toMatchObject({ ok: true, data: [{ name: 'Acme', handles: ['@acme'] }] });
  });

  it.each([
    ['not an object', 'hello'],
    ['no type', { payload: {} }],
    ['a null', null],
  ])('rejects a malformed envelope (%s) with bad_message', async (_why, message) => {
    expect(await handle(message, page)).toMatchObject({ ok: false, error: { code: 'bad_message' } });
  });

  it('rejects an unknown type, including inherited property names', async () => {
    for (const type of ['nope', 'toString', '__proto__']) {
      expect(await handle({ type, payload: {} }, page)).toMatchObject({ ok: false, error: { code: 'unknown_type' } });
    }
  });

  it('rejects an invalid payload with the fields at fault and changes nothing', async () => {
    const reply = await handle({ type: 'brands.save', payload: { brand: { name: '', handles: ['acme'] } } }, page);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid');
    expect(reply.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['brand.name', 'brand.handles.0']));
    expect(await db.brands.count()).toBe(0);
  });

  it('refuses a foreign sender and a sender without an id', async () => {
    for (const sender of [foreign, {}, { url: 'https://evil.example/' }]) {
      const reply = await handle({ type: 'brands.save', payload: { brand: acme } }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.brands.count()).toBe(0);
  });

  it('refuses page-only messages from a content script', async () => {
    const reply = await handle({ type: 'brands.save', payload: { brand: acme } }, content);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('analyses seen items, stores them for the tab and sets the badge to the count needing attention', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    const reply = await handle(
      {
        type: 'items.seen',
        payload: {
          platform: 'x',
          url: 'https://x.com/home',
          items: [
            tweet('1', 'Mon RoadRunner 3000 est cassé @acme'),
            tweet('2', 'Nothing to see'),
            tweet('3', 'the acme of perfection'),
          ],
        },
      },
      content,
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const results = (reply.data as { results: Array<{ key: string; attention: boolean; mentions: unknown[] }> })
      .results;
    expect(results.map((r) => [r.key, r.attention, r.mentions.length])).toEqual([
      ['x:1', true, 2],
      ['x:2', false, 0],
      ['x:3', false, 0],
    ]);
    expect(badges.at(-1)).toEqual([7, 1]);
    const summary = await handle({ type: 'tab.summary', payload: { tabId: 7, url: 'https://x.com/home' } }, page);
    expect(summary).toMatchObject({ ok: true, data: { platform: 'x', items: 3, mentions: 1, attention: 1 } });
  });

  it('forgets a tab’s items when its page starts again, and when an item is handled the badge drops', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('1', '@acme help')] } },
      content,
    );
    await handle({ type: 'items.setStatus', payload: { key: 'x:1', status: 'replied' } }, page);
    expect((await db.items.get('x:1'))?.attention).toBe(0);
    await handle({ type: 'page.start', payload: { platform: 'x', url: 'https://x.com/home' } }, content);
    expect(await db.sightings.count()).toBe(0);
    expect(badges.at(-1)).toEqual([7, 0]);
  });

  it('reports a handler failure as { ok: false } instead of throwing', async () => {
    const broken = createRouter(
      {
        ...createHandlers(db, {
          setBadge: async () => {},
          notify: async () => {},
          revealInTab: async () => false,
          openTab: async () => {},
        }),
        'brands.list': async () => {
          throw new Error('disk full');
        },
      },
      EXT,
    );
    expect(await broken({ type: 'brands.list', payload: {} }, page)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
  });
});

describe('layout health', () => {
  it('tells the popup a site’s layout was not recognised when its adapter found nothing', async () => {
    await handle(
      { type: 'page.health', payload: { platform: 'linkedin', url: 'https://www.linkedin.com/feed/', found: 0 } },
      content,
    );
    const reply = await handle(
      { type: 'tab.summary', payload: { tabId: 9, url: 'https://www.linkedin.com/feed/' } },
      page,
    );
    expect(reply).toMatchObject({ ok: true, data: { platform: 'linkedin', items: 0, health: 'no_items' } });
  });

  it('logs each page read for the reports’ coverage, a page with nothing found as a layout problem', async () => {
    await handle({ type: 'page.health', payload: { platform: 'x', url: 'https://x.com/home', found: 12 } }, content);
    await handle(
      { type: 'page.health', payload: { platform: 'linkedin', url: 'https://www.linkedin.com/feed/', found: 0 } },
      content,
    );
    const pages = (await db.events.where('type').equals('page').toArray()).map((e) => e.data);
    expect(pages).toEqual([
      { platform: 'x', found: 12, problem: false },
      { platform: 'linkedin', found: 0, problem: true },
    ]);
  });

  it('says ok once items were found, and says nothing about a site Tact does not run on', async () => {
    await handle({ type: 'page.health', payload: { platform: 'x', url: 'https://x.com/home', found: 12 } }, content);
    expect(await handle({ type: 'tab.summary', payload: { tabId: 9, url: 'https://x.com/home' } }, page)).toMatchObject(
      { data: { health: 'ok' } },
    );
    expect(
      await handle({ type: 'tab.summary', payload: { tabId: 9, url: 'https://example.org/' } }, page),
    ).toMatchObject({
      data: { platform: null, health: 'unknown' },
    });
  });
});

describe('first-response time', () => {
  it('stamps repliedAt when an item is marked replied, keeps it, and clears it when reopened', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('5', '@acme ?')] } },
      content,
    );
    expect((await db.items.get('x:5'))?.repliedAt).toBeNull();
    await handle({ type: 'items.setStatus', payload: { key: 'x:5', status: 'replied' } }, page);
    const stamped = (await db.items.get('x:5'))?.repliedAt;
    expect(stamped).toBeGreaterThan(0);
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('5', '@acme ?')] } },
      content,
    );
    expect((await db.items.get('x:5'))?.repliedAt).toBe(stamped);
    await handle({ type: 'items.setStatus', payload: { key: 'x:5', status: 'new' } }, page);
    expect((await db.items.get('x:5'))?.repliedAt).toBeNull();
  });
});

describe('alerts.dismiss', () => {
  it('hides a spike alert, and refuses to touch other events', async () => {
    const id = await db.events.add({ type: 'spike', at: 1, data: { brandId: 'b1', dismissed: false } });
    const other = await db.events.add({ type: 'status', at: 1, data: {} });
    expect(await handle({ type: 'alerts.dismiss', payload: { id } }, page)).toEqual({
      ok: true,
      data: { dismissed: true },
    });
    expect((await db.events.get(id))?.data?.dismissed).toBe(true);
    expect(await handle({ type: 'alerts.dismiss', payload: { id: other } }, page)).toEqual({
      ok: true,
      data: { dismissed: false },
    });
    expect(await handle({ type: 'alerts.dismiss', payload: { id } }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('spike alerts from items.seen', () => {
  it('checks the new complaints of a batch once, and reads nothing when the same items are seen again', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    const batch = Array.from({ length: 6 }, (_, i) =>
      tweet(`c${i}`, `@acme ma commande n°${i} n’est jamais arrivée, c’est honteux`),
    );
    const seen = { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: batch } };
    expect(await handle(seen, content)).toMatchObject({ ok: true });
    expect(alerts).toMatchObject([{ brandName: 'Acme', recent: 6 }]);
    const where = vi.spyOn(db.items, 'where');
    expect(await handle(seen, content)).toMatchObject({ ok: true });
    expect(where.mock.calls.filter(([index]) => (index as unknown) === 'firstSeenAt')).toEqual([]);
    expect(alerts).toHaveLength(1);
  });
});

describe('toolbar badge under load', () => {
  it('counts the tab fewer times than it receives batches, and ends on the right number', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    badges = [];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        handle(
          {
            type: 'items.seen',
            payload: { platform: 'x', url: 'https://x.com/home', items: [tweet(`b${i}`, `@acme n°${i}`)] },
          },
          content,
        ),
      ),
    );
    expect(badges.length).toBeLessThan(8);
    expect(badges.at(-1)).toEqual([7, 8]);
  });
});

describe('mention analysis', () => {
  it('returns and stores the intent, sentiment and priority of a mention, and none for other items', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    const reply = await handle(
      {
        type: 'items.seen',
        payload: {
          platform: 'x',
          url: 'https://x.com/home',
          items: [tweet('u1', 'URGENT @acme mon RoadRunner 3000 fume et sent le brûlé !'), tweet('u2', 'il fait beau')],
        },
      },
      content,
    );
    expect(reply).toMatchObject({
      ok: true,
      data: {
        results: [
          { key: 'x:u1', analysis: { intent: 'urgent', lang: 'fr' } },
          { key: 'x:u2', analysis: null },
        ],
      },
    });
    const stored = await db.items.get('x:u1');
    expect(stored?.intent).toBe('urgent');
    expect(stored?.priority).toBeGreaterThanOrEqual(74);
    expect(stored?.sentiment).toBeLessThan(0);
  });
});

describe('items.open', () => {
  it('brings the CM back to the tab that shows the item, else opens its permalink, else says none', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('o1', '@acme ?')] } },
      content,
    );
    expect(await handle({ type: 'items.open', payload: { key: 'x:o1' } }, page)).toEqual({
      ok: true,
      data: { opened: 'tab' },
    });
    expect(revealed).toEqual([[7, 'o1']]);
    revealOk = false;
    expect(await handle({ type: 'items.open', payload: { key: 'x:o1' } }, page)).toEqual({
      ok: true,
      data: { opened: 'new_tab' },
    });
    expect(opened).toEqual(['https://x.com/jo/status/o1']);
    expect(await handle({ type: 'items.open', payload: { key: 'x:nope' } }, page)).toEqual({
      ok: true,
      data: { opened: 'none' },
    });
    expect(await handle({ type: 'items.open', payload: { key: 'x:o1' } }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('fixes from review', () => {
  it('changes one setting without resetting the others', async () => {
    await handle({ type: 'settings.set', payload: { onboarded: true } }, page);
    await handle({ type: 'settings.set', payload: { cmName: ' Marie ' } }, page);
    await handle({ type: 'settings.set', payload: { language: 'fr' } }, page);
    expect(await handle({ type: 'settings.get', payload: {} }, page)).toEqual({
      ok: true,
      data: { ...DEFAULT_SETTINGS, language: 'fr', onboarded: true, cmName: 'Marie' },
    });
  });

  it('updates the toolbar count when a mention is marked replied', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('r1', '@acme ?')] } },
      content,
    );
    expect(badges.at(-1)).toEqual([7, 1]);
    await handle({ type: 'items.setStatus', payload: { key: 'x:r1', status: 'replied' } }, page);
    expect(badges.at(-1)).toEqual([7, 0]);
  });

  it('takes a deleted brand out of its items, the inbox and the toolbar count', async () => {
    const saved = await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    const id = (saved as { data: { id: string } }).data.id;
    await handle(
      { type: 'items.seen', payload: { platform: 'x', url: 'https://x.com/home', items: [tweet('d1', '@acme ?')] } },
      content,
    );
    await handle({ type: 'brands.delete', payload: { id } }, page);
    expect(await db.items.get('x:d1')).toMatchObject({ brandIds: [], attention: 0 });
    expect(badges.at(-1)).toEqual([7, 0]);
  });
});

describe('late batches after an SPA navigation', () => {
  it('stores a batch of a page the tab has left, but does not list it for the tab', async () => {
    await handle({ type: 'brands.save', payload: { brand: acme } }, page);
    await handle({ type: 'page.start', payload: { platform: 'x', url: 'https://x.com/home', page: 1 } }, content);
    await handle(
      { type: 'page.start', payload: { platform: 'x', url: 'https://x.com/acme/status/9', page: 2 } },
      content,
    );
    await handle(
      {
        type: 'items.seen',
        payload: { platform: 'x', url: 'https://x.com/home', page: 1, items: [tweet('late', '@acme ?')] },
      },
      content,
    );
    expect(await db.items.get('x:late')).toBeDefined();
    expect(await db.sightings.where('tabId').equals(7).count()).toBe(0);
    await handle(
      {
        type: 'items.seen',
        payload: { platform: 'x', url: 'https://x.com/acme/status/9', page: 2, items: [tweet('now', '@acme !')] },
      },
      content,
    );
    expect((await db.sightings.where('tabId').equals(7).toArray()).map((s) => s.itemKey)).toEqual(['x:now']);
  });
});
