// Advocates and detractors (issue #17, item 2): the thresholds at their boundaries (2 vs 3, the 30-day
// window, outweighing), what counts as answered, trolls kept apart from detractors, the thanks lines
// through the tone checker, and the repository reading only the batch's authors through the v8 index.
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import { TactDB, type Author, type StoredItem } from '../../utils/db/schema';
import {
  CLEAR_SENTIMENT,
  OUTWEIGH_FACTOR,
  STANDING_DAYS,
  STANDING_MIN,
  markedTroll,
  polarity,
  standingCandidates,
  standingOf,
  type StandingItem,
} from '../../utils/care/core/standing';
import { standingsOf } from '../../utils/care/standing-repo';
import { loadStandings } from '../../utils/care/standings-repo';
import { thanksTemplates } from '../../utils/care/core/thanks';
import { careReplies } from '../../utils/care/core/care-replies';
import type { CareEntry, Standing } from '../../utils/care/core/care-info';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { checkDraft } from '../../utils/tone/core/check';
import type { Item } from '../../utils/platforms/item';
import { V7_ITEM } from '../support/stored-item';
import { careSuggestionsFor } from '../../utils/care/replies-repo';
import { saveBrand } from '../../utils/mentions/repo';
import { defaultToneProfile } from '../../utils/tone/core/defaults';
import { contentScript, extensionPage, testRouter, type TestRouter } from '../support/router';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12, 0);

const mention = (over: Partial<StandingItem> = {}): StandingItem => ({
  intent: 'praise',
  sentiment: 0.6,
  postedAt: NOW - DAY,
  firstSeenAt: NOW - DAY,
  repliedAt: null,
  answeredAt: null,
  brandIds: ['acme'],
  ours: 0,
  ...over,
});
const praises = (n: number, over: Partial<StandingItem> = {}) =>
  Array.from({ length: n }, (_, i) => mention({ postedAt: NOW - (i + 1) * DAY, ...over }));
const complaints = (n: number, over: Partial<StandingItem> = {}) =>
  praises(n, { intent: 'complaint', sentiment: -0.6, ...over });

describe('what counts', () => {
  it('the intent decides first, then only a clear sentiment', () => {
    expect(polarity({ intent: 'praise', sentiment: -0.9 })).toBe(1);
    expect(polarity({ intent: 'complaint', sentiment: 0.9 })).toBe(-1);
    expect(polarity({ intent: 'urgent', sentiment: 0 })).toBe(-1);
    expect(polarity({ intent: 'question', sentiment: CLEAR_SENTIMENT })).toBe(1);
    expect(polarity({ intent: 'question', sentiment: CLEAR_SENTIMENT - 0.01 })).toBe(0);
    expect(polarity({ intent: 'other', sentiment: -CLEAR_SENTIMENT })).toBe(-1);
    expect(polarity({ intent: 'other', sentiment: 0.3 })).toBe(0);
  });

  it('a troll is marked by the moderator label or by any troll verdict count, not by unhappy_customer', () => {
    expect(markedTroll(undefined)).toBe(false);
    expect(markedTroll({ labels: ['known_troll'], counts: {} })).toBe(true);
    expect(markedTroll({ labels: ['vip_customer'], counts: { flamer: 1 } })).toBe(true);
    expect(markedTroll({ labels: [], counts: { unhappy_customer: 5 } })).toBe(false);
    expect(markedTroll({ labels: ['grumpy'], counts: { nonsense_type: 3 } })).toBe(false);
  });
});

