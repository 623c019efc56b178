// Brand-kit subscriptions with a fake fetch: ETag revalidation, 304, server errors, garbage, oversized
// bodies, redirects to another origin; the last good copy always kept; read-only records, copies,
// and unsubscribe removing only what the subscription brought.
import { beforeEach, describe, expect, it } from 'vitest';
import { checkKitUrl, fetchKit } from '../../utils/kit/core/subscription';
import { KIT_FORMAT, MAX_KIT_BYTES } from '../../utils/kit/core/document';
import { createHandlers } from '../../utils/background/handlers';
import { createSubscriptions } from '../../utils/kit/subscriptions';
import { TactDB } from '../../utils/db/schema';
import { createRouter } from '../../utils/messaging/router';
import { V7_ITEM } from '../support/stored-item';

const URL_ = 'https://kits.example.com/acme.json';
const kit = (body = 'Merci {prénom} !') =>
  JSON.stringify({
    format: KIT_FORMAT,
    version: 1,
    brands: [{ id: 'b1', name: 'Acme', handles: ['@acme'], createdAt: 1, updatedAt: 1 }],
    toneProfiles: [{ id: 't1', brandId: 'b1', name: 'Acme FR', data: { name: 'Acme FR' }, updatedAt: 1 }],
    snippets: [{ id: 's1', name: 'merci', language: 'fr', body, updatedAt: 1 }],
  });

type Reply = { status: number; body?: string; etag?: string; url?: string; headers?: Record<string, string> } | Error;
let replies: Reply[];
let requests: Array<{ url: string; init: RequestInit }>;
const fakeFetch = async (url: string, init: RequestInit): Promise<Response> => {
  requests.push({ url, init });
  const r = replies.shift();
  if (!r) throw new Error('no reply queued');
  if (r instanceof Error) throw r;
  const res = new Response(r.status === 304 ? null : (r.body ?? ''), {
    status: r.status,
    headers: { ...(r.etag ? { etag: r.etag } : {}), ...r.headers },
  });
  Object.defineProperty(res, 'url', { value: r.url ?? url });
  return res;
};

const EXT = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
const page = { id: 'id', url: 'chrome-extension://id/options.html' };
let db: TactDB;
let clock: number;
let granted: string[];
let handle: ReturnType<typeof createRouter>;

beforeEach(() => {
  replies = [];
  requests = [];
  clock = 10_000;
  granted = ['https://kits.example.com/*'];
  db = new TactDB(`sub-${Math.random()}`);
  const subscriptions = createSubscriptions({
    db,
    fetch: fakeFetch,
    hasOrigin: async (p) => granted.includes(p),
    now: () => clock,
  });
  const noop = async () => {};
  handle = createRouter(
    createHandlers(db, {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
      now: () => clock,
      subscriptions,
    }),
    EXT,
  );
});
async function call(type: string, payload: unknown) {
  const r = await handle({ type, payload }, page);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as Record<string, any>;
}

describe('checkKitUrl', () => {
  it('asks for this origin only, over https, without credentials', () => {
    expect(checkKitUrl(' https://kits.example.com/a/b.json#x ')).toEqual({
      ok: true,
      url: 'https://kits.example.com/a/b.json',
      origin: 'https://kits.example.com',
      pattern: 'https://kits.example.com/*',
    });
    expect(checkKitUrl('http://kits.example.com/a.json')).toEqual({ ok: false, message: 'sub.error.https' });
    expect(checkKitUrl('https://me:pw@kits.example.com/a.json')).toEqual({
      ok: false,
      message: 'sub.error.credentials',
    });
    expect(checkKitUrl('not a url')).toEqual({ ok: false, message: 'sub.error.url' });
    expect(checkKitUrl('javascript:alert(1)')).toEqual({ ok: false, message: 'sub.error.https' });
  });
});

