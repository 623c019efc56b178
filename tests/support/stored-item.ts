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
