// Runs an adapter over a whole page the way the overlay does, and checks every item against the
// item schema so a test failure points at the adapter, not at the database.
import { expect } from 'vitest';
import { itemSchema, type Item } from '../../../utils/platforms/item';
import type { Adapter } from '../../../utils/platforms/types';

export interface PageItems {
  nodes: Element[];
  items: Item[];
  /** The item with this platform id; fails the test when there is none. */
  byId(id: string): Item;
}

const memo = new WeakMap<Document, Map<Adapter, PageItems>>();

/** Every item the adapter reads on the page (computed once per page and adapter). */
export function readItems(adapter: Adapter, doc: Document): PageItems {
  const known = memo.get(doc)?.get(adapter);
  if (known) return known;
  const result = extractAll(adapter, doc);
  memo.set(doc, (memo.get(doc) ?? new Map<Adapter, PageItems>()).set(adapter, result));
  return result;
}

function extractAll(adapter: Adapter, doc: Document): PageItems {
  const nodes = adapter.findItems(doc);
  const items: Item[] = [];
  for (const node of nodes) {
    const raw = adapter.extract(node);
    if (raw) items.push(itemSchema.parse(raw));
  }
  return {
    nodes,
    items,
    byId(id) {
      const item = items.find((i) => i.platformId === id);
      expect(item, `item ${id}`).toBeDefined();
      return item!;
    },
  };
}
