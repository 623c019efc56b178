// items.correct through the router on a fresh database: the item takes the CM's values, the model's
// are kept, one 'correction' event per item and field says who and when, a correction back to the
// model's value undoes it (event gone), the count reads the corrections that stand, and seeing the
// item again keeps the CM's word.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { countCorrections } from '../../utils/mentions/corrections-repo';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/sidepanel.html' };

let db: TactDB;
let now: number;
let handle: ReturnType<typeof createRouter>;

beforeEach(() => {
  db = new TactDB(`items-correct-${Math.random()}`);
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

async function call<T = unknown>(type: string, payload: unknown, from: SenderInfo = page): Promise<T> {
  const reply = await handle({ type, payload }, from);
  if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply.error)}`);
  return reply.data as T;
}

const POST = {
  platform: 'x',
  platformId: '1',
  kind: 'post',
  author: { name: 'Marie Dupont', handle: '@marie', url: 'https://x.com/marie' },
  text: 'Is the @acme RoadRunner 3000 waterproof?',
  permalink: 'https://x.com/marie/status/1',
};

async function seed(): Promise<string> {
  await call('brands.save', { brand: { name: 'Acme', handles: ['@acme'] } });
  const seen = await call<{ results: Array<{ key: string }> }>(
    'items.seen',
    { platform: 'x', url: 'https://x.com/home', items: [POST] },
    content,
  );
  return seen.results[0]!.key;
}

const corrections = () => db.events.where('type').equals('correction').toArray();

describe('items.correct', () => {
  it('corrects intent and sentiment, keeps the model’s values and logs who and when', async () => {
    const key = await seed();
    const before = (await db.items.get(key))!;
    expect(before.intent).toBe('question');
    await call('settings.set', { cmName: 'Marie' });
    const r = await call('items.correct', { key, intent: 'complaint', sentiment: 'negative' });
    expect(r).toEqual({
      found: true,
      intent: 'complaint',
      sentiment: 'negative',
      original: { intent: 'question', sentiment: 'neutral' },
    });
    expect(await db.items.get(key)).toMatchObject({ intent: 'complaint', sentiment: -0.5 });
    expect((await db.verdicts.get([key, 'correction']))?.data).toMatchObject({
      original: { intent: 'question', sentiment: before.sentiment },
      by: 'Marie',
      at: now,
    });
    expect((await corrections()).map((e) => [e.itemKey, e.at, e.data])).toEqual([
      [key, now, { field: 'intent', from: 'question', to: 'complaint', by: 'Marie' }],
      [key, now, { field: 'sentiment', from: 'neutral', to: 'negative', by: 'Marie' }],
    ]);
    expect(await countCorrections(db)).toEqual({ total: 2, byField: { intent: 1, sentiment: 1 } });
  });

  it('keeps one event per field, moved to the latest correction; back to the model’s value undoes', async () => {
    const key = await seed();
    await call('items.correct', { key, intent: 'complaint' });
    now += 60_000;
    await call('settings.set', { cmName: 'Léo' });
    await call('items.correct', { key, intent: 'urgent' });
    expect((await corrections()).map((e) => [e.at, e.data])).toEqual([
      [now, { field: 'intent', from: 'question', to: 'urgent', by: 'Léo' }],
    ]);
    const undone = await call('items.correct', { key, intent: 'question' });
    expect(undone).toMatchObject({ intent: 'question', original: { intent: null, sentiment: null } });
    expect(await corrections()).toEqual([]);
    expect(await db.verdicts.get([key, 'correction'])).toBeUndefined();
    expect(await countCorrections(db)).toEqual({ total: 0, byField: {} });
  });

  it('counts only the corrections made in a period', async () => {
    const key = await seed();
    await call('items.correct', { key, sentiment: 'positive' });
    expect((await countCorrections(db, { from: now, to: now + 1 })).total).toBe(1);
    expect((await countCorrections(db, { from: now + 1, to: now + 2 })).total).toBe(0);
  });

  it('keeps the CM’s word when the page shows the item again, in the store and on the card', async () => {
    const key = await seed();
    await call('items.correct', { key, intent: 'purchase_intent', sentiment: 'positive' });
    const again = await call<{ results: Array<{ analysis: { intent: string; sentiment: number } }> }>(
      'items.seen',
      { platform: 'x', url: 'https://x.com/home', items: [POST] },
      content,
    );
    expect(await db.items.get(key)).toMatchObject({ intent: 'purchase_intent', sentiment: 0.5 });
    // The page's card shows it too.
    expect(again.results[0]!.analysis).toMatchObject({ intent: 'purchase_intent', sentiment: 0.5 });
  });

  it('answers found: false for an unknown item; refuses empty or invalid requests and content scripts', async () => {
    expect(await call('items.correct', { key: 'x:404', intent: 'praise' })).toMatchObject({ found: false });
    const key = await seed();
    for (const payload of [{ key }, { key, intent: 'angry' }, { key, sentiment: 'meh' }]) {
      expect(await handle({ type: 'items.correct', payload }, page)).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
    }
    expect(await handle({ type: 'items.correct', payload: { key, intent: 'praise' } }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await corrections()).toEqual([]);
  });
});
