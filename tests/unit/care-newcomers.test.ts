// Newcomers through items.seen (the path a page takes): an author seen for the first time in a brand
// community is "new here" on that first day, per community and not per page view; a reload (a new
// TactDB on the same name) or a team sync pull does not make them new again; a welcome (inserted or
// marked) ends it; spammers and trolls get none; the next welcome in the thread is another line.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { saveBrand } from '../../utils/mentions/repo';
import { markWelcomed, noteMembers, welcomesInThread } from '../../utils/care/members-repo';
import { NEWCOMER_MS } from '../../utils/care/core/newcomer';
import { DexieSyncStorage } from '../../utils/sync/dexie-storage';
import { sharedFields } from '../../utils/sync/tables';
import type { Brand } from '../../utils/mentions/core/brand';
import { contentScript, testRouter, type TestRouter } from '../support/router';

const PAGE = 'https://www.facebook.com/acme/posts/pfbid0Acme1';
const content = contentScript(PAGE);
const T0 = Date.UTC(2026, 3, 20, 9, 0);

let name: string;
let db: TactDB;
let now: number;
let handle: TestRouter;
let acme: Brand;

function open(dbName: string) {
  db = new TactDB(dbName);
  handle = testRouter(db, { now: () => now });
}

beforeEach(async () => {
  name = `care-newcomers-${Math.random()}`;
  now = T0;
  open(name);
  acme = await saveBrand(db, {
    name: 'Acme',
    ownAccounts: ['Acme', '@acme_support'],
    communities: ['https://www.facebook.com/acme'],
  });
});

const fb = (id: string, who: string, text: string, parentId: string | null = 'pfbid0Acme1', page = 'acme') => ({
  platform: 'facebook',
  platformId: id,
  kind: parentId ? 'comment' : 'post',
  author: { name: who, handle: '', url: `https://www.facebook.com/${who.toLowerCase().replace(/\s+/g, '.')}` },
  text,
  permalink: parentId
    ? `https://www.facebook.com/${page}/posts/${parentId}?comment_id=${id}`
    : `https://www.facebook.com/${page}/posts/${id}`,
  parentId,
});
const JULIE = fb('1001', 'Julie Martin', 'Bonjour, ma livraison a trois jours de retard, que faire ?');
const JULIE_AGAIN = fb('1006', 'Julie Martin', 'Merci pour votre aide, je patiente alors.');
const SAM = fb('1002', 'Sam Carter', 'Hello, is the RoadRunner any good for long rides?');
const ELSEWHERE = fb('9001', 'Karim Benali', 'Bonjour à tous !', 'pfbid0Other', 'otherpage');

async function seen(items: unknown[], url = PAGE) {
  const reply = await handle({ type: 'items.seen', payload: { platform: 'facebook', url, items } }, content);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return (reply.data as { results: Array<{ key: string; care: { newcomer: boolean } | null }> }).results;
}
async function send(type: string, payload: unknown) {
  const reply = await handle({ type, payload } as never, content);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return reply.data as never;
}

