import { describe, expect, it } from 'vitest';
import { activeAlerts, checkSpikes, isAlarming, type SpikeAlert } from '../../utils/background/alerts';
import { TactDB, type StoredItem } from '../../utils/db/schema';

const HOUR = 3600_000;
const now = 1_800_000_000_000;
let n = 0;
const mention = (at: number, intent: string, sentiment = 0): StoredItem => ({
  key: `x:${++n}`,
  platform: 'x',
  platformId: String(n),
  kind: 'post',
  author: { name: '', handle: '', url: '' },
  text: 'Acme',
  truncated: false,
  time: '',
  permalink: '',
  parentId: null,
  rootText: '',
  firstSeenAt: at,
  lastSeenAt: at,
  brandIds: ['b1'],
  status: 'new',
  attention: 1,
  intent,
  sentiment,
  priority: 50,
  repliedAt: null,
});

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
    await db.brands.put({ id: 'b1', name: 'Acme', aliases: [], handles: [], hashtags: [], products: [], misspellings: [], exclude: [], query: '', languages: ['fr'], createdAt: 0, updatedAt: 0 });
    await db.items.bulkPut([mention(now - 5 * 24 * HOUR, 'complaint'), ...Array.from({ length: 6 }, (_, i) => mention(now - i * 60_000, i % 2 ? 'urgent' : 'complaint'))]);
    const notified: SpikeAlert[] = [];
    const notify = async (a: SpikeAlert) => void notified.push(a);
    expect(await checkSpikes(db, ['b1'], now, notify)).toHaveLength(1);
    expect(notified[0]).toMatchObject({ brandId: 'b1', brandName: 'Acme', recent: 6 });
    expect(await checkSpikes(db, ['b1'], now + 60_000, notify)).toHaveLength(0);
    expect(notified).toHaveLength(1);
    expect((await activeAlerts(db, now + 60_000)).map((e) => e.data?.brandName)).toEqual(['Acme']);
  });

  it('raises nothing for the same burst of praise', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.items.bulkPut(Array.from({ length: 8 }, (_, i) => mention(now - i * 60_000, 'praise', 0.8)));
    expect(await checkSpikes(db, ['b1'], now, async () => {})).toEqual([]);
  });
});

describe('checkSpikes under concurrent batches', () => {
  it('raises the alert once when two batches are checked at the same time', async () => {
    const db = new TactDB(`spike-${Math.random()}`);
    await db.items.bulkPut(Array.from({ length: 6 }, (_, i) => mention(now - i * 60_000, 'urgent')));
    const notified: SpikeAlert[] = [];
    const notify = async (a: SpikeAlert) => void notified.push(a);
    await Promise.all([checkSpikes(db, ['b1'], now, notify), checkSpikes(db, ['b1'], now, notify)]);
    expect(notified).toHaveLength(1);
  });
});
