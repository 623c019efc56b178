// The brand kit through the message router and a real (fake-indexeddb) database: export, re-import,
// conflicts, refusals, and the guarantee that a refused or failed import changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { KIT_FORMAT, MAX_KIT_BYTES } from '../../utils/kit/core/document';
import { V8_BRAND } from '../support/stored-brand';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };

let db: TactDB;
let clock = 1_000;
let handle: ReturnType<typeof createRouter>;

beforeEach(async () => {
  db = new TactDB(`kit-${Math.random()}`);
  clock = 1_000;
  const noop = async () => {};
  handle = createRouter(
    createHandlers(db, {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
      now: () => clock,
    }),
    EXT,
  );
});

async function call(type: string, payload: unknown, from = page) {
  const r = await handle({ type, payload }, from);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as Record<string, any>;
}

async function seed() {
  await db.brands.put({
    id: 'b1',
    name: 'Acme',
    aliases: [],
    handles: ['@acme'],
    hashtags: [],
    products: [],
    misspellings: [],
    exclude: [],
    query: '',
    ownAccounts: [],
    competitor: false,
    ...V8_BRAND,
    languages: ['fr'],
    createdAt: 1,
    updatedAt: 10,
  });
  await db.toneProfiles.put({
    id: 't1',
    brandId: 'b1',
    name: 'Acme FR',
    data: { address: 'vous', formality: 4 },
    updatedAt: 10,
  });
  await db.snippets.put({
    id: 's1',
    name: 'merci',
    language: 'fr',
    body: 'Merci {prénom} !',
    tags: ['praise'],
    intents: [],
    trollTypes: [],
    kind: 'reply' as const,
    usageCount: 9,
    updatedAt: 10,
  });
  await db.authors.put({
    key: 'x:@jo',
    platform: 'x',
    handle: '@jo',
    name: 'Jo',
    url: '',
    firstSeenAt: 1,
    lastSeenAt: 2,
    notes: 'sealion',
    labels: ['troll'],
  });
  await db.authors.put({
    key: 'x:@nobody',
    platform: 'x',
    handle: '@nobody',
    name: '',
    url: '',
    firstSeenAt: 1,
    lastSeenAt: 2,
    notes: '',
    labels: [],
  });
}

async function snapshot() {
  return {
    brands: await db.brands.toArray(),
    toneProfiles: await db.toneProfiles.toArray(),
    snippets: await db.snippets.toArray(),
    authors: await db.authors.toArray(),
  };
}

