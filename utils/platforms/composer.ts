// Finding (or opening) the reply box of an item on any platform. Each platform lists its composer,
// the buttons that open it and the ones that post in <platform>/composer.ts; this module clicks an
// opening button at most once and never anything that posts or sits next to a composer.
import type { Platform } from './ids';
import { PLATFORM_LIST } from './index';
import type { Adapter, ComposerSpec, SelectorOption } from './types';
export type { ComposerSpec };

/** Each platform's reply box, by platform id (from the platform list). */
export const COMPOSERS = Object.fromEntries(PLATFORM_LIST.map((p) => [p.id, p.composer])) as Record<
  Platform,
  ComposerSpec
>;

export interface FindComposerOptions {
  /** How long to wait for a box to appear after clicking the item's reply button (ms). */
  timeoutMs?: number;
}

const matchesAny = (el: Element, options: readonly SelectorOption[]) => options.some((o) => el.matches(o.css));

/** Every composer in `root`, in document order, once each. */
export function composersIn(root: ParentNode, spec: ComposerSpec): Element[] {
  const found = new Set<Element>();
  for (const o of spec.composer) for (const el of root.querySelectorAll(o.css)) found.add(el);
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/** The item an element belongs to: its closest ancestor among the adapter's items. */
function ownerItem(el: Element, items: Set<Element>): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (items.has(p)) return p;
  return null;
}

const textLabel = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();

/**
 * Whether clicking `el` could post: a listed submit button, anything in a form or of type submit,
 * or a control that sits with a composer in a box smaller than the item (its send/attach button).
 */
export function couldSubmit(el: Element, spec: ComposerSpec, item: Element): boolean {
  if (matchesAny(el, spec.submit) || el.closest('form') || el.getAttribute('type') === 'submit') return true;
  for (let p = el.parentElement; p && p !== item && p.contains(item) === false; p = p.parentElement) {
    if (composersIn(p, spec).length > 0) return true;
  }
  return false;
}

/** The item's own button that opens its reply box, if any. */
function openButton(item: Element, spec: ComposerSpec, items: Set<Element>): HTMLElement | null {
  const own = (el: Element) => ownerItem(el, items) === item;
  const candidates: Element[] = [];
  for (const o of spec.open) candidates.push(...item.querySelectorAll(o.css));
  if (spec.openLabels.length > 0) {
    for (const el of item.querySelectorAll('button, [role="button"], a')) {
      if (spec.openLabels.includes(textLabel(el))) candidates.push(el);
    }
  }
  const button = candidates.find((el) => own(el) && !couldSubmit(el, spec, item));
  return button instanceof HTMLElement ? button : null;
}

/**
 * Where a reply box was found for an item: its own (inside it, or opened by its reply button), the
 * box of the post or thread a comment sits in (not the comment's own: the CM must be told), or the
 * page's only free box for a post.
 */
export type ComposerPlace = 'own' | 'thread' | 'page';

/** The reply box for `item`, or null (see locateComposer). */
export async function findComposer(
  adapter: Adapter,
  item: Element,
  opts: FindComposerOptions = {},
): Promise<Element | null> {
  return (await locateComposer(adapter, item, opts))?.composer ?? null;
}

/**
 * The reply box for `item` and where it was found: one already inside it, else the one its reply
 * button opens (clicked once; never a button that posts), else the box of the thread it is in,
 * else the page's only composer not owned by another item.
 */
export async function locateComposer(
  adapter: Adapter,
  item: Element,
  opts: FindComposerOptions = {},
): Promise<{ composer: Element; place: ComposerPlace } | null> {
  const spec = COMPOSERS[adapter.platform];
  const doc = item.ownerDocument;
  const items = new Set(adapter.findItems(doc));
  const ownedBy = (el: Element) => ownerItem(el, items);

  const inside = composersIn(item, spec).find((c) => ownedBy(c) === item);
  if (inside) return { composer: inside, place: 'own' };

  const before = new Set(composersIn(doc, spec));
  const button = openButton(item, spec, items);
  if (button) {
    button.click();
    const deadline = Date.now() + (opts.timeoutMs ?? 3000);
    while (Date.now() < deadline) {
      const now = composersIn(doc, spec);
      // a focused box counts unless it belongs to another item (the post's box the CM clicked earlier)
      const focused = now.find(
        (c) => (c === doc.activeElement || c.contains(doc.activeElement)) && [item, null].includes(ownedBy(c)),
      );
      const opened = now.find((c) => ownedBy(c) === item) ?? now.find((c) => !before.has(c)) ?? focused;
      if (opened) return { composer: opened, place: 'own' };
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // A comment whose own reply button opened nothing (the site's scripts not ready, a static page) is
  // answered in the box of the thread it sits in: the closest enclosing item with exactly one box.
  for (let parent = ownedBy(item); parent; parent = ownedBy(parent)) {
    const boxes = composersIn(parent, spec).filter((c) => ownedBy(c) === parent);
    if (boxes.length === 1) return { composer: boxes[0]!, place: 'thread' };
  }

  // The page's only free box. For a comment or reply (nested in its post, or beside it as on X)
  // that is the post's box, not the comment's thread: reported as such.
  const free = composersIn(doc, spec).filter((c) => ownedBy(c) === null);
  if (free.length !== 1) return null;
  return { composer: free[0]!, place: ownedBy(item) || isAnswer(adapter, item) ? 'thread' : 'page' };
}

function isAnswer(adapter: Adapter, item: Element): boolean {
  try {
    const kind = adapter.extract(item)?.kind;
    return kind === 'comment' || kind === 'reply';
  } catch {
    return false;
  }
}

/** The composer to write into when no item is named: the focused one, else the first on the page. */
export function currentComposer(platform: Platform, doc: Document): Element | null {
  const all = composersIn(doc, COMPOSERS[platform]);
  const active = doc.activeElement;
  return all.find((c) => active && (c === active || c.contains(active))) ?? all[0] ?? null;
}
