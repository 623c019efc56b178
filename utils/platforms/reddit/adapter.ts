// The Reddit adapter: new Reddit (shreddit-* elements) and old.reddit (.thing entries) on one
// platform id scheme (t3_ posts, t1_ comments); every comment, nested or not, is its own item.
import type { Adapter } from '../types';
import { anyOf, pickOwn, queryAll } from '../helpers';
import { extractOldRedditThing } from './old-reddit';
import { extractShredditComment, extractShredditPost } from './shreddit';
import { OLD_REDDIT, SHREDDIT } from './selectors';

const ITEMS = [...SHREDDIT.post, ...SHREDDIT.comment, ...OLD_REDDIT.post, ...OLD_REDDIT.comment];
/** Paths under which Reddit shows its own pages, not posts. */
const NO_ITEMS =
  /^\/(settings|prefs|message|messages|chat|notifications|submit|login|register|password|premium|coins)(\/|$)|\/submit\/?$/;

const isShredditComment = (e: Element) => e.matches(anyOf(SHREDDIT.comment));
const isThing = (e: Element) => e.matches(anyOf(OLD_REDDIT.thing));

export const redditAdapter: Adapter = {
  platform: 'reddit',

  findItems(root) {
    return queryAll(root, ITEMS);
  },

  extract(node) {
    if (node.matches(anyOf(SHREDDIT.post))) return extractShredditPost(node);
    if (node.matches(anyOf(SHREDDIT.comment))) return extractShredditComment(node);
    if (node.matches(anyOf([...OLD_REDDIT.post, ...OLD_REDDIT.comment]))) return extractOldRedditThing(node);
    return null;
  },

  badgeAnchor(node) {
    if (isThing(node)) return pickOwn(node, OLD_REDDIT.tagline, isThing) ?? node;
    return (
      pickOwn(node, SHREDDIT.meta, isShredditComment) ??
      pickOwn(node, [...SHREDDIT.commentBody, ...SHREDDIT.postBody], isShredditComment) ??
      node
    );
  },

  authorAnchor(node) {
    if (isThing(node)) return pickOwn(node, OLD_REDDIT.author, isThing);
    const meta = pickOwn(node, SHREDDIT.meta, isShredditComment);
    return meta?.querySelector('a[href*="/user/"]') ?? null;
  },

  expectsItems(url) {
    if (NO_ITEMS.test(url.pathname)) return false;
    return (
      url.pathname === '/' ||
      /^\/(r|u|user)\/[^/]+/.test(url.pathname) ||
      /^\/(best|hot|new|top|rising)\/?$/.test(url.pathname)
    );
  },
};
