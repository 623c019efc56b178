// items.seen and the brand's own accounts (issue #15): an item they wrote is stored as ours (no
// mentions, out of the inbox and the badge, never judged) and marks what it answers as answered on
// the platform with the page's time, whichever of the two the page showed first.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { saveBrand, setItemStatus } from '../../utils/mentions/repo';
import { firstResponseAt } from '../../utils/mentions/core/item-state';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const URL_ = 'https://www.reddit.com/r/acme/comments/1abcde/x/';
const content: SenderInfo = { id: 'tact-id', url: URL_, tab: { id: 3, url: URL_ } };
const T0 = Date.UTC(2026, 3, 20, 7, 30);
const NOW = Date.UTC(2026, 3, 20, 10, 0);

let db: TactDB;
let handle: ReturnType<typeof createRouter>;
let badges: number[];
beforeEach(async () => {
  db = new TactDB(`seen-ours-${Math.random()}`);
  badges = [];
  handle = createRouter(
    createHandlers(db, {
      setBadge: async (_tab, n) => void badges.push(n),
      notify: async () => {},
      revealInTab: async () => false,
      openTab: async () => {},
      now: () => NOW,
    }),
    EXT,
  );
  await saveBrand(db, { name: 'Acme', handles: ['@acme'], ownAccounts: ['@acme_support', 'Acme Support'] });
});

const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const item = (id: string, who: string, text: string, parentId: string | null, time = '') => ({
  platform: 'reddit',
  platformId: id,
  kind: parentId ? 'comment' : 'post',
  author: { name: who, handle: `u/${who}`, url: '' },
  text,
  time,
  parentId,
});
const POST = item('t3_a', 'sam', 'RoadRunner 3000 problems? My Acme battery drains in 20 minutes', null, at(0));
const QUESTION = item('t1_q', 'paul', 'Does Acme replace the battery under warranty? How do I ask?', 't3_a', at(10));
const OUR_REPLY = item('t1_r', 'acme_support', 'Hi Paul, yes: Acme replaces it, we sent you a DM.', 't1_q', at(55));
const OUR_TOP = item('t1_t', 'acme_support', 'Sam, sorry about this Acme battery, a fix ships Monday.', 't3_a', at(40));
const INSULT = item('t1_i', 'acme_support', 'You are all idiots and morons, clowns 🤡', 't3_a', at(41));

async function seen(items: unknown[]) {
  const reply = await handle({ type: 'items.seen', payload: { platform: 'reddit', url: URL_, items } }, content);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return (reply.data as { results: Array<{ key: string; mentions: unknown[]; attention: boolean; troll: unknown }> })
    .results;
}

