// Crisis mode (issue #17, item 4): incidents start and end on synthetic rates through the spike rule,
// why an incident is one, its timeline per 10 minutes, and the incidents a CM declares, ticks and
// closes by hand (on fake-indexeddb), which the spike check never closes or re-opens over.
import { describe, expect, it } from 'vitest';
import { fallBackAt, openIncident, settleIncident, incidentAsOf } from '../../utils/mentions/core/incident';
import { detectSpike, DEFAULT_SPIKE } from '../../utils/mentions/core/spike';
import {
  explainIncident,
  incidentTimeline,
  starterChecklist,
  unknownPlaceholders,
  freshId,
  TEN_MINUTES,
  type CrisisItem,
} from '../../utils/care/core/crisis';
import { holdingTemplates } from '../../utils/care/core/holding';
import { careReplies } from '../../utils/care/core/care-replies';
import { defaultToneProfile } from '../../utils/tone/core/defaults';
import { closeIncident, declareIncident, incidentsOfItems, tickIncident } from '../../utils/care/crisis-repo';
import { checkSpikes } from '../../utils/mentions/alerts';
import { settleIncidents } from '../../utils/mentions/incidents-repo';
import { TactDB, type StoredItem } from '../../utils/db/schema';
import { brandSchema, type Brand } from '../../utils/mentions/core/brand';
import { xMention } from '../support/stored-item';

const MIN = 60_000;
const W = DEFAULT_SPIKE.windowMs;
const T = 1_800_000_000_000;

/** A spike checker run every minute over `times`: when an incident opened, and when it ended. */
function simulate(times: readonly number[], from: number, to: number) {
  const incidents: { start: number; end: number | null }[] = [];
  let open: ReturnType<typeof openIncident> | null = null;
  for (let now = from; now <= to; now += MIN) {
    const seen = times.filter((t) => t <= now);
    if (open) {
      const settled = settleIncident(open, seen, now);
      if (settled.end !== null) {
        incidents.push({ start: settled.start, end: settled.end });
        open = null;
      } else continue;
    }
    if (detectSpike(seen, now).spike)
      open = openIncident(
        `i${incidents.length}`,
        'b1',
        seen.map((at, i) => ({ key: `k${i}`, at })),
        now,
      );
  }
  if (open) incidents.push({ start: open.start, end: null });
  return incidents;
}

describe('incident start and end on synthetic rates', () => {
  it('a burst opens one incident from its first mention, ending the instant the rate fell back', () => {
    // A quiet baseline (one a day) then 8 complaints a minute apart.
    const quiet = Array.from({ length: 5 }, (_, i) => T - (i + 1) * 24 * 60 * MIN);
    const burst = Array.from({ length: 8 }, (_, i) => T + i * MIN);
    const found = simulate([...quiet, ...burst], T, T + 4 * W);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(T); // the first mention of the burst, not when the check ran
    const all = [...quiet, ...burst];
    // The end is the instant the window count fell under the rule, whatever minute the check ran.
    expect(found[0]!.end).toBe(fallBackAt(all, T + 4 * MIN));
    expect(detectSpike(all, found[0]!.end!).spike).toBe(false);
    expect(detectSpike(all, found[0]!.end! - 1).spike).toBe(true);
  });

  it('a slow drift (one more an hour, every hour) is no spike', () => {
    const drift = Array.from({ length: 48 }, (_, i) => T + i * 60 * MIN);
    expect(simulate(drift, T, T + 49 * 60 * MIN)).toEqual([]);
  });

  it('a steady high rate is the usual, not a spike', () => {
    // Five an hour for a week, then five an hour again: 5 is not 3× the usual 5.
    const steady = Array.from({ length: 7 * 24 * 5 + 10 }, (_, i) => T - 7 * 24 * 60 * MIN + i * 12 * MIN);
    expect(simulate(steady, T + MIN, T + 3 * 60 * MIN)).toEqual([]);
  });

  it('two bursts far apart are two incidents, each ended before the next starts', () => {
    const a = Array.from({ length: 6 }, (_, i) => T + i * MIN);
    const b = Array.from({ length: 7 }, (_, i) => T + 5 * W + i * 2 * MIN);
    const found = simulate([...a, ...b], T, T + 8 * W);
    expect(found).toHaveLength(2);
    expect(found[0]!.start).toBe(T);
    expect(found[1]!.start).toBe(T + 5 * W);
    expect(found[0]!.end).toBeLessThan(found[1]!.start);
    expect(found[1]!.end).not.toBeNull();
  });

  it('a manual incident is never settled by the rate, not even as a page reads it', () => {
    const manual = { ...openIncident('m', 'b1', [], T), manual: true };
    expect(settleIncident(manual, [], T + 10 * W).end).toBeNull();
    expect(incidentAsOf(manual, [], T + 10 * W).end).toBeNull();
  });
});

