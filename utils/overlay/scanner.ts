// The overlay's scan stage: reads the adapter's items a few milliseconds at a time and keeps those
// new or changed since last sent. A node is remembered by a signature (item key + text length), so
// a node a virtualised timeline recycles for another item is read and sent again.
import type { Item } from '../platforms/item';
import { checkItem, keyOf as itemKey } from './item-check';
import type { Adapter } from '../platforms/types';

/** An item read from the page, with the node it was read from. */
export interface Found {
  item: Item;
  node: Element;
}

const SLICE_MS = 8;
const BATCH_MAX = 100;
/**
 * After an SPA navigation, items still showing from the previous page (same node, same content)
 * wait this long before being sent: SPAs often keep the old view until the new page's data
 * arrives, and sending it would list the old page's items as the new page's. Those still there
 * afterwards belong to the new page too (a feed under a modal) and are sent then.
 */
export const CARRY_OVER_HOLD_MS = 1500;

/** A 32-bit hash of an element's text: changes when what it shows changes. Badges add no text. */
function textStamp(node: Element): number {
  const text = node.textContent ?? '';
  let h = text.length;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export class Scanner {
  // node → signature of what was last sent for it (id + text length), so recycled nodes rescan.
  private seen = new WeakMap<Element, string>();
  // The previous page's `seen`, and until when its unchanged nodes are held back.
  private previous = new WeakMap<Element, string>();
  private holdUntil = 0;
  // node → a cheap stamp of its text when last read: an unchanged node is not read again (reading
  // means the adapter's extraction and a schema check, far costlier than hashing the text).
  private stamps = new WeakMap<Element, number>();

  /** `intact(node)`: whether what was drawn on the node is still there (else it is sent again). */
  constructor(
    private adapter: Adapter,
    private intact: (node: Element) => boolean,
  ) {}

  /** A new page: nothing is known yet; after a navigation the old page's nodes are held back a while. */
  newPage(navigated: boolean): void {
    this.previous = navigated ? this.seen : new WeakMap();
    this.holdUntil = navigated ? performance.now() + CARRY_OVER_HOLD_MS : 0;
    this.forgetAll();
  }

  /** Every node is read and sent again on the next scan. */
  forgetAll(): void {
    this.seen = new WeakMap();
    this.stamps = new WeakMap();
  }

  /** Nodes whose sending failed are read again on the next scan, unless recycled meanwhile. */
  forget(batch: readonly Found[]): void {
    for (const { item, node } of batch) {
      if (!this.shows(node, itemKey(item))) continue;
      this.seen.delete(node);
      this.stamps.delete(node);
    }
  }

  /** Whether `node` was last sent as the item `key` (not recycled for another item since). */
  shows(node: Element, key: string): boolean {
    return this.seen.get(node)?.startsWith(`${key}#`) ?? false;
  }

  /** Reads `queue` from `from` for one time slice: the items to send, and where the next slice starts. */
  slice(queue: readonly Element[], from: number): { batch: Found[]; next: number } {
    const deadline = performance.now() + SLICE_MS;
    const batch: Found[] = [];
    let next = from;
    while (next < queue.length && performance.now() < deadline) {
      const found = this.read(queue[next++]!);
      if (found) batch.push(found);
      if (batch.length >= BATCH_MAX) break;
    }
    return { batch, next };
  }

  /** The node's item when it must be sent (new, changed, or its drawing was taken away), else null. */
  private read(node: Element): Found | null {
    const stamp = textStamp(node);
    if (this.stamps.get(node) === stamp && (!this.seen.has(node) || this.intact(node))) return null;
    const raw = this.safeExtract(node);
    const item = raw ? checkItem(raw) : null;
    if (!item) {
      this.stamps.set(node, stamp); // not an item as it stands: look again only when its text changes
      return null;
    }
    const signature = `${itemKey(item)}#${item.text.length}`;
    if (this.previous.get(node) === signature && performance.now() < this.holdUntil) return null;
    this.stamps.set(node, stamp);
    if (this.seen.get(node) === signature && this.intact(node)) return null;
    this.seen.set(node, signature);
    return { item, node };
  }

  private safeExtract(node: Element) {
    try {
      return this.adapter.extract(node);
    } catch {
      return null; // A broken layout skips the node; health reporting makes it visible.
    }
  }
}
