// The background's troll side through the router, on a real (in-memory) database and the committed
// model: verdicts per item at the user's sensitivity, stored once per item, per-author counts, reviews
// and labels.
import { beforeEach, describe, expect, it } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import type { SenderInfo } from '../../utils/messaging/router';
import { classifyComment } from '../../utils/trolls/core/verdict';
import { loadAbuseModel } from '../../utils/trolls/core/abuse';
import { trollThreshold } from '../../utils/trolls/core/sensitivity';
import { contentScript, extensionPage, testRouter, type TestRouter } from '../support/router';
import { THREAD_URL as URL_, TROLL_BATCH as BATCH, threadItem as item } from '../support/troll-thread';

const page = extensionPage();
const content = contentScript(URL_);
const foreign: SenderInfo = { id: 'other', url: 'chrome-extension://other/x.html' };

let db: TactDB;
let handle: TestRouter;
beforeEach(() => {
  db = new TactDB(`trolls-${Math.random()}`);
  handle = testRouter(db);
});

async function seen(items = BATCH) {
  const reply = await handle({ type: 'items.seen', payload: { platform: 'reddit', url: URL_, items } }, content);
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return (
    reply.data as {
      results: Array<{
        key: string;
        troll: { type: string; confidence: number; cues: Array<{ start: number; end: number; label: string }> } | null;
        author: { key: string; counts: Record<string, number>; labels: string[] } | null;
      }>;
    }
  ).results;
}

describe('troll verdicts in items.seen', () => {
  it('flags the flamer and the spammer with cues inside their text, and the customer as no troll', async () => {
    const r = await seen();
    expect(r.map((x) => x.troll?.type ?? null)).toEqual([null, 'flamer', 'spammer', 'unhappy_customer']);
    for (const [i, x] of r.entries()) {
      for (const c of x.troll?.cues ?? []) {
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.end).toBeLessThanOrEqual(BATCH[i]!.text.length);
      }
    }
    expect(r[1]!.troll!.cues.map((c) => BATCH[1]!.text.slice(c.start, c.end))).toContain('clowns');
    expect(await db.verdicts.get(['reddit:t1_1', 'troll'])).toMatchObject({
      data: { type: 'flamer', review: 'none', counted: 'flamer' },
    });
  });

  it('counts each comment once per author, however often the page sends it', async () => {
    await seen();
    const again = await seen();
    expect(again[1]!.author).toMatchObject({ key: 'reddit:u/darkv', counts: { flamer: 1 }, labels: [] });
    expect((await db.authors.get('reddit:u/darkv'))!.recent).toEqual([BATCH[1]!.text]);
  });

  it('flags at the sensitivity set in the options', async () => {
    const model = await loadAbuseModel();
    // A comment whose troll score sits between the high and the low thresholds, read from the classifier itself.
    const candidates = [
      'Unrelated, but does anyone know a good bike shop near Lyon Part-Dieu?',
      'Quelqu’un a testé la nouvelle piste cyclable le long du Rhône ? Elle est ouverte jusqu’où ?',
      'Et sinon, vous pensez quoi des élections ? Les politiques sont tous pareils.',
      'Actually, it’s "its", not "it’s". Learn to write before you sell stuff.',
    ];
    const post = BATCH[0]!.text;
    const scored = candidates.map((text) => ({
      text,
      v: classifyComment({ text, context: { post, thread: [] } }, model, { threshold: 0 }),
    }));
    const mid = scored.find((s) => s.v.troll >= trollThreshold('high') && s.v.troll < trollThreshold('low'));
    expect(mid, `one of ${scored.map((s) => s.v.troll).join(', ')} between the thresholds`).toBeDefined();
    const batch = [BATCH[0]!, item('t1_9', 'mid', mid!.text)];
    expect(await handle({ type: 'settings.set', payload: { trollSensitivity: 'low' } }, page)).toMatchObject({
      ok: true,
    });
    expect((await seen(batch))[1]!.troll).toBeNull();
    expect(await handle({ type: 'settings.set', payload: { trollSensitivity: 'high' } }, page)).toMatchObject({
      ok: true,
    });
    expect((await seen(batch))[1]!.troll).not.toBeNull();
    // Once the moderator confirmed it, a lower sensitivity no longer drops it.
    expect(
      await handle({ type: 'trolls.review', payload: { key: 'reddit:t1_9', review: 'confirmed' } }, content),
    ).toMatchObject({ ok: true, data: { updated: true } });
    expect(await handle({ type: 'settings.set', payload: { trollSensitivity: 'low' } }, page)).toMatchObject({
      ok: true,
    });
    expect((await seen(batch))[1]!.troll).toMatchObject({
      type: mid!.v.type ?? expect.any(String),
      review: 'confirmed',
    });
  });
});