const item = (n: number, over: Partial<CrisisItem> = {}): CrisisItem => ({
  key: `x:${n}`,
  text: 'Acme',
  intent: 'complaint',
  sentiment: -0.5,
  platform: 'x',
  firstSeenAt: T + n * MIN,
  ...over,
});

describe('explainIncident', () => {
  it('counts intents and platforms, finds the words most mentions use (brand left out), picks urgent examples', () => {
    const items = [
      item(1, { text: 'Acme refund now, the charger is broken' }),
      item(2, { text: 'Acme I want a refund, broken again', platform: 'reddit' }),
      item(3, { text: 'broken Acme charger, refund please', platform: 'reddit' }),
      item(4, { text: 'URGENT Acme battery smoking', intent: 'urgent', sentiment: -0.9 }),
      item(5, { text: 'Acme battery smoking here too', intent: 'urgent', sentiment: -0.6, platform: 'facebook' }),
      item(6, { text: 'Acme never again', sentiment: -0.95 }),
    ];
    const why = explainIncident(items, { exclude: ['Acme'] });
    expect(why.total).toBe(6);
    expect(why.intents).toEqual([
      { value: 'complaint', count: 4 },
      { value: 'urgent', count: 2 },
    ]);
    expect(why.platforms).toEqual([
      { value: 'x', count: 3 },
      { value: 'reddit', count: 2 },
      { value: 'facebook', count: 1 },
    ]);
    expect(why.words).toContain('refund');
    expect(why.words).toContain('broken');
    expect(why.words).not.toContain('acme');
    expect(why.words.length).toBeLessThanOrEqual(3);
    // Urgent first (most negative first), then the most negative complaint.
    expect(why.examples.map((e) => e.key)).toEqual(['x:4', 'x:5', 'x:6']);
  });

  it('a single rant is not a word that stands out, and long texts are clipped', () => {
    const why = explainIncident([item(1, { text: `catastrophe ${'x'.repeat(400)}` }), item(2, { text: 'hello' })]);
    expect(why.words).toEqual([]);
    expect(why.examples[0]!.text.length).toBeLessThanOrEqual(160);
    expect(explainIncident([])).toEqual({ total: 0, intents: [], words: [], platforms: [], examples: [] });
  });
});

describe('incidentTimeline', () => {
  it('buckets per 10 minutes on clock boundaries, empty ones included, nothing outside the incident', () => {
    const start = T + 3 * MIN; // T is on a 10-minute boundary
    expect(T % TEN_MINUTES).toBe(0);
    const items = [
      { firstSeenAt: T + 3 * MIN },
      { firstSeenAt: T + 9 * MIN },
      { firstSeenAt: T + 10 * MIN },
      { firstSeenAt: T + 35 * MIN },
      { firstSeenAt: T + 60 * MIN }, // after the end
      { firstSeenAt: T }, // before the start
    ];
    const buckets = incidentTimeline(items, start, T + 40 * MIN);
    expect(buckets.map((b) => [b.from - T, b.count])).toEqual([
      [0, 2],
      [10 * MIN, 1],
      [20 * MIN, 0],
      [30 * MIN, 1],
      [40 * MIN, 0],
    ]);
    expect(buckets.every((b) => b.to - b.from === TEN_MINUTES)).toBe(true);
  });

  it('a long incident gets wider buckets (at most 144), every mention still counted', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ firstSeenAt: T + i * 60 * MIN }));
    const buckets = incidentTimeline(items, T, T + 99 * 60 * MIN);
    expect(buckets.length).toBeLessThanOrEqual(144);
    expect((buckets[0]!.to - buckets[0]!.from) % TEN_MINUTES).toBe(0);
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(100);
    expect(incidentTimeline(items, T, T - 1)).toEqual([]);
  });
});

