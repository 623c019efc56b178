// The X adapter: one item per tweet article; a quoted tweet is part of the tweet that quotes it,
// promoted tweets are skipped, and on a /status/ page the tweets around the focused one are replies.
import type { ItemInput } from '../item';
import { absoluteUrl, pickFirst, queryFirst, textOf, type Adapter } from '../types';
import { allOwn, capture, clip, firstLine, outermost, pageUrl, pickOwn } from '../helpers';
import { reactionsFrom } from '../counts';
import { X_AD_LABELS, X_SELECTORS as S } from './selectors';

const BASE = 'https://x.com';
const STATUS = /\/([A-Za-z0-9_]+)\/status\/(\d+)/;
/** Paths of X's own pages, never a user's timeline. */
const RESERVED = new Set([
  'i',
  'settings',
  'messages',
  'notifications',
  'explore',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
]);

/** A quoted tweet inside a tweet: a role=link block with its own author row. */
function isQuote(el: Element): boolean {
  return S.quote.some((o) => el.matches(o.css)) && pickFirst(el, S.userName) !== null;
}

interface TweetRef {
  id: string;
  handle: string;
}

/** The tweet's own id and author handle, from the status link around its time (or any own status link). */
function tweetRef(node: Element): TweetRef | null {
  const time = pickOwn(node, S.time, isQuote);
  const link = time?.closest(S.statusLink[0].css) ?? pickOwn(node, S.statusLink, isQuote);
  const m = STATUS.exec(link?.getAttribute('href') ?? '');
  return m?.[1] && m[2] ? { handle: m[1], id: m[2] } : null;
}

function isPromoted(node: Element): boolean {
  if (!pickOwn(node, S.time, isQuote)) return true; // Ads carry no timestamp link.
  return allOwn(node, [{ css: 'span', why: 'ad label' }], isQuote).some(
    (s) => s.childElementCount === 0 && X_AD_LABELS.includes((s.textContent ?? '').trim()) && !s.closest(S.text[0].css),
  );
}

/** Kind, parent and root text: on /<handle>/status/<id> the first tweet is the root, the others reply. */
function threadPlace(node: Element): Pick<ItemInput, 'kind' | 'parentId' | 'rootText'> {
  const focusedId = capture(pageUrl(node)?.pathname, /\/status\/(\d+)/);
  const tweets = focusedId ? xAdapter.findItems(node.ownerDocument) : [];
  const index = tweets.indexOf(node);
  const root = tweets[0];
  if (index <= 0 || !root) return { kind: 'post', parentId: null, rootText: '' };
  // Below the focused tweet: replies to it; above it: its ancestors, each replying to the one before.
  const focused = node.ownerDocument.querySelector(`a[href*="/status/${focusedId}"] > time`)?.closest(S.item[0].css);
  const belowFocused = focused
    ? (focused.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
    : false;
  const before = tweets[index - 1];
  const parentId = belowFocused ? focusedId : before ? (tweetRef(before)?.id ?? '') : '';
  return { kind: 'reply', parentId: parentId || null, rootText: clip(tweetText(root), 2000) };
}

/** The likes the tweet shows: its like button's label, else its digits; none shown on the button is 0. */
function likesOf(node: Element): number | null {
  const button = pickOwn(node, S.like, isQuote);
  if (!button) return null;
  return reactionsFrom([button.getAttribute('aria-label'), textOf(button)]) ?? 0;
}

function tweetText(node: Element): string {
  return textOf(pickOwn(node, S.text, isQuote));
}

export const xAdapter: Adapter = {
  platform: 'x',

  findItems(root) {
    return outermost(queryFirst(root, S.item));
  },

  extract(node) {
    if (isPromoted(node)) return null;
    const ref = tweetRef(node);
    if (!ref) return null;
    const nameRow = pickOwn(node, S.userName, isQuote);
    const profile = nameRow?.querySelector('a[href]');
    const handle =
      capture(profile?.getAttribute('href'), /^(?:https:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]+)/) || ref.handle;
    return {
      platform: 'x',
      platformId: ref.id,
      author: {
        name: clip(firstLine(textOf(profile)), 200),
        handle: `@${handle}`,
        url: absoluteUrl(`/${handle}`, BASE),
      },
      text: clip(tweetText(node), 20000),
      truncated: pickOwn(node, S.showMore, isQuote) !== null,
      time: pickOwn(node, S.time, isQuote)?.getAttribute('datetime') ?? '',
      permalink: `${BASE}/${ref.handle}/status/${ref.id}`,
      reactions: likesOf(node),
      ...threadPlace(node),
    };
  },

  badgeAnchor(node) {
    return pickOwn(node, S.userName, isQuote) ?? node;
  },

  authorAnchor(node) {
    return pickOwn(node, S.userName, isQuote)?.querySelector('a[href]') ?? null;
  },

  expectsItems(url) {
    const parts = url.pathname.split('/').filter(Boolean);
    const first = parts[0] ?? '';
    if (parts.length === 0 || first === 'home' || first === 'search') return true;
    if (first === 'i') return parts[1] === 'lists' || parts[1] === 'bookmarks';
    return !RESERVED.has(first) && (parts.length === 1 || parts[1] === 'status' || parts[1] === 'with_replies');
  },
};