describe('advocate and detractor thresholds', () => {
  it(`${STANDING_MIN - 1} praises are not enough, ${STANDING_MIN} make an advocate`, () => {
    expect(STANDING_MIN).toBe(3);
    expect(STANDING_DAYS).toBe(30);
    expect(standingOf(praises(2), undefined, NOW)).toBeNull();
    expect(standingOf(praises(3), undefined, NOW)).toEqual<Standing>({
      kind: 'advocate',
      positives: 3,
      negatives: 0,
      answered: 0,
      days: 30,
    });
  });

  it('2 complaints are not enough, 3 make a detractor', () => {
    expect(standingOf(complaints(2), undefined, NOW)).toBeNull();
    expect(standingOf(complaints(3), undefined, NOW)).toMatchObject({ kind: 'detractor', negatives: 3, positives: 0 });
  });

  it('only the last 30 days count (posted time, else first seen), to the millisecond', () => {
    const inside = mention({ postedAt: NOW - 30 * DAY });
    const outside = mention({ postedAt: NOW - 30 * DAY - 1 });
    expect(standingOf([...praises(2), inside], undefined, NOW)?.kind).toBe('advocate');
    expect(standingOf([...praises(2), outside], undefined, NOW)).toBeNull();
    // Without a posted time, when Tact first saw it.
    const seenOld = mention({ postedAt: null, firstSeenAt: NOW - 31 * DAY });
    const seenRecent = mention({ postedAt: null, firstSeenAt: NOW - 2 * DAY });
    expect(standingOf([...praises(2), seenOld], undefined, NOW)).toBeNull();
    expect(standingOf([...praises(2), seenRecent], undefined, NOW)?.kind).toBe('advocate');
    // The posted time wins over when it was seen: posted 40 days ago, seen yesterday, is out.
    expect(
      standingOf([...praises(2), mention({ postedAt: NOW - 40 * DAY, firstSeenAt: NOW - DAY })], undefined, NOW),
    ).toBeNull();
  });

  it('counts answered mentions of the deciding side: a reply with Tact or our reply seen on the page', () => {
    const history = [
      mention({ repliedAt: NOW - 5 * DAY }),
      mention({ answeredAt: NOW - 4 * DAY }),
      mention({ repliedAt: NOW - 3 * DAY, answeredAt: NOW - 2 * DAY }),
      mention(),
      // An answered complaint is not an answered praise.
      mention({ intent: 'complaint', sentiment: -0.5, repliedAt: NOW - DAY }),
    ];
    expect(standingOf(history, undefined, NOW)).toEqual<Standing>({
      kind: 'advocate',
      positives: 4,
      negatives: 1,
      answered: 3,
      days: 30,
    });
    const detractor = standingOf([...complaints(3, { answeredAt: NOW }), ...complaints(1)], undefined, NOW);
    expect(detractor).toMatchObject({ kind: 'detractor', negatives: 4, answered: 3 });
  });

  it('a mixed history is neither: one side must clearly outweigh the other', () => {
    expect(OUTWEIGH_FACTOR).toBe(2);
    // 4 praises, 2 complaints: just outweighs.
    expect(standingOf([...praises(4), ...complaints(2)], undefined, NOW)?.kind).toBe('advocate');
    // 3 and 2, 5 and 3: mixed.
    expect(standingOf([...praises(3), ...complaints(2)], undefined, NOW)).toBeNull();
    expect(standingOf([...praises(5), ...complaints(3)], undefined, NOW)).toBeNull();
    expect(standingOf([...praises(3), ...complaints(3)], undefined, NOW)).toBeNull();
    expect(standingOf([...complaints(6), ...praises(3)], undefined, NOW)?.kind).toBe('detractor');
    // Neutral mentions do not count either way.
    const neutral = praises(10, { intent: 'question', sentiment: 0.2 });
    expect(standingOf([...neutral, ...praises(2)], undefined, NOW)).toBeNull();
  });

  it('a troll-labelled or troll-flagged author is never a detractor (nor an advocate)', () => {
    const unhappy = complaints(5);
    expect(standingOf(unhappy, { labels: [], counts: { unhappy_customer: 4 } }, NOW)?.kind).toBe('detractor');
    expect(standingOf(unhappy, { labels: ['known_troll'], counts: {} }, NOW)).toBeNull();
    expect(standingOf(unhappy, { labels: [], counts: { flamer: 1 } }, NOW)).toBeNull();
    expect(standingOf(praises(5), { labels: ['known_troll'] }, NOW)).toBeNull();
  });

  it('only mentions count: our own posts and items naming no brand are left out; a brand scope narrows', () => {
    expect(standingOf([...praises(2), mention({ ours: 1 })], undefined, NOW)).toBeNull();
    expect(standingOf([...praises(2), mention({ brandIds: [] })], undefined, NOW)).toBeNull();
    const mixed = [...praises(3, { brandIds: ['other'] }), ...praises(2)];
    expect(standingOf(mixed, undefined, NOW)?.positives).toBe(5);
    expect(standingOf(mixed, undefined, NOW, { brandIds: ['acme'] })).toBeNull();
    expect(standingOf(mixed, undefined, NOW, { brandIds: ['other'] })?.positives).toBe(3);
  });
});