describe('starter checklist and holding statements', () => {
  it('the starter checklist exists in both languages with the same ids', () => {
    const fr = starterChecklist('fr');
    const en = starterChecklist('en');
    expect(fr.map((c) => c.id)).toEqual(en.map((c) => c.id));
    expect(en.map((c) => c.label)).toContain('Alert the legal team');
    expect(fr.map((c) => c.label)).toContain('Alerter le service juridique');
    expect(
      freshId(
        'starter',
        fr.map((c) => c.id),
      ),
    ).not.toMatch(new RegExp(`^(${fr.map((c) => c.id).join('|')})$`));
  });

  it('unknown placeholders are named, known ones are not', () => {
    expect(unknownPlaceholders('Hi {firstName}, {brand} is on it ({date}) {link} {agent} {date}')).toEqual([
      '{date}',
      '{link}',
    ]);
    expect(unknownPlaceholders('{brand} {product} {prénom}')).toEqual([]);
  });

  it('holding statements of the reply language only, filled and fitted as replies', () => {
    const statements = [
      { id: 'h1', language: 'en' as const, title: 'Ack', body: 'Hi {firstName}, {brand} is checking this right now.' },
      { id: 'h2', language: 'fr' as const, title: 'Accusé', body: '{brand} vérifie en ce moment.' },
      { id: 'h3', language: 'en' as const, title: 'Unknown', body: 'See {date}.' },
    ];
    const ctx = { lang: 'en' as const, platform: 'x' as const, firstName: 'Léa', topic: undefined, standing: null };
    expect(holdingTemplates(statements, ctx)).toEqual([statements[0]!.body, statements[2]!.body]);
    const replies = careReplies({
      purpose: 'holding',
      item: { text: 'Acme my battery is smoking', platform: 'x', author: 'Léa Martin', lang: 'en', brand: 'Acme' },
      lang: 'en',
      profile: defaultToneProfile('Acme', 'en'),
      snippets: [],
      holdingStatements: statements,
      clause: null,
      standing: null,
      topic: undefined,
      firstName: 'Léa',
      avoid: [],
      opts: {},
    });
    // {date} cannot be filled: that statement is never offered; the other is filled.
    expect(replies.map((r) => r.text)).toHaveLength(1);
    expect(replies[0]!.text).toContain('Acme is checking this right now');
    expect(replies[0]!.text).not.toMatch(/[{}]/);
    expect(replies[0]!.text).toContain('The Acme team'); // the profile's signature: fitted like any reply
  });
});

// Every field the schema has a default for (empty lists, no charter) left to it.
const brand = (over: Partial<Brand> = {}): Brand =>
  brandSchema.parse({
    id: 'b1',
    name: 'Acme',
    crisisChecklist: [
      { id: 'c1', label: 'Inform the manager' },
      { id: 'c2', label: 'Alert legal' },
    ],
    languages: ['en'],
    createdAt: 0,
    updatedAt: 0,
    ...over,
  });

const stored = (at: number, intent: string, over: Partial<StoredItem> = {}): StoredItem =>
  xMention(at, intent, { text: 'Acme refund broken', sentiment: intent === 'praise' ? 0.8 : -0.5, ...over });

async function freshDb() {
  const db = new TactDB(`crisis-${Math.random()}`);
  await db.brands.put(brand());
  return db;
}

const entry = (s: StoredItem) => ({
  key: s.key,
  item: s,
  brandIds: s.brandIds,
  ours: s.ours === 1,
  lang: 'en' as const,
  troll: null,
});