describe('newcomers per brand community', () => {
  it('a first-time author in a listed place is new here, a stranger elsewhere is not a member', async () => {
    const [julie, karim] = await seen([JULIE, ELSEWHERE]);
    expect(julie!.care?.newcomer).toBe(true);
    expect(karim!.care?.newcomer).toBe(false);
    const rows = await db.members.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      brandId: acme.id,
      authorKey: 'facebook:https://www.facebook.com/julie.martin',
      firstSeenAt: T0,
      firstItemKey: 'facebook:1001',
      welcomedAt: null,
    });
  });

  it('stays new on that first day, not re-new on a page view, a reload or later; ends when welcomed', async () => {
    await seen([JULIE]);
    now = T0 + 60_000;
    // Seen again (another page view) and a second comment the same day: still their first day.
    expect((await seen([JULIE, JULIE_AGAIN])).map((r) => r.care?.newcomer)).toEqual([true, true]);
    expect((await db.members.toArray())[0]!.firstSeenAt).toBe(T0);
    // A reload: the background starts again on the same database.
    db.close();
    open(name);
    now = T0 + 2 * 60_000;
    expect((await seen([JULIE]))[0]!.care?.newcomer).toBe(true);
    // Welcomed (the side panel's button): never new again, even on the next reload.
    expect(await send('care.welcomed', { key: 'facebook:1001' })).toEqual({ updated: true });
    expect((await seen([JULIE, JULIE_AGAIN])).map((r) => r.care?.newcomer)).toEqual([false, false]);
    db.close();
    open(name);
    expect((await seen([JULIE]))[0]!.care?.newcomer).toBe(false);
    expect(await send('care.welcomed', { key: 'facebook:1001' })).toEqual({ updated: false });
  });

  it('a day after first seen, an author never welcomed is a member like any other', async () => {
    await seen([SAM]);
    now = T0 + NEWCOMER_MS;
    expect((await seen([SAM]))[0]!.care?.newcomer).toBe(false);
  });

  it('is per brand community: known to one brand, new to another whose place they post in next', async () => {
    const other = await saveBrand(db, { name: 'Zephyr', communities: ['facebook.com/zephyr'] });
    await seen([JULIE]);
    now = T0 + NEWCOMER_MS + 1;
    const there = fb('3001', 'Julie Martin', 'Bonjour Zephyr !', 'pfbid0Z', 'zephyr');
    const [r] = await seen([there, JULIE]);
    expect(r!.care?.newcomer).toBe(true);
    expect((await db.members.get(`${other.id}|facebook:https://www.facebook.com/julie.martin`))?.firstSeenAt).toBe(now);
  });

  it('inserting a welcome suggestion marks the newcomer welcomed', async () => {
    await seen([JULIE]);
    const s = (await send('suggest.forItem', { key: 'facebook:1001', purpose: 'welcome' })) as {
      replies: Array<{ text: string }>;
      lang: string;
    };
    expect(s.lang).toBe('fr');
    expect(s.replies.length).toBeGreaterThan(0);
    expect(s.replies[0]!.text).toContain('Julie');
    expect(s.replies[0]!.text).toContain('la livraison');
    await send('replies.log', {
      key: 'facebook:1001',
      text: s.replies[0]!.text,
      source: 'suggestion',
      purpose: 'welcome',
    });
    const [m] = await db.members.toArray();
    expect(m!.welcomedAt).toBe(T0);
    expect((await seen([JULIE]))[0]!.care?.newcomer).toBe(false);
  });

  it('the next welcome in the same thread is never the line the last one used', async () => {
    const post = fb('pfbid0Acme1', 'Acme', 'Notre nouveau RoadRunner est là !', null);
    const a = fb('1010', 'Julie Martin', 'Bonjour à tous !');
    const b = fb('1011', 'Emma Wilson', 'Bonjour, première fois ici !');
    await seen([post, a, b]);
    const first = (await send('suggest.forItem', { key: 'facebook:1010', purpose: 'welcome' })) as {
      replies: Array<{ text: string }>;
    };
    const used = first.replies[0]!.text;
    await send('replies.log', { key: 'facebook:1010', text: used, source: 'suggestion', purpose: 'welcome' });
    const item = (await db.items.get('facebook:1011'))!;
    const avoided = await welcomesInThread(db, item);
    expect(avoided).toEqual([used.replace('Julie', 'Emma')]);
    const next = (await send('suggest.forItem', { key: 'facebook:1011', purpose: 'welcome' })) as {
      replies: Array<{ text: string }>;
    };
    expect(next.replies.length).toBeGreaterThan(0);
    expect(next.replies.map((r) => r.text)).not.toContain(used.replace('Julie', 'Emma'));
  });

  it('our own accounts, authorless items and trolls or spammers are never newcomers', async () => {
    const item = (id: string, who: string, handle = '') => ({
      platform: 'reddit' as const,
      platformId: id,
      kind: 'comment' as const,
      author: { name: who, handle, url: '' },
      text: 'hello',
      truncated: false,
      time: '',
      permalink: `https://www.reddit.com/r/other/comments/1/x/${id}`,
      parentId: 't3_root',
      rootText: '',
      reactions: null,
    });
    // A thread under our post on Reddit (no place listed there).
    await db.items.put({
      ...item('t3_root', 'acme_support', 'u/acme_support'),
      kind: 'post',
      parentId: null,
      key: 'reddit:t3_root',
      firstSeenAt: T0,
      lastSeenAt: T0,
      brandIds: [],
      status: 'new',
      attention: 0,
      intent: 'other',
      sentiment: 0,
      priority: 0,
      repliedAt: null,
      postedAt: null,
      ours: 1,
      answeredAt: null,
      answeredBy: null,
      lang: '',
      reactions: null,
      authorKey: 'reddit:u/acme_support',
    });
    const entry = (key: string, it: ReturnType<typeof item>, over: Record<string, unknown> = {}) => ({
      key,
      item: it,
      brandIds: [],
      ours: false,
      lang: 'en' as const,
      troll: null,
      ...over,
    });
    const brands = await db.brands.toArray();
    const answers = await noteMembers(
      db,
      [
        entry('reddit:a', item('a', 'Paul', 'u/paul')),
        entry('reddit:b', item('b', 'Spam Bot', 'u/spambot'), { troll: 'spammer' }),
        entry('reddit:c', item('c', 'Flame', 'u/flame'), { troll: 'flamer' }),
        entry('reddit:d', item('d', 'Grumpy', 'u/grumpy'), { troll: 'unhappy_customer' }),
        entry('reddit:e', item('e', 'Acme', 'u/acme_support'), { ours: true }),
        entry('reddit:f', item('f', '', '')),
        // A flamer's other, unflagged comment: the author was flagged, so still no welcome.
        entry('reddit:g', item('g', 'Dark Vador', 'u/darkvador'), { authorTroll: true }),
      ],
      brands,
      T0,
    );
    expect(answers).toEqual([true, false, false, true, false, false, false]);
    // The spammer and the troll are recorded (no longer new later), never offered a welcome.
    const keys = (await db.members.toArray()).map((m) => m.authorKey).sort();
    expect(keys).toEqual([
      'reddit:u/darkvador',
      'reddit:u/flame',
      'reddit:u/grumpy',
      'reddit:u/paul',
      'reddit:u/spambot',
    ]);
    expect(await markWelcomed(db, 'reddit:unknown', T0, '')).toBe(false);
  });

  it('a team sync pull of brands and snippets leaves members as they were', async () => {
    await seen([JULIE]);
    await send('care.welcomed', { key: 'facebook:1001' });
    const before = await db.members.toArray();
    // A teammate's brand, as a pull writes it (the members table is not synced: a pull never touches it).
    const hlc = '000009999999999-000000-teammate';
    const fields = Object.fromEntries(
      Object.entries(
        sharedFields('brands', { ...acme, id: 'team-brand', name: 'Zephyr', communities: ['r/zephyr'] } as never),
      ).map(([k, v]) => [k, { value: v, hlc }]),
    );
    await new DexieSyncStorage(db, () => now).putRecords([{ table: 'brands', id: 'team-brand', fields }]);
    expect((await db.brands.get('team-brand'))?.name).toBe('Zephyr');
    expect(await db.members.toArray()).toEqual(before);
    // Still welcomed: a pull never makes anyone new again.
    expect((await seen([JULIE]))[0]!.care?.newcomer).toBe(false);
  });
});
