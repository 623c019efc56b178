// A subscribed brand kit's troll notes: applied beside the moderator's own notes on each author
// (kitNotes by subscription), replaced at each refresh, removed on unsubscribe, shown by authors.get,
// never mixed into the moderator's labels/notes and never pushed by team sync.
import { beforeEach, describe, expect, it } from 'vitest';
import { KIT_FORMAT } from '../../utils/kit/core/document';
import { kitNameOf, planKitNotes, type KitNotedAuthor } from '../../utils/kit/core/kit-notes';
import { createHandlers } from '../../utils/background/handlers';
import { createSubscriptions } from '../../utils/kit/subscriptions';
import { isShared, sharedFields } from '../../utils/sync/tables';
import { TactDB, type Author } from '../../utils/db/schema';
import { createRouter } from '../../utils/messaging/router';
import { recordSeen } from '../../utils/mentions/repo';

const URL_A = 'https://kits.example.com/acme.json';
const URL_B = 'https://kits.example.com/other.json';
type Note = { platform: string; handle: string; name?: string; labels?: string[]; notes?: string };
const kit = (trollNotes: Note[], brand = 'Acme') =>
  JSON.stringify({
    format: KIT_FORMAT,
    version: 1,
    brands: [{ id: 'b1', name: brand, handles: [], createdAt: 1, updatedAt: 1 }],
    trollNotes,
  });

let replies: Array<{ status: number; body?: string }>;
const fakeFetch = async (url: string): Promise<Response> => {
  const r = replies.shift();
  if (!r) throw new Error('no reply queued');
  const res = new Response(r.body ?? '', { status: r.status });
  Object.defineProperty(res, 'url', { value: url });
  return res;
};
const EXT = { extensionId: 'id', extensionOrigin: 'chrome-extension://id/' };
const page = { id: 'id', url: 'chrome-extension://id/options.html' };
let db: TactDB;
let handle: ReturnType<typeof createRouter>;

