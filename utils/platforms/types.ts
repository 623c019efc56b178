// The adapter contract: how the overlay finds items on a platform's page and reads them.
// Adapters only extract; they never classify (that is each capability's core/) nor draw (utils/overlay).
import type { ItemInput } from './item';
import type { Platform } from './ids';
import type { PlatformData } from './descriptor-data';

/** One CSS selector with the reason it is trusted; lists of these are tried in order. */
export interface SelectorOption {
  css: string;
  why: string;
}

export interface Adapter {
  platform: Platform;
  /** The nodes of every post/comment currently in `root`, outermost items only once each. */
  findItems(root: ParentNode): Element[];
  /** Reads one node into an item, or null when it is not a real item (ad, placeholder, chrome). */
  extract(node: Element): ItemInput | null;
  /** Where to put the badge for a node: the element the badge is appended to. */
  badgeAnchor(node: Element): Element;
  /** The element showing the item's author (name or profile link), for the author chip; null when none shows. */
  authorAnchor?(node: Element): Element | null;
  /** Whether this page is one where items are expected (a feed, a thread), for health reports. */
  expectsItems(url: URL): boolean;
}

/** Where a platform's reply box is and what opens it (each platform's composer.ts; used by ../composer.ts). */
export interface ComposerSpec {
  /** The editable reply box (or a wrapper whose editable child is the box), most stable first. */
  composer: readonly SelectorOption[];
  /** Buttons inside an item that open its reply box. */
  open: readonly SelectorOption[];
  /** Exact labels of text-only buttons that open a reply box, by locale. */
  openLabels: readonly string[];
  /** Buttons that post: never clicked, even when they also match `open` or `openLabels`. */
  submit: readonly SelectorOption[];
}

/** A whole platform: its plain data, its adapter and its reply box (the folder's index.ts). */
export interface PlatformDescriptor<P extends Platform = Platform> extends PlatformData {
  readonly id: P;
  readonly adapter: Adapter;
  readonly composer: ComposerSpec;
}

/** All elements matching the first selector in `options` that matches anything. */
export function queryFirst(root: ParentNode, options: readonly SelectorOption[]): Element[] {
  for (const o of options) {
    const found = root.querySelectorAll(o.css);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** The first element in `node` matching any selector in `options`, in order. */
export function pickFirst(node: ParentNode, options: readonly SelectorOption[]): Element | null {
  for (const o of options) {
    const el = node.querySelector(o.css);
    if (el) return el;
  }
  return null;
}

/** Visible text of an element, with images' alt text (emoji) kept and white space tidied. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  // As in HTML rendering, a line break in the source is a space; only <br>, blocks and <pre> break lines.
  const walk = (n: Node, pre: boolean) => {
    if (n.nodeType === 3) out += pre ? (n.nodeValue ?? '') : (n.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
    else if (n.nodeType === 1) {
      const e = n as Element;
      const tag = e.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'tact-badge') return;
      if (tag === 'img') out += e.getAttribute('alt') ?? '';
      else if (tag === 'br') out += '\n';
      else for (const c of Array.from(e.childNodes)) walk(c, pre || tag === 'pre');
      if (tag === 'p' || tag === 'div' || tag === 'li') out += '\n';
    }
  };
  walk(el, el.tagName.toLowerCase() === 'pre');
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** An absolute https URL for an href on the page, or ''. */
export function absoluteUrl(href: string | null | undefined, base: string): string {
  if (!href) return '';
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' ? u.href : '';
  } catch {
    return '';
  }
}