describe('fetchKit', () => {
  it('sends If-None-Match, no cookies, no HTTP cache', async () => {
    replies.push({ status: 304 });
    expect(await fetchKit(URL_, '"v1"', fakeFetch)).toEqual({ kind: 'not_modified' });
    expect(requests[0]!.init).toMatchObject({
      headers: { 'If-None-Match': '"v1"' },
      credentials: 'omit',
      cache: 'no-store',
    });
  });
  it('reads a 200 with its ETag', async () => {
    replies.push({ status: 200, body: kit(), etag: '"v2"' });
    const r = await fetchKit(URL_, null, fakeFetch);
    expect(r.kind === 'ok' && [r.etag, r.kit.snippets[0]!.name]).toEqual(['"v2"', 'merci']);
  });
  it('turns every failure into a message, never a throw', async () => {
    replies.push(
      { status: 500 },
      { status: 200, body: '<html>oops</html>' },
      { status: 200, body: kit(), url: 'https://evil.example.net/kit.json' },
      new TypeError('Failed to fetch'),
    );
    expect(await fetchKit(URL_, null, fakeFetch)).toEqual({
      kind: 'error',
      error: { message: 'sub.error.http', params: { status: 500 } },
    });
    expect((await fetchKit(URL_, null, fakeFetch)).kind === 'error').toBe(true);
    expect(await fetchKit(URL_, null, fakeFetch)).toEqual({
      kind: 'error',
      error: { message: 'sub.error.redirect', params: { origin: 'https://evil.example.net' } },
    });
    expect(await fetchKit(URL_, null, fakeFetch)).toEqual({
      kind: 'error',
      error: { message: 'sub.error.network', params: { reason: 'Failed to fetch' } },
    });
  });
  it('refuses a body over the size limit, declared or not', async () => {
    replies.push({ status: 200, body: '{}', headers: { 'content-length': String(MAX_KIT_BYTES + 1) } });
    expect(await fetchKit(URL_, null, fakeFetch)).toMatchObject({
      kind: 'error',
      error: { message: 'kit.error.tooLarge' },
    });
    replies.push({ status: 200, body: ' '.repeat(MAX_KIT_BYTES + 10) });
    expect(await fetchKit(URL_, null, fakeFetch)).toMatchObject({
      kind: 'error',
      error: { message: 'kit.error.tooLarge' },
    });
  });
  it('points at the bad field of an invalid kit', async () => {
    replies.push({ status: 200, body: kit().replace('"name":"merci"', '"name":"mer ci"') });
    expect(await fetchKit(URL_, null, fakeFetch)).toEqual({
      kind: 'error',
      error: { message: 'error.snippetName', path: 'snippets[0].name' },
    });
  });
  it('gives up after the timeout', async () => {
    const hang = (_u: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    expect(await fetchKit(URL_, null, hang, 20)).toEqual({ kind: 'error', error: { message: 'sub.error.timeout' } });
  });
});

describe('subscriptions', () => {
  it('subscribes, stores read-only records, revalidates with the ETag, keeps the last good copy', async () => {
    replies.push({ status: 200, body: kit(), etag: '"v1"' });
    const sub = await call('subscriptions.add', { url: URL_ });
    expect(sub).toMatchObject({
      url: URL_,
      etag: '"v1"',
      lastOkAt: 10_000,
      lastError: null,
      counts: { brands: 1, toneProfiles: 1, snippets: 1 },
    });
    const snippet = (await db.snippets.toArray())[0]!;
    expect(snippet).toMatchObject({ name: 'merci', subscriptionId: sub.id });
    const profile = (await db.toneProfiles.toArray())[0]!;
    expect(profile.brandId).toBe((await db.brands.toArray())[0]!.id);

    clock = 20_000;
    replies.push({ status: 304 });
    const [after304] = (await call('subscriptions.refresh', {})).subscriptions;
    expect(requests[1]!.init.headers).toMatchObject({ 'If-None-Match': '"v1"' });
    expect(after304).toMatchObject({ lastOkAt: 20_000, lastError: null, etag: '"v1"' });

    for (const bad of [
      { status: 500 },
      { status: 200, body: 'garbage' },
      { status: 200, body: kit(), url: 'https://evil.example.net/' },
    ] as Reply[]) {
      clock += 1000;
      replies.push(bad);
      const [row] = (await call('subscriptions.refresh', { id: sub.id })).subscriptions;
      expect(row.lastError).not.toBeNull();
      expect(row.lastOkAt).toBe(20_000);
      expect(row.etag).toBe('"v1"');
      expect(await db.snippets.count()).toBe(1);
    }

    // A new version replaces the records in place (same local ids), keeping usage counts.
    await db.snippets.update(snippet.id, { usageCount: 4 });
    replies.push({ status: 200, body: kit('Merci beaucoup !'), etag: '"v2"' });
    const [v2] = (await call('subscriptions.refresh', {})).subscriptions;
    expect(v2).toMatchObject({ etag: '"v2"', lastError: null });
    expect(await db.snippets.get(snippet.id)).toMatchObject({ body: 'Merci beaucoup !', usageCount: 4 });
  });

  it('refuses a subscription without the host permission, or over http', async () => {
    granted = [];
    await expect(call('subscriptions.add', { url: URL_ })).rejects.toThrow('sub.error.permission');
    await expect(call('subscriptions.add', { url: 'http://kits.example.com/a.json' })).rejects.toThrow(
      'sub.error.https',
    );
    expect(await db.subscriptions.count()).toBe(0);
    expect(requests).toEqual([]);
  });

  it('keeps subscribed records out of exports and imports, read-only, and copyable', async () => {
    replies.push({ status: 200, body: kit(), etag: '"v1"' });
    await call('subscriptions.add', { url: URL_ });
    const subBrand = (await db.brands.toArray())[0]!;
    const exported = JSON.parse((await call('kit.export', {})).json);
    expect(exported.brands).toEqual([]);
    expect(exported.snippets).toEqual([]);
    await expect(call('brands.save', { brand: { id: subBrand.id, name: 'Hacked' } })).rejects.toThrow(
      /subscribed brand kit/,
    );
    await expect(call('brands.delete', { id: subBrand.id })).rejects.toThrow(/subscribed brand kit/);

    const copy = await call('kit.copy', { kind: 'brand', id: subBrand.id });
    expect(copy.name).toBe('Acme');
    const mine = await db.brands.get(copy.id);
    expect(mine).toBeDefined();
    expect((mine as { subscriptionId?: string }).subscriptionId).toBeUndefined();
    expect(await db.toneProfiles.where('brandId').equals(copy.id).count()).toBe(1);
    // Under brand:language, so editing the copy's profile later updates it instead of adding a second.
    expect((await db.toneProfiles.where('brandId').equals(copy.id).first())?.id).toMatch(
      new RegExp(`^${copy.id}:(fr|en)$`),
    );
    const snippetId = (await db.snippets.toArray())[0]!.id;
    expect((await call('kit.copy', { kind: 'snippet', id: snippetId })).name).toBe('merci');
    // A second copy of a changed subscribed snippet gets a free name rather than replacing mine.
    await db.snippets.update(snippetId, { body: 'autre' });
    expect((await call('kit.copy', { kind: 'snippet', id: snippetId })).name).toBe('merci-imported');
  });

  it('unsubscribing removes what the subscription brought, never the user’s copies', async () => {
    replies.push({ status: 200, body: kit(), etag: '"v1"' });
    const sub = await call('subscriptions.add', { url: URL_ });
    const subBrand = (await db.brands.toArray())[0]!;
    await db.items.put({
      key: 'x:1',
      platform: 'x',
      platformId: '1',
      kind: 'post',
      author: { name: '', handle: '', url: '' },
      text: 'acme',
      truncated: false,
      time: '',
      permalink: '',
      parentId: null,
      rootText: '',
      firstSeenAt: 1,
      lastSeenAt: 1,
      brandIds: [subBrand.id],
      status: 'new',
      attention: 1,
      intent: 'other',
      sentiment: 0,
      priority: 0,
      repliedAt: null,
      ...V7_ITEM,
    });
    const copy = await call('kit.copy', { kind: 'brand', id: subBrand.id });
    const { removed } = await call('subscriptions.remove', { id: sub.id });
    expect(removed).toBe(3);
    expect(await db.subscriptions.count()).toBe(0);
    expect((await db.brands.toArray()).map((b) => b.id)).toEqual([copy.id]);
    expect(await db.toneProfiles.count()).toBe(1);
    expect(await db.snippets.count()).toBe(0);
    expect(await db.items.get('x:1')).toMatchObject({ brandIds: [], attention: 0 });
  });
});