describe('items.seen: our own accounts', () => {
  it('stores our reply as ours: no mention, no attention, no troll verdict, not on the badge', async () => {
    const r = await seen([QUESTION, OUR_REPLY, INSULT]);
    expect(r[1]).toMatchObject({ mentions: [], attention: false, troll: null });
    expect(r[2]).toMatchObject({ mentions: [], attention: false, troll: null });
    const ours = await db.items.get('reddit:t1_r');
    expect(ours).toMatchObject({ ours: 1, brandIds: [], attention: 0, lang: '', postedAt: T0 + 55 * 60_000 });
    expect(await db.verdicts.get(['reddit:t1_i', 'troll'])).toBeUndefined();
    expect(await db.items.where('ours').equals(1).count()).toBe(2);
    // The question was answered on the page: nothing on the badge.
    expect(badges.at(-1)).toBe(0);
  });

  it('marks the item it answers as answered with the reply’s posted time and account', async () => {
    await seen([POST, QUESTION, OUR_REPLY]);
    const q = await db.items.get('reddit:t1_q');
    expect(q).toMatchObject({ status: 'replied', attention: 0, answeredAt: T0 + 55 * 60_000 });
    expect(q!.answeredBy).toBe('u/acme_support');
    expect(q!.repliedAt).toBeNull();
    expect(q!.lang).toBe('en');
    const events = await db.events.where('itemKey').equals('reddit:t1_q').toArray();
    expect(events.map((e) => e.data)).toEqual([{ from: 'new', to: 'replied', by: 'u/acme_support', via: 'page' }]);
    // The post was not answered (our reply answers the question, not the post).
    expect(await db.items.get('reddit:t3_a')).toMatchObject({ status: 'new', answeredAt: null, attention: 1 });
  });

  it('marks the parent when our reply was stored first, once', async () => {
    await seen([OUR_REPLY]);
    await seen([QUESTION]);
    expect(await db.items.get('reddit:t1_q')).toMatchObject({ status: 'replied', answeredAt: T0 + 55 * 60_000 });
    await seen([QUESTION, OUR_REPLY]);
    expect(await db.events.where('itemKey').equals('reddit:t1_q').count()).toBe(1);
  });

  it('answers a post with a top-level comment, and keeps the earliest of several answers', async () => {
    await seen([POST]);
    await seen([{ ...OUR_TOP, platformId: 't1_late', time: at(90) }]);
    expect((await db.items.get('reddit:t3_a'))!.answeredAt).toBe(T0 + 90 * 60_000);
    await seen([OUR_TOP]);
    expect((await db.items.get('reddit:t3_a'))!.answeredAt).toBe(T0 + 40 * 60_000);
    await seen([{ ...OUR_TOP, platformId: 't1_later', time: at(120) }]);
    expect((await db.items.get('reddit:t3_a'))!.answeredAt).toBe(T0 + 40 * 60_000);
  });

  it('times an answer without a page time by when it was seen', async () => {
    await seen([QUESTION, { ...OUR_REPLY, time: '' }]);
    expect((await db.items.get('reddit:t1_q'))!.answeredAt).toBe(NOW);
  });

  it('keeps an ignored item ignored, and Tact’s logged reply beside the page’s answer', async () => {
    await seen([QUESTION, POST]);
    await setItemStatus(db, 'reddit:t1_q', 'ignored', NOW);
    await db.items.update('reddit:t3_a', { repliedAt: T0 + 20 * 60_000 });
    await seen([OUR_REPLY, OUR_TOP]);
    expect(await db.items.get('reddit:t1_q')).toMatchObject({ status: 'ignored', answeredAt: T0 + 55 * 60_000 });
    const post = (await db.items.get('reddit:t3_a'))!;
    expect(post).toMatchObject({ repliedAt: T0 + 20 * 60_000, answeredAt: T0 + 40 * 60_000 });
    expect(firstResponseAt(post)).toBe(T0 + 20 * 60_000);
  });

  it('does not take an author whose name only looks like ours', async () => {
    await seen([
      QUESTION,
      { ...OUR_REPLY, author: { name: 'acme_support_fan', handle: 'u/acme_support_fan', url: '' } },
    ]);
    expect(await db.items.get('reddit:t1_q')).toMatchObject({ status: 'new', answeredAt: null });
  });
});

describe('status events', () => {
  it('say who changed the status: the CM name, else nobody named', async () => {
    await seen([QUESTION]);
    await setItemStatus(db, 'reddit:t1_q', 'in_progress', NOW);
    await db.settings.put({ key: 'settings', value: { cmName: 'Léa' } as never });
    await setItemStatus(db, 'reddit:t1_q', 'ignored', NOW + 1);
    const events = await db.events.where('itemKey').equals('reddit:t1_q').sortBy('at');
    expect(events.map((e) => e.data)).toEqual([
      { from: 'new', to: 'in_progress', by: '' },
      { from: 'in_progress', to: 'ignored', by: 'Léa' },
    ]);
  });
});

describe('posted time', () => {
  it('is read from the page’s label against when it was seen, and kept when seen again later', async () => {
    await seen([{ ...QUESTION, time: '2 h' }]);
    expect((await db.items.get('reddit:t1_q'))!.postedAt).toBe(NOW - 2 * 3600_000);
    await seen([
      { ...QUESTION, time: 'nonsense' },
      { ...OUR_REPLY, time: '' },
    ]);
    expect((await db.items.get('reddit:t1_q'))!.postedAt).toBe(NOW - 2 * 3600_000);
    expect((await db.items.get('reddit:t1_r'))!.postedAt).toBeNull();
  });
});
