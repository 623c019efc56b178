// Moderation actions are logged with who and when (issue #15): a verdict reviewed ('troll.review'), an
// author's labels put on or taken off ('author.label'), and an item first flagged as a likely troll
// ('troll.flag', once per item however often the page shows it). Through the router, real model.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/sidepanel.html' };
const URL_ = 'https://www.reddit.com/r/acme/comments/1abcde/x/';
const content: SenderInfo = { id: 'tact-id', url: URL_, tab: { id: 3, url: URL_ } };

let db: TactDB;
let now: number;
let handle: ReturnType<typeof createRouter>;
beforeEach(() => {
  db = new TactDB(`moderation-log-${Math.random()}`);
  now = 1_800_000_000_000;
  handle = createRouter(
    createHandlers(db, {
      setBadge: async () => {},
      notify: async () => {},
      revealInTab: async () => false,
      openTab: async () => {},
      now: () => now,
    }),
    EXT,
  );
});

async function call(type: string, payload: unknown, from: SenderInfo = content): Promise<unknown> {
  const reply = await handle({ type, payload }, from);
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

const comment = (id: string, who: string, text: string) => ({
  platform: 'reddit',
  platformId: id,
  kind: 'comment',
  author: { name: '', handle: `u/${who}`, url: '' },
  text,
  parentId: 't3_a',
  rootText: 'RoadRunner 3000 problems? Battery drains in 20 minutes',
});
const FLAMER = comment('t1_1', 'darkv', 'imagine paying for ACME Corp garbage lmao. you all deserve it, clowns 🤡');
const CALM = comment('t1_2', 'anna', 'Mine works fine since the update, battery lasts all day.');

const seen = (items = [FLAMER, CALM]) => call('items.seen', { platform: 'reddit', url: URL_, items });
const eventsOf = (type: string) => db.events.where('type').equals(type).toArray();

describe('troll.flag', () => {
  it('logs one event for a flagged item, with its type, however often the page shows it', async () => {
    await seen();
    now += 60_000;
    await seen();
    const flags = await eventsOf('troll.flag');
    expect(flags).toEqual([
      expect.objectContaining({ itemKey: 'reddit:t1_1', at: 1_800_000_000_000, data: { type: 'flamer', by: '' } }),
    ]);
    expect((await db.verdicts.get(['reddit:t1_1', 'troll']))?.data.flaggedAt).toBe(1_800_000_000_000);
  });

  it('logs no flag for a comment that is no troll', async () => {
    await seen([CALM]);
    expect(await eventsOf('troll.flag')).toEqual([]);
  });

  it('does not log the item again after a dismissal and a confirmation', async () => {
    await seen();
    await call('trolls.review', { key: 'reddit:t1_1', review: 'dismissed' });
    await seen();
    await call('trolls.review', { key: 'reddit:t1_1', review: 'confirmed' });
    await seen();
    expect(await eventsOf('troll.flag')).toHaveLength(1);
  });
});

describe('troll.review', () => {
  it('logs the review with the CM’s name and the time', async () => {
    await call('settings.set', { cmName: 'Marie' }, page);
    await seen();
    now += 5_000;
    await call('trolls.review', { key: 'reddit:t1_1', review: 'dismissed' });
    expect(await eventsOf('troll.review')).toEqual([
      expect.objectContaining({
        itemKey: 'reddit:t1_1',
        at: now,
        data: { review: 'dismiss', type: 'flamer', by: 'Marie' },
      }),
    ]);
  });

  it('logs an empty author when the CM gave no name and team sync is off', async () => {
    await seen();
    await call('trolls.review', { key: 'reddit:t1_1', review: 'confirmed' });
    expect((await eventsOf('troll.review'))[0]?.data).toEqual({ review: 'confirm', type: 'flamer', by: '' });
  });
});

describe('author.label', () => {
  it('logs each label put on or taken off, with who and when; a note alone logs nothing', async () => {
    await call('settings.set', { cmName: 'Léo' }, page);
    await seen();
    await call('authors.label', { key: 'reddit:u/darkv', labels: ['Troll connu', 'insulte'], note: '' });
    now += 1_000;
    await call('authors.label', { key: 'reddit:u/darkv', labels: ['insulte', 'spam'], note: 'vu 3 fois' });
    now += 1_000;
    await call('authors.label', { key: 'reddit:u/darkv', labels: ['insulte', 'spam'], note: 'vu 4 fois' });
    const events = await eventsOf('author.label');
    const t0 = 1_800_000_000_000;
    const data = (label: string, on: boolean) => ({ label, on, by: 'Léo', author: 'reddit:u/darkv' });
    expect(events.map((e) => [e.at, e.data])).toEqual([
      [t0, data('known_troll', true)],
      [t0, data('insulte', true)],
      [t0 + 1_000, data('spam', true)],
      [t0 + 1_000, data('known_troll', false)],
    ]);
  });

  it('logs nothing for an author Tact never saw', async () => {
    await call('authors.label', { key: 'reddit:u/ghost', labels: ['spam'], note: '' });
    expect(await eventsOf('author.label')).toEqual([]);
  });
});
