import { describe, expect, it } from 'vitest';
import { dedupeByPermalink, loadInbox, matchesFilters } from '../../utils/mentions/ui/inbox';
import { TactDB, type StoredItem } from '../../utils/db/schema';
import { V7_ITEM } from '../support/stored-item';

const item = (key: string, over: Partial<StoredItem> = {}): StoredItem => ({
  key,
  platform: 'x',
  platformId: key.split(':')[1]!,
  kind: 'post',
  author: { name: 'Jo', handle: '@jo', url: '' },
  text: 'Acme',
  truncated: false,
  time: '',
  permalink: `https://x.com/jo/status/${key.split(':')[1]}`,
  parentId: null,
  rootText: '',
  firstSeenAt: 1,
  lastSeenAt: 1,
  brandIds: ['b1'],
  status: 'new',
  attention: 1,
  intent: 'other',
  sentiment: 0,
  priority: 10,
  repliedAt: null,
  ...V7_ITEM,
  ...over,
});

describe('dedupeByPermalink', () => {
  it('returns one entry per permalink, highest priority first', () => {
    const a = item('x:1', { priority: 20 });
    const b = item('x:2', { priority: 90, permalink: 'https://x.com/jo/status/1' }); // same post, other key
    const c = item('x:3', { priority: 50 });
    expect(dedupeByPermalink([a, b, c]).map((i) => i.key)).toEqual(['x:2', 'x:3']);
  });
});

describe('matchesFilters', () => {
  it.each([
    [{ platform: 'x' }, true],
    [{ platform: 'reddit' }, false],
    [{ brandId: 'b1' }, true],
    [{ brandId: 'b2' }, false],
    [{ intent: 'urgent' }, true],
    [{ intent: 'praise' }, false],
    [{ status: 'new' }, true],
    [{ status: 'replied' }, false],
  ] as const)('returns %s → %s for an urgent new X mention of b1', (f, expected) => {
    expect(
      matchesFilters(item('x:1', { intent: 'urgent' }), { platform: '', brandId: '', intent: '', status: '', ...f }),
    ).toBe(expected);
  });
});

describe('loadInbox', () => {
  it('returns only items that mention a brand, across tabs, with their spans', async () => {
    const db = new TactDB(`inbox-${Math.random()}`);
    await db.items.bulkPut([
      item('x:1', { priority: 5 }),
      item('x:2', { brandIds: [], attention: 0 }),
      item('x:3', { brandIds: ['b1', 'b2'], priority: 70 }),
    ]);
    await db.verdicts.put({
      itemKey: 'x:3',
      kind: 'mention',
      at: 1,
      data: { mentions: [{ brandId: 'b1', brandName: 'Acme', term: 'Acme', start: 0, end: 4 }] },
    });
    const { items } = await loadInbox(db);
    expect(items.map((e) => e.item.key)).toEqual(['x:3', 'x:1']);
    expect(items[0]!.mentions).toHaveLength(1);
  });
});
