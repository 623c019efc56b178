import { describe, expect, it, vi } from 'vitest';
import { checkSpikes, isAlarming, type NewMention, type SpikeAlert } from '../../utils/mentions/alerts';
import { activeAlerts } from '../../utils/mentions/repo';
import { settleIncidents } from '../../utils/mentions/incidents-repo';
import { TactDB, type StoredItem } from '../../utils/db/schema';
import { xMention } from '../support/stored-item';
import { V8_BRAND } from '../support/stored-brand';

const HOUR = 3600_000;
const now = 1_800_000_000_000;
const mention = (at: number, intent: string, sentiment = 0): StoredItem => xMention(at, intent, { sentiment });

const complaint: NewMention = { brandIds: ['b1'], intent: 'complaint', sentiment: -0.5 };
const praise: NewMention = { brandIds: ['b1'], intent: 'praise', sentiment: 0.8 };

describe('isAlarming', () => {
  it.each([
    ['urgent', 0, true],
    ['complaint', 0, true],
    ['other', -0.8, true],
    ['praise', 0.9, false],
    ['question', -0.1, false],
  ])('returns %s/%s → %s', (intent, sentiment, expected) => {
    expect(isAlarming({ intent, sentiment })).toBe(expected);
  });
});

describe('checkSpikes', () => {
  it('raises one alert and one notification for a burst of complaints, not again within the hour', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.brands.put({
      id: 'b1',
      name: 'Acme',
      aliases: [],
      handles: [],
      hashtags: [],
      products: [],
      misspellings: [],
      exclude: [],
      query: '',
      ownAccounts: [],
      competitor: false,
      ...V8_BRAND,
      languages: ['fr'],
      createdAt: 0,
      updatedAt: 0,
    });
    await db.items.bulkPut([
      mention(now - 5 * 24 * HOUR, 'complaint'),
      ...Array.from({ length: 6 }, (_, i) => mention(now - i * 60_000, i % 2 ? 'urgent' : 'complaint')),
    ]);
    const notified: SpikeAlert[] = [];
    const notify = async (a: SpikeAlert) => void notified.push(a);
    expect(await checkSpikes(db, [complaint], now, notify)).toHaveLength(1);
    expect(notified[0]).toMatchObject({ brandId: 'b1', brandName: 'Acme', recent: 6 });
    expect(await checkSpikes(db, [complaint], now + 60_000, notify)).toHaveLength(0);
    expect(notified).toHaveLength(1);
    expect((await activeAlerts(db, now + 60_000)).map((e) => e.data?.brandName)).toEqual(['Acme']);
  });

  it('raises nothing for the same burst of praise', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.items.bulkPut(Array.from({ length: 8 }, (_, i) => mention(now - i * 60_000, 'praise', 0.8)));
    expect(await checkSpikes(db, [praise], now, async () => {})).toEqual([]);
  });
});

describe('checkSpikes under concurrent batches', () => {
  it('raises the alert once when two batches are checked at the same time', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.items.bulkPut(Array.from({ length: 6 }, (_, i) => mention(now - i * 60_000, 'urgent')));
    const notified: SpikeAlert[] = [];
    const notify = async (a: SpikeAlert) => void notified.push(a);
    await Promise.all([checkSpikes(db, [complaint], now, notify), checkSpikes(db, [complaint], now, notify)]);
    expect(notified).toHaveLength(1);
  });
});

describe('checkSpikes reads only what a new alarming mention can change', () => {
  it('reads no item when the batch stored no new alarming mention, even during a burst', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.items.bulkPut(Array.from({ length: 6 }, (_, i) => mention(now - i * 60_000, 'urgent')));
    const where = vi.spyOn(db.items, 'where');
    const notified: SpikeAlert[] = [];
    const notify = async (a: SpikeAlert) => void notified.push(a);
    expect(await checkSpikes(db, [], now, notify)).toEqual([]);
    expect(await checkSpikes(db, [praise, { brandIds: [], intent: 'urgent', sentiment: -1 }], now, notify)).toEqual([]);
    expect(where).not.toHaveBeenCalled();
    // The next new complaint finds the burst it belongs to.
    expect(await checkSpikes(db, [complaint], now, notify)).toHaveLength(1);
    expect(where).toHaveBeenCalledTimes(1);
    expect(notified).toHaveLength(1);
  });

  it('counts only the brand’s alarming mentions of the window and its baseline', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    const other = (at: number) => ({ ...mention(at, 'urgent'), brandIds: ['b2'] });
    await db.items.bulkPut([
      // Another brand's crisis, and an old one of this brand (before the baseline), do not count.
      ...Array.from({ length: 10 }, (_, i) => other(now - i * 60_000)),
      ...Array.from({ length: 10 }, (_, i) => mention(now - 9 * 24 * HOUR - i * 60_000, 'urgent')),
      ...Array.from({ length: 4 }, (_, i) => mention(now - i * 60_000, 'complaint')),
    ]);
    expect(await checkSpikes(db, [complaint], now, async () => {})).toEqual([]);
    await db.items.put(mention(now, 'urgent'));
    const raised = await checkSpikes(
      db,
      [complaint, { brandIds: ['b2'], intent: 'urgent', sentiment: -1 }],
      now,
      async () => {},
    );
    expect(raised.map((a) => [a.brandId, a.recent, a.usual])).toEqual([
      ['b1', 5, 0],
      ['b2', 10, 0],
    ]);
  });

  it('does not raise an alert for a burst that is the brand’s usual rate', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    // Six complaints an hour, every hour of the past week.
    await db.items.bulkPut(
      Array.from({ length: 7 * 24 * 6 + 6 }, (_, i) => mention(now - i * 10 * 60_000, 'complaint')),
    );
    expect(await checkSpikes(db, [complaint], now, async () => {})).toEqual([]);
  });
});

