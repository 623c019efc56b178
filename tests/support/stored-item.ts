// The fields schema v7 added to a stored item, at their values for an item Tact has no page time,
// language or answer for: test fixtures spread it so they stay valid StoredItems.
import type { StoredItem } from '../../utils/db/schema';

export const V7_ITEM: Pick<
  StoredItem,
  'postedAt' | 'ours' | 'answeredAt' | 'answeredBy' | 'lang' | 'reactions' | 'authorKey'
> = {
  postedAt: null,
  ours: 0,
  answeredAt: null,
  answeredBy: null,
  lang: '',
  reactions: null,
  // v8: who wrote it (authorKeyOf); '' for fixtures that do not look items up by author.
  authorKey: '',
};

let seq = 0;

/**
 * A post on X mentioning brand b1, seen at `at` with `intent` (new, unanswered; its key `x:<n>`
 * numbered across the test file), for the mention alerts' and incidents' tests.
 */
export const xMention = (at: number, intent: string, over: Partial<StoredItem> = {}): StoredItem => ({
  key: `x:${++seq}`,
  platform: 'x',
  platformId: String(seq),
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
  sentiment: 0,
  priority: 50,
  repliedAt: null,
  ...V7_ITEM,
  ...over,
});