describe('declare, tick and close by hand', () => {
  it('declares a manual incident started now, by the CM; a second declaration answers the open one', async () => {
    const db = await freshDb();
    const a = await declareIncident(db, 'b1', '  Recall rumour on X  ', T, 'Marie');
    expect(a).toMatchObject({
      brandId: 'b1',
      start: T,
      end: null,
      manual: true,
      declaredBy: 'Marie',
      note: 'Recall rumour on X',
    });
    const b = await declareIncident(db, 'b1', 'again', T + MIN, 'Paul');
    expect(b.id).toBe(a.id);
    expect(b.declaredBy).toBe('Marie');
    expect(await db.incidents.count()).toBe(1);
    await expect(declareIncident(db, 'nope', '', T, 'Marie')).rejects.toThrow(/brand/);
  });

  it('ticks are timed with who; ticking again keeps the first; unticking removes it; unknown refused', async () => {
    const db = await freshDb();
    const inc = await declareIncident(db, 'b1', '', T, 'Marie');
    await tickIncident(db, inc.id, 'c2', true, T + 5 * MIN, 'Paul');
    await tickIncident(db, inc.id, 'c1', true, T + 7 * MIN, 'Marie');
    const again = await tickIncident(db, inc.id, 'c2', true, T + 9 * MIN, 'Marie');
    expect(again!.checks).toEqual([
      { id: 'c2', label: 'Alert legal', at: T + 5 * MIN, by: 'Paul' },
      { id: 'c1', label: 'Inform the manager', at: T + 7 * MIN, by: 'Marie' },
    ]);
    const unticked = await tickIncident(db, inc.id, 'c2', false, T + 10 * MIN, 'Marie');
    expect(unticked!.checks).toEqual([{ id: 'c1', label: 'Inform the manager', at: T + 7 * MIN, by: 'Marie' }]);
    expect((await db.incidents.get(inc.id))!.checks).toHaveLength(1);
    await expect(tickIncident(db, inc.id, 'zz', true, T, 'Marie')).rejects.toThrow(/checklist/);
    expect(await tickIncident(db, 'missing', 'c1', true, T, 'Marie')).toBeNull();
  });

  it('closes now with the post-mortem; an incident already closed keeps its end and gets the post-mortem', async () => {
    const db = await freshDb();
    const inc = await declareIncident(db, 'b1', '', T, 'Marie');
    const closed = await closeIncident(db, inc.id, ' Rumour denied by the CEO. ', T + 90 * MIN, 'Paul');
    expect(closed).toMatchObject({ end: T + 90 * MIN, closedBy: 'Paul', postmortem: 'Rumour denied by the CEO.' });
    const edited = await closeIncident(db, inc.id, 'Longer write-up', T + 200 * MIN, 'Léa');
    expect(edited).toMatchObject({ end: T + 90 * MIN, closedBy: 'Paul', postmortem: 'Longer write-up' });
    // A spike incident the rate already ended: keeps that end, no closedBy.
    await db.incidents.put({ id: 's', brandId: 'b1', start: T, end: T + W, itemKeys: [], spikeAt: T });
    const spike = await closeIncident(db, 's', 'Handled', T + 5 * W, 'Marie');
    expect(spike).toMatchObject({ end: T + W, postmortem: 'Handled' });
    expect(spike!.closedBy).toBeUndefined();
    expect(await closeIncident(db, 'missing', '', T, 'x')).toBeNull();
  });

  it('the spike check joins new alarming mentions to a manual incident and never closes it', async () => {
    const db = await freshDb();
    const inc = await declareIncident(db, 'b1', '', T, 'Marie');
    const late = stored(T + 5 * MIN, 'urgent');
    const calm = stored(T + 6 * MIN, 'praise');
    await db.items.bulkPut([late, calm]);
    await checkSpikes(db, [late, calm], T + 6 * MIN, async () => {});
    // Hours later, nothing more: the rate rule would have ended a spike incident long ago.
    expect(await settleIncidents(db, T + 10 * W)).toBe(0);
    const row = await db.incidents.get(inc.id);
    expect(row!.end).toBeNull();
    expect(row!.itemKeys).toEqual([late.key]);
    expect(await db.incidents.count()).toBe(1);
    // Items: in it, or alarming since it started; praise and our own items are not.
    const ours = stored(T + 7 * MIN, 'complaint', { ours: 1 });
    const after = stored(T + 8 * MIN, 'complaint');
    const before = stored(T - 8 * MIN, 'complaint');
    await db.items.bulkPut([ours, after, before]);
    expect(await incidentsOfItems(db, [late, calm, ours, after, before].map(entry))).toEqual([
      inc.id,
      null,
      null,
      inc.id,
      null,
    ]);
  });

  it('a burst during a manual incident opens no other; after a close by hand only new mentions re-open', async () => {
    const db = await freshDb();
    const inc = await declareIncident(db, 'b1', '', T, 'Marie');
    const burst = Array.from({ length: 6 }, (_, i) => stored(T + (i + 1) * MIN, 'complaint'));
    await db.items.bulkPut(burst);
    await checkSpikes(db, burst, T + 6 * MIN, async () => {});
    expect(await db.incidents.count()).toBe(1);
    expect((await db.incidents.get(inc.id))!.itemKeys).toEqual(burst.map((b) => b.key));
    await closeIncident(db, inc.id, 'done', T + 7 * MIN, 'Marie');
    // One more complaint: the window still counts 7, but the 6 before the close were handled.
    const one = stored(T + 8 * MIN, 'complaint');
    await db.items.put(one);
    await checkSpikes(db, [one], T + 8 * MIN, async () => {});
    expect(await db.incidents.count()).toBe(1);
    expect(await incidentsOfItems(db, [entry(one)])).toEqual([null]);
    // A fresh burst after the close does open a new one, holding only the new mentions.
    const next = Array.from({ length: 5 }, (_, i) => stored(T + (9 + i) * MIN, 'urgent'));
    await db.items.bulkPut(next);
    await checkSpikes(db, next, T + 13 * MIN, async () => {});
    const open = await db.incidents.filter((i) => i.end === null).toArray();
    expect(open).toHaveLength(1);
    expect(open[0]!.manual).toBeUndefined();
    expect(open[0]!.itemKeys.sort()).toEqual([one, ...next].map((s) => s.key).sort());
  });

  it('the spike alert stores why: intents, words, platforms and examples', async () => {
    const db = await freshDb();
    const burst = Array.from({ length: 6 }, (_, i) =>
      stored(T + i * MIN, i < 2 ? 'urgent' : 'complaint', { platform: i % 2 ? 'reddit' : 'x' }),
    );
    await db.items.bulkPut(burst);
    const alerts = await checkSpikes(db, burst, T + 6 * MIN, async () => {});
    expect(alerts).toHaveLength(1);
    const ev = await db.events.where('type').equals('spike').first();
    const why = ev!.data!.why as ReturnType<typeof explainIncident>;
    expect(why.intents).toEqual([
      { value: 'complaint', count: 4 },
      { value: 'urgent', count: 2 },
    ]);
    // The phrase every mention uses hides its words (as in the reports' topics).
    expect(why.words).toEqual(['refund broken']);
    expect(why.words).not.toContain('acme');
    expect(why.platforms.map((p) => p.value).sort()).toEqual(['reddit', 'x']);
    expect(why.examples).toHaveLength(3);
  });
});