beforeEach(() => {
  replies = [];
  db = new TactDB(`kit-notes-${Math.random()}`);
  const subscriptions = createSubscriptions({ db, fetch: fakeFetch, hasOrigin: async () => true, now: () => 10_000 });
  const noop = async () => {};
  handle = createRouter(
    createHandlers(db, {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
      now: () => 10_000,
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

const seen = (key: string, over: Partial<Author> = {}): Author => {
  const [platform, handle] = key.split(':') as [Author['platform'], string];
  return {
    key,
    platform,
    handle,
    name: handle,
    url: '',
    firstSeenAt: 5,
    lastSeenAt: 6,
    notes: '',
    labels: [],
    counts: {},
    recent: [],
    ...over,
  };
};

describe('a subscribed kit’s troll notes', () => {
  it('are applied beside the moderator’s own notes, creating authors Tact has not seen', async () => {
    await db.authors.put(seen('x:@sealion', { labels: ['revendeur'], notes: 'My own note', counts: { sealion: 2 } }));
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@SeaLion', labels: ['known troll', 'sealion'], notes: 'Asks daily' },
        { platform: 'reddit', handle: 'u/darkv', name: 'Dark V', labels: ['spam'] },
      ]),
    });
    const sub = await call('subscriptions.add', { url: URL_A });
    expect(sub.counts.trollNotes).toBe(2);

    const sealion = (await db.authors.get('x:@sealion'))!;
    expect(sealion).toMatchObject({
      labels: ['revendeur'],
      notes: 'My own note',
      counts: { sealion: 2 },
      firstSeenAt: 5,
    });
    expect(sealion.kitNotes).toEqual({
      [sub.id]: { labels: ['known_troll', 'sealion'], notes: 'Asks daily', kitName: 'Acme' },
    });
    const darkv = (await db.authors.get('reddit:u/darkv'))!;
    expect(darkv).toMatchObject({
      platform: 'reddit',
      handle: 'u/darkv',
      name: 'Dark V',
      firstSeenAt: 0,
      notes: '',
      labels: [],
    });

    // authors.get returns them read-only, apart from the moderator's own labels.
    expect(await call('authors.get', { key: 'x:@sealion' })).toMatchObject({
      labels: ['revendeur'],
      note: 'My own note',
      kit: [{ kit: 'Acme', labels: ['known_troll', 'sealion'], note: 'Asks daily' }],
    });
  });

  it('are replaced at each refresh; an author kept only for the kit goes when the kit drops them', async () => {
    await db.authors.put(seen('x:@seen'));
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@sealion', labels: ['sealion'] },
        { platform: 'reddit', handle: 'u/darkv', labels: ['spam'] },
        { platform: 'x', handle: '@seen', notes: 'hi' },
      ]),
    });
    const sub = await call('subscriptions.add', { url: URL_A });
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@sealion', labels: ['flamer'], notes: 'Now flames' },
        { platform: 'x', handle: '@new', labels: ['known_troll'] },
      ]),
    });
    await call('subscriptions.refresh', {});
    expect((await db.authors.get('x:@sealion'))!.kitNotes).toEqual({
      [sub.id]: { labels: ['flamer'], notes: 'Now flames', kitName: 'Acme' },
    });
    expect(await db.authors.get('reddit:u/darkv')).toBeUndefined();
    expect((await db.authors.get('x:@new'))!.kitNotes![sub.id]!.labels).toEqual(['known_troll']);
    // Seen on a page: the row stays, without the kit's note.
    const kept = (await db.authors.get('x:@seen'))!;
    expect(kept.kitNotes).toEqual({});
    expect(kept.firstSeenAt).toBe(5);
  });

  it('never touch the moderator’s labelling, and the moderator’s labelling never touches them', async () => {
    replies.push({
      status: 200,
      body: kit([{ platform: 'x', handle: '@sealion', labels: ['sealion'], notes: 'Kit says' }]),
    });
    const sub = await call('subscriptions.add', { url: URL_A });
    await db.authors.update('x:@sealion', { firstSeenAt: 7, lastSeenAt: 8 });
    const labelled = await call('authors.label', { key: 'x:@sealion', labels: ['VIP customer'], note: 'Mine' });
    expect(labelled).toMatchObject({
      labels: ['vip_customer'],
      note: 'Mine',
      kit: [{ kit: 'Acme', labels: ['sealion'], note: 'Kit says' }],
    });
    replies.push({ status: 200, body: kit([{ platform: 'x', handle: '@sealion', labels: ['flamer'] }]) });
    await call('subscriptions.refresh', {});
    expect(await db.authors.get('x:@sealion')).toMatchObject({
      labels: ['vip_customer'],
      notes: 'Mine',
      kitNotes: { [sub.id]: { labels: ['flamer'], notes: '' } },
    });
  });

  it('go on unsubscribe, with the rows made only for them; another kit’s notes and the moderator’s stay', async () => {
    await db.authors.put(seen('x:@sealion', { labels: ['revendeur'], notes: 'My own note' }));
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@sealion', labels: ['sealion'] },
        { platform: 'reddit', handle: 'u/darkv', labels: ['spam'] },
        { platform: 'x', handle: '@both', labels: ['spam'] },
      ]),
    });
    const a = await call('subscriptions.add', { url: URL_A });
    replies.push({ status: 200, body: kit([{ platform: 'x', handle: '@both', labels: ['known troll'] }], 'Other') });
    const b = await call('subscriptions.add', { url: URL_B });
    expect((await call('authors.get', { key: 'x:@both' })).kit).toEqual([
      { kit: 'Acme', labels: ['spam'], note: '' },
      { kit: 'Other', labels: ['known_troll'], note: '' },
    ]);

    await call('subscriptions.remove', { id: a.id });
    expect(await db.authors.get('x:@sealion')).toMatchObject({
      labels: ['revendeur'],
      notes: 'My own note',
      kitNotes: {},
    });
    expect(await db.authors.get('reddit:u/darkv')).toBeUndefined();
    expect((await db.authors.get('x:@both'))!.kitNotes).toEqual({
      [b.id]: { labels: ['known_troll'], notes: '', kitName: 'Other' },
    });
    await call('subscriptions.remove', { id: b.id });
    expect(await db.authors.get('x:@both')).toBeUndefined();
    expect(await db.authors.count()).toBe(1);
  });

  it('a row made for a kit becomes an ordinary author once Tact sees them (kept on unsubscribe)', async () => {
    replies.push({ status: 200, body: kit([{ platform: 'reddit', handle: 'u/darkv', labels: ['spam'] }]) });
    const sub = await call('subscriptions.add', { url: URL_A });
    const item = {
      platform: 'reddit',
      platformId: 't1',
      kind: 'comment',
      author: { name: 'darkv', handle: 'u/darkv', url: '' },
      text: 'hi',
      truncated: false,
      time: '',
      permalink: '',
      parentId: null,
      rootText: '',
    } as const;
    await recordSeen(db, undefined, [{ item: item as never, mentions: [] }], 20_000);
    expect(await db.authors.get('reddit:u/darkv')).toMatchObject({
      firstSeenAt: 20_000,
      lastSeenAt: 20_000,
      kitNotes: { [sub.id]: { labels: ['spam'] } },
    });
    await call('subscriptions.remove', { id: sub.id });
    expect(await db.authors.get('reddit:u/darkv')).toMatchObject({ kitNotes: {}, labels: [] });
  });
});