describe('a very long comment full of cues', () => {
  it('gets a valid answer with its cues bounded, and the batch keeps its other items', async () => {
    const long = 'BUY NOW https://spam.example/deal idiots!!! '.repeat(400).slice(0, 19_000);
    const r = await seen([BATCH[0]!, item('t1_long', 'bot', long), BATCH[1]!]);
    expect(r).toHaveLength(3);
    expect(r[1]!.troll).not.toBeNull();
    expect(r[1]!.troll!.cues.length).toBeLessThanOrEqual(60);
    expect(r[2]!.troll).toMatchObject({ type: 'flamer' });
  });
});

describe('trolls.review', () => {
  it('confirms, then dismisses: a dismissed verdict is not flagged again and leaves the author’s counts', async () => {
    await seen();
    const confirmed = await handle(
      { type: 'trolls.review', payload: { key: 'reddit:t1_1', review: 'confirmed' } },
      content,
    );
    expect(confirmed).toMatchObject({ ok: true, data: { updated: true, author: { counts: { flamer: 1 } } } });
    expect((await seen())[1]!.troll).toMatchObject({ type: 'flamer', review: 'confirmed' });
    const dismissed = await handle(
      { type: 'trolls.review', payload: { key: 'reddit:t1_1', review: 'dismissed' } },
      content,
    );
    expect(dismissed).toMatchObject({ ok: true, data: { updated: true, author: { counts: {} } } });
    const after = await seen();
    expect(after[1]!.troll).toBeNull();
    expect(after[1]!.author!.counts).toEqual({});
    expect(await db.events.where('type').equals('troll.review').count()).toBe(2);
  });

  it('says nothing was updated for an item without a verdict', async () => {
    expect(
      await handle({ type: 'trolls.review', payload: { key: 'reddit:t1_none', review: 'dismissed' } }, content),
    ).toMatchObject({
      ok: true,
      data: { updated: false, author: null },
    });
  });
});

describe('authors.label / authors.get', () => {
  it('stores tidied labels and a note, from the page or from an extension page', async () => {
    await seen();
    const reply = await handle(
      {
        type: 'authors.label',
        payload: { key: 'reddit:u/darkv', labels: [' Troll connu ', 'insulte', 'INSULTE'], note: ' vu 3 fois ' },
      },
      content,
    );
    expect(reply).toMatchObject({
      ok: true,
      data: { key: 'reddit:u/darkv', labels: ['known_troll', 'insulte'], note: 'vu 3 fois', counts: { flamer: 1 } },
    });
    expect(await handle({ type: 'authors.get', payload: { key: 'reddit:u/darkv' } }, page)).toMatchObject({
      ok: true,
      data: { labels: ['known_troll', 'insulte'] },
    });
    // Seeing the author again keeps the moderator's labels.
    expect((await seen())[1]!.author).toMatchObject({ labels: ['known_troll', 'insulte'] });
  });

  it('answers null for an author Tact never saw, and refuses oversized input or foreign senders', async () => {
    expect(
      await handle({ type: 'authors.label', payload: { key: 'reddit:u/ghost', labels: ['x'], note: '' } }, content),
    ).toMatchObject({ ok: true, data: null });
    expect(
      await handle(
        { type: 'authors.label', payload: { key: 'reddit:u/ghost', labels: [], note: 'n'.repeat(5000) } },
        content,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(
      await handle({ type: 'authors.label', payload: { key: 'k', labels: Array(50).fill('a'), note: '' } }, content),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await handle({ type: 'authors.get', payload: { key: 'reddit:u/darkv' } }, foreign)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('pushing author changes to tabs', () => {
  it('tells every tab showing a comment by the author, and only those', async () => {
    const pushed: Array<[number, string, string[]]> = [];
    const h = testRouter(db, {
      pushAuthor: async (tabId, m) => void pushed.push([tabId, m.key, m.labels]),
    });
    const tab = (id: number): SenderInfo => ({ id: 'tact-id', url: URL_, tab: { id, url: URL_ } });
    await h({ type: 'items.seen', payload: { platform: 'reddit', url: URL_, items: BATCH } }, tab(3));
    await h({ type: 'items.seen', payload: { platform: 'reddit', url: URL_, items: [BATCH[1]!] } }, tab(4));
    await h({ type: 'items.seen', payload: { platform: 'reddit', url: URL_, items: [BATCH[2]!] } }, tab(5));
    await h({ type: 'authors.label', payload: { key: 'reddit:u/darkv', labels: ['known troll'], note: '' } }, tab(3));
    expect(pushed.sort()).toEqual([
      [3, 'reddit:u/darkv', ['known_troll']],
      [4, 'reddit:u/darkv', ['known_troll']],
    ]);
  });
});