describe('checkSpikes and incidents', () => {
  const MIN = 60_000;
  const burst = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => mention(from + i * MIN, i % 2 ? 'urgent' : 'complaint'));

  it('opens an incident with the burst, joins later alarming mentions, closes when the rate fell back', async () => {
    const db = new TactDB(`incident-${Math.random()}`);
    const first = burst(now - 5 * MIN, 6);
    await db.items.bulkPut(first);
    await checkSpikes(db, [{ ...complaint, key: first[5]!.key }], now, async () => {});
    const [opened] = await db.incidents.toArray();
    expect(opened).toMatchObject({ brandId: 'b1', start: now - 5 * MIN, end: null });
    expect(opened!.itemKeys.sort()).toEqual(first.map((m) => m.key).sort());
    const spike = (await db.events.where('type').equals('spike').toArray())[0];
    expect(spike?.data?.incidentId).toBe(opened!.id);
    // A later complaint while it goes on joins it (no second incident).
    const late = mention(now + 10 * MIN, 'complaint');
    await db.items.put(late);
    await checkSpikes(db, [{ ...complaint, key: late.key }], now + 10 * MIN, async () => {});
    expect(await db.incidents.count()).toBe(1);
    expect((await db.incidents.get(opened!.id))!.itemKeys).toContain(late.key);
    // Two hours later, read: it ended when the window first held fewer than 5 of the 7 (the third
    // of the burst leaving it).
    expect(await settleIncidents(db, now + 2 * HOUR)).toBe(1);
    const closed = (await db.incidents.get(opened!.id))!;
    expect(closed.end).toBe(now - 3 * MIN + HOUR + 1);
    expect(await settleIncidents(db, now + 3 * HOUR)).toBe(0);
  });

  it('closes the old incident and opens a new one for a second burst after the first fell back', async () => {
    const db = new TactDB(`incident-${Math.random()}`);
    await db.items.bulkPut(burst(now - 5 * MIN, 6));
    await checkSpikes(db, [complaint], now, async () => {});
    const second = burst(now + 3 * HOUR, 6);
    await db.items.bulkPut(second);
    await checkSpikes(db, [{ ...complaint, key: second[5]!.key }], now + 3 * HOUR + 5 * MIN, async () => {});
    const incidents = await db.incidents.orderBy('start').toArray();
    expect(incidents.map((i) => [i.start, i.end])).toEqual([
      [now - 5 * MIN, now - 4 * MIN + HOUR + 1],
      [now + 3 * HOUR, null],
    ]);
  });

  it('opens no incident for calm mentions or a usual rate', async () => {
    const db = new TactDB(`incident-${Math.random()}`);
    await db.items.bulkPut(burst(now - 5 * MIN, 3));
    await checkSpikes(db, [complaint], now, async () => {});
    expect(await db.incidents.count()).toBe(0);
    expect(await settleIncidents(db, now)).toBe(0);
  });
});

describe('settleIncidents', () => {
  it('closes an incident stored without spikeAt (imported) from its start', async () => {
    const db = new TactDB(`incident-${Math.random()}`);
    const first = Array.from({ length: 6 }, (_, i) => mention(now - (5 - i) * 60_000, 'urgent'));
    await db.items.bulkPut(first);
    await db.incidents.put({ id: 'i1', brandId: 'b1', start: now, end: null, itemKeys: [] } as never);
    expect(await settleIncidents(db, now + 2 * HOUR)).toBe(1);
    expect((await db.incidents.get('i1'))!.end).toBe(now - 4 * 60_000 + HOUR + 1);
  });
});
