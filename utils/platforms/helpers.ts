// DOM helpers the four adapters share: union queries, outermost filtering, "own" lookups that skip
// nested items (a quoted tweet, a reply inside a comment), cleaned text and fallback ids.
import { textOf, type SelectorOption } from './types';

/** One CSS selector list matching any of `options`. */
export function anyOf(options: readonly SelectorOption[]): string {
  return options.map((o) => o.css).join(', ');
}

/** Every element matching any selector in `options`, once each, in document order. */
export function queryAll(root: ParentNode, options: readonly SelectorOption[]): Element[] {
  return options.length === 0 ? [] : Array.from(root.querySelectorAll(anyOf(options)));
}

/** The nodes that have no ancestor in the list (a wrapper and its inner post count once). */
export function outermost(nodes: readonly Element[]): Element[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Whether `el` sits inside a nested item of `node` (an element between them for which `isNested` holds). */
export function inNested(el: Element, node: Element, isNested: (e: Element) => boolean): boolean {
  for (let p: Element | null = el; p && p !== node; p = p.parentElement) if (isNested(p)) return true;
  return false;
}

/** All elements in `node` matching `options` that belong to `node` itself, not to a nested item. */
export function allOwn(
  node: Element,
  options: readonly SelectorOption[],
  isNested: (e: Element) => boolean,
): Element[] {
  return queryAll(node, options).filter((el) => !inNested(el, node, isNested));
}

/** The first element of `node` itself matching the options, tried in order. */
export function pickOwn(
  node: Element,
  options: readonly SelectorOption[],
  isNested: (e: Element) => boolean,
): Element | null {
  for (const o of options) {
    for (const el of Array.from(node.querySelectorAll(o.css))) if (!inNested(el, node, isNested)) return el;
  }
  return null;
}

/** Text of `el` without the descendants matching `drop` (screen-reader duplicates, "see more" buttons). */
export function cleanText(el: Element | null | undefined, drop: string): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const d of Array.from(copy.querySelectorAll(drop))) d.remove();
  return textOf(copy);
}

/** First line of a text, for names that share an element with a headline. */
export function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').trim();
}

/**
 * Page text as Tact keeps it, normalised once here at the boundary (issue #13): NUL and lone surrogates,
 * which the sync server's database cannot store, become U+FFFD. Length-preserving, so spans found in it
 * still point into the page's own text (hence no NFC either).
 */
export function wellFormed(s: string): string {
  if (!/[\0\ud800-\udfff]/.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    else if (c === 0 || (c >= 0xd800 && c <= 0xdfff)) {
      out += s.slice(from, i) + '\ufffd';
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

// What continues the character before it: a low surrogate, combining marks, ZWJ, variation selectors,
// skin tones, emoji tag characters. A cut just before one of these would split what shows as one character.
const CONTINUES = /^[\udc00-\udfff\p{M}\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;
/** Longer clusters (zalgo text) are cut anyway, on a code point. */
const LONGEST_CLUSTER = 32;

/**
 * `s` well-formed and cut to at most `max` UTF-16 units (the item schema's limits), never inside a
 * surrogate pair, before a combining mark or inside a ZWJ emoji sequence: an emoji is kept whole or dropped.
 */
export function clip(s: string, max: number): string {
  const text = wellFormed(s);
  if (text.length <= max) return text;
  const floor = Math.max(0, max - LONGEST_CLUSTER);
  let end = max;
  while (end > floor && (CONTINUES.test(text.slice(end, end + 2)) || text.charCodeAt(end - 1) === 0x200d)) end--;
  if (end === floor && floor > 0) end = (text.charCodeAt(max) & 0xfc00) === 0xdc00 ? max - 1 : max;
  return text.slice(0, end);
}

/** A short stable id from text parts (FNV-1a, 32 bits), for items the page gives no id for. */
export function hashId(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `h${h.toString(36)}`;
}

/** The first capture group of `re` in `s`, or ''. */
export function capture(s: string | null | undefined, re: RegExp): string {
  return (s ? re.exec(s)?.[1] : undefined) ?? '';
}

/** The page URL of a node's document, or null when it is not a web page. */
export function pageUrl(node: Node): URL | null {
  try {
    const url = new URL(node.ownerDocument?.URL ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The page's origin when it is one of `hosts`, else the first host: the base for relative links. */
export function siteBase(node: Node, hosts: readonly string[]): string {
  const url = pageUrl(node);
  return url && hosts.includes(url.host) ? url.origin : `https://${hosts[0] ?? ''}`;
}
