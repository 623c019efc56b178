// A fake platform page for the troll layer's dom tests: `.item` nodes whose `.meta` line holds the
// flag (and the author's link, where the chip goes), and the item the content script would read from
// one of them.
import type { Platform } from '../../utils/platforms/ids';
import type { Item } from '../../utils/platforms/item';
import type { Adapter } from '../../utils/platforms/types';

/** The adapter over such a page (it never extracts: the tests hand the items to the layer). */
export const metaLineAdapter = (platform: Platform): Adapter => ({
  platform,
  findItems: (root) => Array.from(root.querySelectorAll('.item')),
  extract: () => null,
  badgeAnchor: (node) => node.querySelector('.meta')!,
  authorAnchor: (node) => node.querySelector('.meta a'),
  expectsItems: () => true,
});

/** A top-level comment `id` by `author` saying `text`, as extracted (no time, no link, no thread). */
export const commentItem = (platform: Platform, id: string, author: Item['author'], text: string): Item =>
  ({
    platform,
    platformId: id,
    kind: 'comment',
    author,
    text,
    truncated: false,
    time: '',
    permalink: '',
    parentId: null,
    rootText: '',
  }) as Item;