describe('exporting a kit with subscribed notes', () => {
  it('exports the moderator’s own notes only, never a kit’s', async () => {
    await db.authors.put(seen('x:@sealion', { labels: ['revendeur'], notes: 'Mine' }));
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@sealion', labels: ['sealion'], notes: 'Kit says' },
        { platform: 'reddit', handle: 'u/darkv', labels: ['spam'] },
      ]),
    });
    await call('subscriptions.add', { url: URL_A });
    const { json } = await call('kit.export', { selection: 'all' });
    expect(JSON.parse(json).trollNotes).toEqual([
      { platform: 'x', handle: '@sealion', name: '@sealion', labels: ['revendeur'], notes: 'Mine' },
    ]);
    expect(json).not.toContain('Kit says');
  });
});

describe('team sync and kit notes', () => {
  it('never shares kitNotes: only the moderator’s own notes and labels are pushed', async () => {
    replies.push({
      status: 200,
      body: kit([
        { platform: 'x', handle: '@sealion', labels: ['sealion'], notes: 'Kit says' },
        { platform: 'reddit', handle: 'u/darkv', labels: ['spam'] },
      ]),
    });
    await db.authors.put(seen('x:@sealion', { labels: ['revendeur'], notes: 'Mine' }));
    await call('subscriptions.add', { url: URL_A });
    const sealion = (await db.authors.get('x:@sealion'))! as unknown as Record<string, unknown>;
    expect(sealion.kitNotes).toBeDefined();
    expect(sharedFields('trollNotes', sealion)).toEqual({
      platform: 'x',
      handle: '@sealion',
      name: '@sealion',
      notes: 'Mine',
      labels: ['revendeur'],
    });
    // An author known only from a kit is not a team troll note at all.
    const darkv = (await db.authors.get('reddit:u/darkv'))! as unknown as Record<string, unknown>;
    expect(isShared('trollNotes', darkv)).toBe(false);
  });
});

describe('planKitNotes / kitNameOf', () => {
  const row = (key: string, over: Partial<KitNotedAuthor> = {}): KitNotedAuthor => ({
    key,
    platform: 'x',
    handle: key.slice(2),
    name: '',
    url: '',
    firstSeenAt: 0,
    lastSeenAt: 0,
    notes: '',
    labels: [],
    ...over,
  });
  it('writes nothing for a note that did not change, and drops empty notes', () => {
    const current = row('x:@a', { kitNotes: { s1: { labels: ['spam'], notes: '', kitName: 'K' } } });
    expect(planKitNotes([current], 's1', 'K', [{ platform: 'x', handle: '@a', labels: ['spam'], notes: '' }])).toEqual({
      put: [],
      delete: [],
    });
    expect(planKitNotes([], 's1', 'K', [{ platform: 'x', handle: '@b', labels: [' '], notes: '  ' }])).toEqual({
      put: [],
      delete: [],
    });
  });
  it('keeps a row that holds the moderator’s words or counts', () => {
    const withCounts = row('x:@a', {
      counts: { flamer: 1 },
      kitNotes: { s1: { labels: ['spam'], notes: '', kitName: 'K' } },
    });
    expect(planKitNotes([withCounts], 's1', 'K', [])).toEqual({ put: [{ ...withCounts, kitNotes: {} }], delete: [] });
  });
  it('names a kit by its one brand, else by its host', () => {
    expect(kitNameOf(URL_A, { brands: [{ name: 'Acme' }] as never })).toBe('Acme');
    expect(kitNameOf(URL_A, { brands: [] })).toBe('kits.example.com');
    expect(kitNameOf(URL_A, { brands: [{ name: 'A' }, { name: 'B' }] as never })).toBe('kits.example.com');
  });
});