describe('kit routes', () => {
  it('exports everything, or the snippets alone, and only authors with notes', async () => {
    await seed();
    const all = await call('kit.export', { selection: 'all' });
    expect(all.counts).toEqual({ brands: 1, toneProfiles: 1, snippets: 1, trollNotes: 1 });
    const doc = JSON.parse(all.json);
    expect(doc).toMatchObject({
      format: KIT_FORMAT,
      version: 1,
      trollNotes: [{ platform: 'x', handle: '@jo', labels: ['troll'], notes: 'sealion' }],
    });
    expect(doc.toneProfiles[0].data).toMatchObject({ name: 'Acme FR', address: 'vous', formality: 4 });
    expect(all.json).not.toContain('usageCount');
    const only = await call('kit.export', { selection: 'snippets' });
    expect(only.counts).toEqual({ brands: 0, toneProfiles: 0, snippets: 1, trollNotes: 0 });
  });

  it('imports an export into an empty browser, then finds nothing to do a second time', async () => {
    await seed();
    const { json } = await call('kit.export', {});
    const other = new TactDB(`kit-other-${Math.random()}`);
    const noop = async () => {};
    const h2 = createRouter(
      createHandlers(other, {
        setBadge: noop,
        notify: noop,
        revealInTab: async () => false,
        openTab: noop,
        now: () => 5_000,
      }),
      EXT,
    );
    const plan = await h2({ type: 'kit.plan', payload: { text: json } }, page);
    expect(plan).toMatchObject({
      ok: true,
      data: { ok: true, plan: { counts: { added: 4, changed: 0, conflict: 0, unchanged: 0 } } },
    });
    expect(await other.brands.count()).toBe(0); // the dry run wrote nothing
    const applied = await h2({ type: 'kit.apply', payload: { text: json } }, page);
    expect(applied).toMatchObject({ ok: true, data: { ok: true, added: 4 } });
    expect((await other.snippets.get('s1'))?.usageCount).toBe(0);
    expect(await other.authors.get('x:@jo')).toMatchObject({ notes: 'sealion', labels: ['troll'] });
    const again = await h2({ type: 'kit.plan', payload: { text: json } }, page);
    expect(again).toMatchObject({ data: { plan: { counts: { added: 0, unchanged: 4 } } } });
  });

  it('keeps local edits on a conflicting re-import and adds the kit’s version as a copy', async () => {
    await seed();
    const { json } = await call('kit.export', {});
    clock = 2_000;
    await db.snippets.update('s1', { body: 'Merci mille fois {prénom} !', updatedAt: 2_000 });
    const before = await snapshot();
    const plan = await call('kit.plan', { text: json });
    expect(plan.plan.entries.find((e: any) => e.kind === 'snippet')).toMatchObject({
      status: 'conflict',
      reason: 'local_newer',
      action: 'copy',
    });
    const applied = await call('kit.apply', { text: json });
    expect(applied).toMatchObject({ ok: true, copies: 1, added: 0 });
    const after = await snapshot();
    // Every local row is still there, unchanged.
    for (const s of before.snippets) expect(after.snippets).toContainEqual(s);
    expect(after.snippets.map((s) => s.name).sort()).toEqual(['merci', 'merci-imported']);
    expect(after.brands).toEqual(before.brands);
  });

  it('takes theirs when asked, for that record only', async () => {
    await seed();
    const { json } = await call('kit.export', {});
    await db.snippets.update('s1', { body: 'Local', updatedAt: 2_000 });
    await call('kit.apply', { text: json, choices: { 'snippet:0': 'theirs' } });
    expect(await db.snippets.get('s1')).toMatchObject({ body: 'Merci {prénom} !', usageCount: 9 });
    expect(await db.snippets.count()).toBe(1);
  });

  it('refuses bad kits with the field path and changes nothing', async () => {
    await seed();
    const before = await snapshot();
    const { json } = await call('kit.export', {});
    const bad = json.replace('"name": "merci"', '"name": "mer ci"');
    for (const text of [bad, json.slice(0, -40), '{"format":"tact-brand-kit","version":9}']) {
      const r = await call('kit.apply', { text });
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
    expect((await call('kit.plan', { text: bad })).issues).toEqual([
      { path: 'snippets[0].name', message: 'error.snippetName' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an oversized text in the message schema, before the handler runs', async () => {
    const r = await handle({ type: 'kit.plan', payload: { text: ' '.repeat(MAX_KIT_BYTES + 1) } }, page);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'text', message: 'kit.error.tooLarge' }] },
    });
  });

  it('refuses odd choice keys and content-script senders', async () => {
    const r = await handle(
      { type: 'kit.apply', payload: { text: '{}', choices: { __proto__: 'theirs', 'x:1': 'theirs' } } },
      page,
    );
    expect(r.ok).toBe(false);
    expect((await handle({ type: 'kit.export', payload: {} }, content)).ok).toBe(false);
  });

  it('rolls the whole import back when a write fails part-way', async () => {
    await seed();
    const before = await snapshot();
    const text = JSON.stringify({
      format: KIT_FORMAT,
      version: 1,
      snippets: [{ id: 's2', name: 'bonjour', language: 'fr', body: 'Bonjour', updatedAt: 1 }],
      trollNotes: [{ platform: 'x', handle: '@kim', notes: 'spam' }],
    });
    const original = db.authors.bulkPut.bind(db.authors);
    db.authors.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.authors.bulkPut;
    const r = await handle({ type: 'kit.apply', payload: { text } }, page);
    db.authors.bulkPut = original;
    expect(r).toMatchObject({ ok: false, error: { code: 'failed', message: 'disk full' } });
    expect(await snapshot()).toEqual(before);
  });
});