describe('thanks lines', () => {
  const advocate: Standing = { kind: 'advocate', positives: 4, negatives: 0, answered: 2, days: 30 };
  const FR = toneProfileSchema.parse({ name: 'Acme FR', language: 'fr', address: 'vous', emoji: 'none' });
  const FR_TU = toneProfileSchema.parse({ name: 'Acme', language: 'fr', address: 'tu', emoji: 'sparing' });
  const EN = toneProfileSchema.parse({ name: 'Acme', language: 'en', emoji: 'sparing', signature: '— Acme team' });

  it('say what the advocate did, in FR and EN, and never leave a placeholder from the page', () => {
    const fr = thanksTemplates({
      lang: 'fr',
      platform: 'reddit',
      firstName: 'Julie',
      topic: 'la livraison',
      standing: advocate,
    });
    expect(fr[0]).toMatch(
      /^Merci \{prénom\} pour \[\[vos\|tes\]\] retours réguliers : quatre messages positifs ces 30/u,
    );
    expect(fr.some((l) => l.includes('Reddit'))).toBe(true);
    expect(fr.some((l) => l.includes('la livraison'))).toBe(true);
    const en = thanksTemplates({ lang: 'en', platform: 'x', firstName: undefined, topic: undefined, standing: null });
    expect(en.length).toBeGreaterThanOrEqual(2);
    expect(en.every((l) => !/regular feedback/u.test(l))).toBe(true);
    const sneaky = thanksTemplates({
      lang: 'en',
      platform: 'x',
      firstName: undefined,
      topic: '{brand} [[a|b]]',
      standing: null,
    });
    expect(sneaky.join(' ')).not.toMatch(/\{brand\} \[\[a/u);
  });

  for (const [name, profile, lang] of [
    ['FR vous', FR, 'fr'],
    ['FR tu', FR_TU, 'fr'],
    ['EN', EN, 'en'],
  ] as const) {
    it(`fit the ${name} tone profile: three suggestions, each passing the tone checker`, () => {
      const replies = careReplies({
        purpose: 'thanks',
        item: { text: 'Love Acme, best rockets ever', platform: 'reddit', author: 'Julie Martin', lang, brand: 'Acme' },
        lang,
        profile,
        snippets: [],
        holdingStatements: [],
        clause: null,
        standing: advocate,
        topic: undefined,
        firstName: 'Julie',
        avoid: [],
        opts: { brand: { name: 'Acme', aliases: [], products: [] } },
      });
      expect(replies).toHaveLength(3);
      for (const r of replies) {
        expect(r.text).toContain('Julie');
        expect(r.text).not.toMatch(/[{}]|\[\[/u);
        expect(checkDraft(r.text, profile, { platform: 'reddit', lang })).toEqual([]);
      }
      expect(replies[0]!.text).toMatch(lang === 'fr' ? /retours réguliers/u : /regular feedback/u);
      if (name === 'FR tu') expect(replies[0]!.text).toContain('tes retours');
      if (name === 'FR vous') expect(replies[0]!.text).toContain('vos retours');
    });
  }

  it('the team’s thanks snippets come first', () => {
    const replies = careReplies({
      purpose: 'thanks',
      item: { text: 'Great service', platform: 'x', author: 'Sam', lang: 'en', brand: 'Acme' },
      lang: 'en',
      profile: EN,
      snippets: [{ id: 's1', body: 'Thanks a lot {firstName}, you are a star!', language: 'en', kind: 'thanks' }],
      holdingStatements: [],
      clause: null,
      standing: advocate,
      topic: undefined,
      firstName: 'Sam',
      avoid: [],
      opts: {},
    });
    expect(replies[0]).toMatchObject({ snippet: 's1' });
    expect(replies[0]!.text).toContain('Thanks a lot Sam');
  });
});

// --- the repositories, on fake-indexeddb -----------------------------------------------------------

interface Read {
  table: string;
  op: string;
  index?: string | null;
  keys?: unknown[];
  /** A query's key range: [lower, upper]. */
  range?: [unknown, unknown];
}

/** A database that logs every read request it gets (Dexie's DBCore middleware). */
function spiedDb(name: string) {
  const reads: Read[] = [];
  const db = new TactDB(name);
  db.use({
    stack: 'dbcore',
    name: 'read-spy',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName: string): DBCoreTable => {
        const t = down.table(tableName);
        return {
          ...t,
          get: (req) => (reads.push({ table: tableName, op: 'get' }), t.get(req)),
          getMany: (req) => (reads.push({ table: tableName, op: 'getMany', keys: [...req.keys] }), t.getMany(req)),
          query: (req) => (
            reads.push({
              table: tableName,
              op: 'query',
              index: req.query.index.name,
              range: [req.query.range.lower, req.query.range.upper],
            }),
            t.query(req)
          ),
          openCursor: (req) => (
            reads.push({ table: tableName, op: 'openCursor', index: req.query.index.name }),
            t.openCursor(req)
          ),
          count: (req) => (reads.push({ table: tableName, op: 'count', index: req.query.index.name }), t.count(req)),
        };
      },
    }),
  });
  return { db, reads };
}

let seq = 0;
function stored(who: string, over: Partial<StoredItem> = {}): StoredItem {
  seq++;
  const at = over.postedAt ?? NOW - DAY;
  return {
    platform: 'reddit',
    platformId: `t1_${seq}`,
    kind: 'comment',
    author: { name: who, handle: `u/${who}`, url: '' },
    text: `Message ${seq} from ${who}`,
    time: '',
    permalink: `https://www.reddit.com/r/acme/comments/1abcde/x/c${seq}/`,
    parentId: 'p1',
    key: `reddit:t1_${seq}`,
    firstSeenAt: at,
    lastSeenAt: at,
    brandIds: ['acme'],
    status: 'new',
    attention: 1,
    intent: 'praise',
    sentiment: 0.6,
    priority: 10,
    repliedAt: null,
    ...V7_ITEM,
    postedAt: at,
    authorKey: `reddit:u/${who.toLowerCase()}`,
    lang: 'en',
    ...over,
  } as StoredItem;
}
function authorRow(who: string, over: Partial<Author> = {}): Author {
  return {
    key: `reddit:u/${who.toLowerCase()}`,
    platform: 'reddit',
    handle: `u/${who}`,
    name: who,
    url: '',
    firstSeenAt: NOW - 40 * DAY,
    lastSeenAt: NOW,
    notes: '',
    labels: [],
    counts: {},
    recent: [],
    ...over,
  };
}
const entry = (who: string, over: Partial<CareEntry> = {}): CareEntry => ({
  key: `reddit:entry-${who}`,
  item: {
    platform: 'reddit',
    platformId: `entry-${who}`,
    kind: 'comment',
    author: { name: who, handle: `u/${who}`, url: '' },
    text: 'hello',
    time: '',
    permalink: '',
    parentId: 'p1',
  } as Item,
  brandIds: [],
  ours: false,
  lang: 'en',
  troll: null,
  ...over,
});

describe('standingsOf (the items.seen batch)', () => {
  let db: TactDB;
  let reads: Read[];
  beforeEach(async () => {
    ({ db, reads } = spiedDb(`care-standing-${Math.random()}`));
    const days = (n: number) => NOW - n * DAY;
    await db.items.bulkPut([
      ...[1, 2, 3].map((d) => stored('Ada', { postedAt: days(d), answeredAt: d === 1 ? days(0) : null })),
      ...[1, 2, 3, 4].map((d) => stored('Bob', { postedAt: days(d), intent: 'complaint', sentiment: -0.6 })),
      ...[1, 2, 3].map((d) => stored('Troll', { postedAt: days(d), intent: 'complaint', sentiment: -0.8 })),
      ...[1, 2].map((d) => stored('Cy', { postedAt: days(d) })),
      // Many other authors the batch never names.
      ...Array.from({ length: 300 }, (_, i) => stored(`Other${i}`, { postedAt: days(i % 20) })),
    ]);
    await db.authors.bulkPut([
      authorRow('Ada'),
      authorRow('Bob', { counts: { unhappy_customer: 2 } }),
      authorRow('Troll', { labels: ['known_troll'] }),
      authorRow('Cy'),
    ]);
    reads.length = 0;
  });

  it('gives each entry its author’s standing, reading only the batch’s authors through the index', async () => {
    const batch = [entry('Ada'), entry('Bob'), entry('Troll'), entry('Cy'), entry('Ada', { key: 'again' })];
    const got = await standingsOf(db, batch, NOW);
    expect(got.map((s) => s?.kind ?? null)).toEqual(['advocate', 'detractor', null, null, 'advocate']);
    expect(got[0]).toEqual({ kind: 'advocate', positives: 3, negatives: 0, answered: 1, days: 30 });
    const itemReads = reads.filter((r) => r.table === 'items');
    // Items by the authorKey index, exactly the batch's authors (one key range each): never a scan.
    expect(itemReads.every((r) => r.op === 'query' && r.index === 'authorKey')).toBe(true);
    expect(itemReads.map((r) => r.range![0]).sort()).toEqual([
      'reddit:u/ada',
      'reddit:u/bob',
      'reddit:u/cy',
      'reddit:u/troll',
    ]);
    expect(itemReads.every((r) => r.range![0] === r.range![1])).toBe(true);
    const authorReads = reads.filter((r) => r.table === 'authors');
    expect(authorReads).toHaveLength(1);
    expect(new Set(authorReads[0]!.keys)).toEqual(
      new Set(['reddit:u/ada', 'reddit:u/bob', 'reddit:u/troll', 'reddit:u/cy']),
    );
  });

  it('a batch of 200 items: one index lookup per author, one bulk read of authors', async () => {
    const batch = Array.from({ length: 200 }, (_, i) => entry(`Other${i % 150}`, { key: `k${i}` }));
    const got = await standingsOf(db, batch, NOW);
    expect(got).toHaveLength(200);
    expect(reads.filter((r) => r.table === 'authors')).toHaveLength(1);
    const itemReads = reads.filter((r) => r.table === 'items');
    expect(itemReads.every((r) => r.op === 'query' && r.index === 'authorKey')).toBe(true);
    // One request per distinct author of the batch (150), none for the 150 others stored.
    expect(new Set(itemReads.map((r) => r.range![0])).size).toBe(150);
    expect(itemReads).toHaveLength(150);
  });

  it('our own items and a comment judged a troll get none; no authors, no reads', async () => {
    const got = await standingsOf(db, [entry('Ada', { ours: true }), entry('Ada', { troll: 'flamer' })], NOW);
    expect(got).toEqual([null, null]);
    expect(await standingsOf(db, [entry('Bob', { troll: 'unhappy_customer' })], NOW)).toMatchObject([
      { kind: 'detractor' },
    ]);
    reads.length = 0;
    expect(
      await standingsOf(
        db,
        [entry('', { item: { ...entry('x').item, author: { name: '', handle: '', url: '' } } })],
        NOW,
      ),
    ).toEqual([null]);
    expect(reads).toEqual([]);
  });

  it('a batch naming a brand reads that brand’s mentions only', async () => {
    await db.items.bulkPut([1, 2, 3].map((d) => stored('Dee', { postedAt: NOW - d * DAY, brandIds: ['other'] })));
    expect(await standingsOf(db, [entry('Dee', { brandIds: ['acme'] })], NOW)).toEqual([null]);
    expect((await standingsOf(db, [entry('Dee', { brandIds: ['other'] })], NOW))[0]?.kind).toBe('advocate');
  });
});

describe('loadStandings (the side panel lists)', () => {
  it('lists advocates and detractors, trolls left out, last three messages newest first', async () => {
    const db = new TactDB(`care-standings-${Math.random()}`);
    await db.items.bulkPut([
      ...[5, 1, 3, 2].map((d) => stored('Ada', { postedAt: NOW - d * DAY, text: `Ada ${d}` })),
      ...[1, 2, 3].map((d) => stored('Bob', { postedAt: NOW - d * DAY, intent: 'urgent', sentiment: -0.2 })),
      ...[1, 2, 3].map((d) => stored('Troll', { postedAt: NOW - d * DAY, intent: 'complaint' })),
      ...[1, 2].map((d) => stored('Cy', { postedAt: NOW - d * DAY })),
      // Too old to count.
      ...[31, 32, 33].map((d) => stored('Old', { postedAt: NOW - d * DAY })),
    ]);
    await db.authors.bulkPut([
      authorRow('Ada', { notes: 'Loves the blue rocket', labels: ['vip_customer'] }),
      authorRow('Troll', { counts: { flamer: 2 } }),
    ]);
    const lists = await loadStandings(db, NOW);
    expect(lists.advocates.map((r) => r.name)).toEqual(['Ada']);
    expect(lists.detractors.map((r) => r.name)).toEqual(['Bob']);
    const ada = lists.advocates[0]!;
    expect(ada.standing).toMatchObject({ kind: 'advocate', positives: 4 });
    expect(ada.last.map((m) => m.text)).toEqual(['Ada 1', 'Ada 2', 'Ada 3']);
    expect(ada).toMatchObject({ note: 'Loves the blue rocket', labels: ['vip_customer'], platform: 'reddit' });
    expect(lists.more).toEqual({ advocates: 0, detractors: 0 });
  });

  it('ranks the most active first', () => {
    const rows = [
      ...[1, 2, 3].map((d) => stored('A', { postedAt: NOW - d * DAY })),
      ...[1, 2, 3, 4, 5].map((d) => stored('B', { postedAt: NOW - d * DAY })),
    ];
    expect(standingCandidates(rows, NOW).map((c) => c.authorKey)).toEqual(['reddit:u/b', 'reddit:u/a']);
  });
});

describe('careSuggestionsFor thanks (the chip card’s request)', () => {
  it('thanks an advocate naming their praises and the topic of the message answered, tone-checked', async () => {
    const db = new TactDB(`care-thanks-${Math.random()}`);
    const brand = await saveBrand(db, { name: 'Acme', products: ['RoadRunner 3000'] });
    const answered = stored('Julie Martin', {
      brandIds: [brand.id],
      text: 'Ma RoadRunner 3000 est géniale, merci Acme !',
      lang: 'fr',
      authorKey: 'reddit:u/julie martin',
      author: { name: 'Julie Martin', handle: 'u/Julie Martin', url: '' },
    });
    const earlier = [2, 3, 4].map((d) =>
      stored('Julie Martin', {
        postedAt: NOW - d * DAY,
        brandIds: [brand.id],
        authorKey: 'reddit:u/julie martin',
        author: { name: 'Julie Martin', handle: 'u/Julie Martin', url: '' },
      }),
    );
    await db.items.bulkPut([answered, ...earlier]);
    const { replies, lang } = await careSuggestionsFor(db, answered, 'thanks', NOW);
    expect(lang).toBe('fr');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(replies[0]!.text).toMatch(
      /^Merci Julie pour vos retours réguliers : quatre messages positifs ces 30 derniers/u,
    );
    expect(replies[1]!.text).toContain('sur RoadRunner 3000');
    for (const r of replies)
      expect(checkDraft(r.text, defaultToneProfile('Acme', 'fr'), { platform: 'reddit', lang: 'fr' })).toEqual([]);
  });
});

describe('items.seen gives the page each author’s standing (the chip’s data)', () => {
  const PAGE = 'https://www.reddit.com/r/acme/comments/1abcde/x/';
  const content = contentScript(PAGE);
  const page = extensionPage('sidepanel.html');
  let handle: TestRouter;
  beforeEach(async () => {
    const db = new TactDB(`care-seen-${Math.random()}`);
    handle = testRouter(db, { now: () => NOW });
    await saveBrand(db, { name: 'Acme', handles: ['@acme'], ownAccounts: ['@acme_support'] });
  });
  const comment = (id: string, who: string, text: string, hoursAgo: number, parentId = 't3_a') => ({
    platform: 'reddit',
    platformId: id,
    kind: 'comment',
    author: { name: who, handle: `u/${who}`, url: '' },
    text,
    time: new Date(NOW - hoursAgo * 3_600_000).toISOString(),
    permalink: `${PAGE}${id}/`,
    parentId,
  });
  async function seen(items: unknown[]) {
    const reply = await handle({ type: 'items.seen', payload: { platform: 'reddit', url: PAGE, items } }, content);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return (reply.data as { results: { key: string; care: { standing: Standing | null } | null }[] }).results;
  }

  it('the third praise makes an advocate, our reply counts as answered, a troll label takes it away', async () => {
    const praise = [
      'I love Acme, the RoadRunner 3000 is amazing!',
      'Acme support was fantastic, thank you so much',
      'Best purchase ever, Acme rocks, great job team',
    ];
    expect((await seen([comment('t1_p1', 'ada', praise[0]!, 50)]))[0]!.care?.standing).toBeNull();
    // Our account answers her first praise on the page.
    await seen([comment('t1_r1', 'acme_support', 'Thank you Ada!', 49, 't1_p1')]);
    expect((await seen([comment('t1_p2', 'ada', praise[1]!, 30)]))[0]!.care?.standing).toBeNull();
    const third = await seen([comment('t1_p3', 'ada', praise[2]!, 2), comment('t1_x', 'bob', 'Acme is fine', 1)]);
    expect(third[0]!.care?.standing).toEqual({ kind: 'advocate', positives: 3, negatives: 0, answered: 1, days: 30 });
    expect(third[1]!.care?.standing).toBeNull();
    // Seen again (a reload): the same standing, not counted twice.
    expect((await seen([comment('t1_p3', 'ada', praise[2]!, 2)]))[0]!.care?.standing?.positives).toBe(3);

    const labelled = await handle(
      { type: 'authors.label', payload: { key: 'reddit:u/ada', labels: ['known_troll'], note: '' } },
      page,
    );
    expect(labelled.ok).toBe(true);
    expect((await seen([comment('t1_p3', 'ada', praise[2]!, 2)]))[0]!.care?.standing).toBeNull();
  });
});