describe('items.seen: a burst belongs to the incident it opens, and offers the holding statement', () => {
  it('the batch that opens the incident carries its id; suggest.forItem holding fills the statement', async () => {
    const { contentScript, testRouter } = await import('../support/router');
    const { saveBrand } = await import('../../utils/mentions/repo');
    const db = new TactDB(`crisis-seen-${Math.random()}`);
    const NOW = Date.UTC(2026, 11, 7, 22, 0);
    const handle = testRouter(db, { now: () => NOW });
    await saveBrand(db, {
      name: 'Acme',
      holdingStatements: [
        { id: 'h1', language: 'en', title: 'Checking', body: '{brand} is checking every report right now.' },
      ],
      crisisChecklist: [{ id: 'c1', label: 'Alert legal' }],
    });
    const url = 'https://x.com/acme/status/1';
    const sender = contentScript(url);
    const texts = [
      'URGENT my Acme charger caught fire',
      'URGENT Acme battery smoking, help now',
      'Acme charger burning smell URGENT',
      'URGENT the Acme charger melted',
      'URGENT Acme charger sparks, dangerous',
      'Acme charger fire URGENT please answer',
    ];
    const items = texts.map((text, i) => ({
      platform: 'x',
      platformId: String(100 + i),
      kind: 'post',
      author: { name: `User ${i}`, handle: `@u${i}`, url: '' },
      text,
      time: '',
      parentId: null,
    }));
    const reply = await handle({ type: 'items.seen', payload: { platform: 'x', url, items } }, sender);
    expect(reply.ok).toBe(true);
    const results = (reply as { data: { results: { key: string; care: { incidentId: string | null } | null }[] } }).data
      .results;
    const open = await db.incidents.filter((i) => i.end === null).toArray();
    expect(open).toHaveLength(1);
    expect(results.map((r) => r.care?.incidentId)).toEqual(results.map(() => open[0]!.id));
    const s = await handle({ type: 'suggest.forItem', payload: { key: results[0]!.key, purpose: 'holding' } }, sender);
    expect(s.ok).toBe(true);
    const texts2 = (s as { data: { replies: { text: string }[] } }).data.replies.map((r) => r.text);
    expect(texts2[0]).toContain('Acme is checking every report right now.');
  });
});

