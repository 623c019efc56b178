// The Facebook adapter: feed units and lone posts are posts, labelled articles are comments or
// replies. Ids come from the permalinks (posts/…, comment_id=…), else from a hash of author + text.
import type { ItemInput } from '../item';
import { absoluteUrl, textOf, type Adapter } from '../types';
import { allOwn, anyOf, capture, clip, firstLine, hashId, inNested, outermost, pageUrl, queryAll } from '../helpers';
import { pickTime, timeCandidates } from '../time-label';
import { reactionsFrom } from '../counts';
import { FACEBOOK as F, FACEBOOK_REACTIONS_LABEL, FACEBOOK_REPLY_LABEL, FACEBOOK_SEE_MORE } from './selectors';

const BASE = 'https://www.facebook.com';
const COMMENT_LABEL = /^(Comment by|Commentaire de|Comentario de|Kommentar von)\b/i;
const POST_ID = [
  /\/posts\/([^/?#]+)/,
  /\/permalink\/(\d+)/,
  /[?&]story_fbid=([^&#]+)/,
  /\/videos\/(\d+)/,
  /\/reel\/(\d+)/,
  /[?&]fbid=(\d+)/,
];
/** Query parameters that name the content; the rest (__cft__, __tn__, …) is tracking. */
const CONTENT_PARAMS = ['story_fbid', 'id', 'fbid', 'comment_id', 'reply_comment_id', 'v'];
const PROFILE_PARAMS = ['id'];
const POST = anyOf([...F.feedUnit, ...F.lonePost]);
const NO_ITEMS =
  /^\/(messages|settings|marketplace|notifications|gaming|bookmarks|login|help|ads|business|privacy)(\/|$)/;

/** A labelled article is a comment when its label says so or when it sits inside a post. */
function isComment(el: Element): boolean {
  if (!el.matches(anyOf(F.comment))) return false;
  const label = el.getAttribute('aria-label') ?? '';
  return COMMENT_LABEL.test(label) || FACEBOOK_REPLY_LABEL.test(label) || el.parentElement?.closest(POST) != null;
}
const isPost = (el: Element) => !isComment(el) && (el.matches(POST) || el.matches(anyOf(F.comment)));
/** A feed unit's own article: the first one, when it holds the unit's first link (the author). */
function primaryArticle(unit: Element): Element | null {
  const first = unit.querySelector(anyOf(F.lonePost));
  const firstLink = unit.querySelector('a[href]');
  return first && firstLink && first.contains(firstLink) ? first : null;
}

/** Everything inside `node` that belongs to another item: comments, shared posts. */
function nestedOf(node: Element): (e: Element) => boolean {
  const own = node.matches(anyOf(F.feedUnit)) ? primaryArticle(node) : null;
  return (e) => e !== node && e !== own && (isComment(e) || isPost(e));
}

function cleanUrl(href: string | null | undefined, keep = CONTENT_PARAMS): string {
  const abs = absoluteUrl(href, BASE);
  if (!abs) return '';
  const url = new URL(abs);
  for (const key of Array.from(url.searchParams.keys())) if (!keep.includes(key)) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}

function postIdIn(href: string | null | undefined): string {
  for (const re of POST_ID) {
    const id = capture(href, re);
    if (id) return id;
  }
  return '';
}

function authorOf(
  node: Element,
  nested: (e: Element) => boolean,
): { link: Element | null; author: { name: string; handle: string; url: string } } {
  let link: Element | null = null;
  for (const o of F.author) {
    // The time link under an item points at the content itself; the author link at a profile.
    link = allOwn(node, [o], nested).find((a) => postIdIn(a.getAttribute('href')) === '' && textOf(a) !== '') ?? null;
    if (link) break;
  }
  const url = cleanUrl(link?.getAttribute('href'), PROFILE_PARAMS);
  const path = url ? new URL(url) : null;
  const handle = path?.searchParams.get('id') ?? capture(path?.pathname, /^\/(?:groups\/[^/]+\/user\/)?([^/]+)/);
  let name = firstLine(textOf(link));
  if (!name)
    name = (node.getAttribute('aria-label') ?? '').replace(COMMENT_LABEL, '').replace(FACEBOOK_REPLY_LABEL, '').trim();
  return { link, author: { name: clip(name, 200), handle: clip(handle, 200), url } };
}

function ownText(node: Element, nested: (e: Element) => boolean): string {
  const skip = (e: Element) => nested(e) || e.matches(anyOf(F.notText)) || e.tagName === 'A';
  const block = allOwn(node, F.postText, nested)[0];
  if (block) return textOf(block);
  // Paragraph divs, outermost only (a paragraph may wrap a line div), outside links and controls.
  const paragraphs = outermost(queryAll(node, F.paragraph).filter((p) => !inNested(p, node, skip)));
  return paragraphs
    .map((p) => textOf(p))
    .filter(Boolean)
    .join('\n');
}

function isTruncated(node: Element, nested: (e: Element) => boolean): boolean {
  return allOwn(node, F.button, nested).some((b) => FACEBOOK_SEE_MORE.includes(textOf(b).replace(/^…\s*/, '')));
}

/**
 * When the item was posted: an exact data-utime if the markup has one, else the label of its time
 * link ("2 h", "Hier à 14:05", an aria-label such as "18 avril 2025 à 10:12").
 */
function timeOf(node: Element, nested: (e: Element) => boolean, links: readonly Element[]): string {
  const exact = allOwn(node, F.time, nested);
  return pickTime([...exact.flatMap(timeCandidates), ...links.flatMap(timeCandidates)]);
}

/**
 * The reactions the item shows: a summary button labelled "12 reactions…", or one whose first line
 * ends with ":" ("All reactions:", "Toutes les réactions :", any locale) followed by the count.
 */
function reactionsOf(node: Element, nested: (e: Element) => boolean): number | null {
  for (const button of allOwn(node, F.reactions, nested)) {
    const label = button.getAttribute('aria-label') ?? '';
    const head = button.firstElementChild;
    const count = FACEBOOK_REACTIONS_LABEL.test(label)
      ? reactionsFrom([label])
      : head && /[:：]\s*$/.test(textOf(head))
        ? reactionsFrom([textOf(button.querySelector('span[aria-hidden="true"]'))])
        : null;
    if (count !== null) return count;
  }
  return null;
}

function postId(node: Element): { id: string; link: string } {
  const nested = nestedOf(node);
  for (const o of F.permalink.slice(1)) {
    for (const a of allOwn(node, [o], nested)) {
      const id = postIdIn(a.getAttribute('href'));
      if (id) return { id, link: cleanUrl(a.getAttribute('href')) };
    }
  }
  // A post alone on its permalink page may not link to itself.
  const page = pageUrl(node);
  const id = page ? postIdIn(page.href) : '';
  return id && page && firstPost(node.ownerDocument) === node
    ? { id, link: cleanUrl(page.href) }
    : { id: '', link: '' };
}

/** The first post of the page, in document order (so the outermost one). */
function firstPost(doc: ParentNode): Element | null {
  return queryAll(doc, [...F.feedUnit, ...F.lonePost, ...F.comment]).find(isPost) ?? null;
}

function extractPost(node: Element): ItemInput | null {
  const nested = nestedOf(node);
  const { author } = authorOf(node, nested);
  const text = ownText(node, nested);
  if (!text && !author.name) return null;
  const { id, link } = postId(node);
  const links = allOwn(node, F.permalink.slice(1), nested);
  return {
    platform: 'facebook',
    platformId: id || hashId(author.name, text),
    kind: 'post',
    author,
    text: clip(text, 20000),
    truncated: isTruncated(node, nested),
    time: timeOf(node, nested, links),
    permalink: link,
    reactions: reactionsOf(node, nested),
    parentId: null,
    rootText: '',
  };
}

function extractComment(node: Element): ItemInput | null {
  const nested = nestedOf(node);
  const { author } = authorOf(node, nested);
  const text = ownText(node, nested);
  if (!text && !author.name) return null;
  const isReply = FACEBOOK_REPLY_LABEL.test(node.getAttribute('aria-label') ?? '');
  // The comment's time link: comment_id on the post's own URL (profile links may carry comment_id too).
  const anchors = allOwn(node, F.permalink.slice(0, 1), nested);
  const timeLink = anchors.find((a) => postIdIn(a.getAttribute('href')) !== '') ?? anchors[0];
  const href = timeLink?.getAttribute('href') ?? '';
  const commentId = capture(href, /[?&]comment_id=([^&#]+)/);
  const replyId = capture(href, /[?&]reply_comment_id=([^&#]+)/);
  const post = node.parentElement?.closest(POST) ?? null;
  const postIdValue = postIdIn(href) || (post ? postId(post).id : '');
  const parentComment = node.parentElement?.closest(anyOf(F.comment)) ?? null;
  const parentId = isReply
    ? commentId || (parentComment ? (extractComment(parentComment)?.platformId ?? '') : '')
    : postIdValue;
  const root = post ?? firstPost(node.ownerDocument);
  return {
    platform: 'facebook',
    platformId: (isReply ? replyId : commentId) || hashId(postIdValue, author.name, text),
    kind: isReply ? 'reply' : 'comment',
    author,
    text: clip(text, 20000),
    truncated: isTruncated(node, nested),
    time: timeOf(node, nested, timeLink ? [timeLink] : []),
    permalink: cleanUrl(href),
    reactions: reactionsOf(node, nested),
    parentId: parentId || null,
    rootText: clip(root ? ownText(root, nestedOf(root)) : '', 2000),
  };
}

export const facebookAdapter: Adapter = {
  platform: 'facebook',

  findItems(root) {
    const articles = queryAll(root, [...F.feedUnit, ...F.lonePost, ...F.comment]);
    return [...outermost(articles.filter(isPost)), ...articles.filter(isComment)];
  },

  extract(node) {
    return isComment(node) ? extractComment(node) : extractPost(node);
  },

  badgeAnchor(node) {
    return authorOf(node, nestedOf(node)).link?.parentElement ?? node;
  },

  authorAnchor(node) {
    return authorOf(node, nestedOf(node)).link;
  },

  expectsItems(url) {
    if (NO_ITEMS.test(url.pathname)) return false;
    return (
      url.pathname === '/' ||
      /^\/home\.php/.test(url.pathname) ||
      /^\/groups\/[^/]+/.test(url.pathname) ||
      postIdIn(url.href) !== '' ||
      /\/(permalink|story)\.php/.test(url.pathname)
    );
  },
};