describe('the strategic report shows how each incident was handled', () => {
  it('carries manual, declared by, closed by and the post-mortem from the database to the report', async () => {
    const { loadReportInput } = await import('../../utils/reports/repo');
    const { computeReport } = await import('../../utils/reports/core/report');
    const { DEFAULT_REPORT_SETTINGS } = await import('../../utils/reports/core/settings');
    const { TEMPLATES } = await import('../../utils/reports/core/templates');
    expect(TEMPLATES.strategic).toContain('incidents');
    const db = await freshDb();
    const inc = await declareIncident(db, 'b1', 'rumour', T, 'Marie');
    await closeIncident(db, inc.id, 'Rumour denied; FAQ updated.', T + 60 * MIN, 'Paul');
    await db.incidents.put({ id: 'auto', brandId: 'b1', start: T, end: T + W, itemKeys: [], spikeAt: T });
    const input = await loadReportInput(db);
    const report = computeReport(
      input,
      { from: T - 24 * 60 * MIN, to: T + 24 * 60 * MIN },
      {},
      DEFAULT_REPORT_SETTINGS,
      T + 2 * W,
    );
    const byId = new Map(report.incidents.map((i) => [i.id, i]));
    expect(byId.get(inc.id)).toMatchObject({
      manual: true,
      declaredBy: 'Marie',
      closedBy: 'Paul',
      postmortem: 'Rumour denied; FAQ updated.',
      durationMinutes: 60,
    });
    expect(byId.get('auto')!.manual).toBeUndefined();
    expect(byId.get('auto')!.postmortem).toBeUndefined();
  });
});

describe('loadIncidents (the side panel reads, never writes)', () => {
  it('a spike incident ends when its rate fell back, a manual one stays open; who handled each item', async () => {
    const { loadIncidents } = await import('../../utils/care/crisis-repo');
    const db = await freshDb();
    const burst = Array.from({ length: 6 }, (_, i) => stored(T + i * MIN, 'urgent'));
    await db.items.bulkPut(burst);
    await checkSpikes(db, burst, T + 6 * MIN, async () => {});
    const [spike] = await db.incidents.toArray();
    await db.events.add({
      type: 'status',
      at: T + 7 * MIN,
      itemKey: burst[0]!.key,
      data: { by: 'Paul', to: 'replied' },
    });
    await db.replies.add({
      itemKey: burst[1]!.key,
      at: T + 8 * MIN,
      text: 'ok',
      by: 'Léa',
      source: 'typed',
      toneIssues: 0,
    });
    const later = T + 5 * W;
    const manual = await declareIncident(db, 'b2', '', later, 'Marie').catch(() => null);
    expect(manual).toBeNull(); // no such brand
    await db.brands.put(brand({ id: 'b2', name: 'Other' }));
    const declared = await declareIncident(db, 'b2', '', T, 'Marie');
    const rows = await loadIncidents(db, later);
    const byId = new Map(rows.map((r) => [r.incident.id, r]));
    const times = burst.map((b) => b.firstSeenAt);
    expect(byId.get(spike!.id)!.incident.end).toBe(fallBackAt(times, T + 6 * MIN));
    expect((await db.incidents.get(spike!.id))!.end).toBeNull(); // read only: nothing written
    expect(byId.get(declared.id)!.incident.end).toBeNull();
    // Open first, then the ended ones.
    expect(rows[0]!.incident.id).toBe(declared.id);
    const items = byId.get(spike!.id)!.items;
    expect(items.find((i) => i.key === burst[0]!.key)!.statusBy).toBe('Paul');
    expect(items.find((i) => i.key === burst[1]!.key)!.repliedBy).toBe('Léa');
    expect(items.find((i) => i.key === burst[2]!.key)).toMatchObject({ statusBy: null, repliedBy: null });
  });
});
