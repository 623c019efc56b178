// The LinkedIn adapter: posts and comments in the classic DOM and the newer data-view-name DOM,
// which can wrap each other; a post counts once (outermost node), each comment and reply once.
import type { ItemInput } from '../item';
import { absoluteUrl, textOf, type Adapter } from '../types';
import {
  allOwn,
  anyOf,
  capture,
  cleanText,
  clip,
  firstLine,
  hashId,
  inNested,
  outermost,
  pickOwn,
  queryAll,
} from '../helpers';
import { reactionsFrom } from '../counts';
import { pickTime, timeCandidates } from '../time-label';
import { LINKEDIN as L, LINKEDIN_NOT_TEXT } from './selectors';
import { postUrnOfComment, timeOfUrn, urnOnElement, type UrnKind } from './urn';

const BASE = 'https://www.linkedin.com';
const POST = anyOf(L.post);
const COMMENT = anyOf([...L.classicComment, ...L.newerComment]);
const isComment = (e: Element) => e.matches(COMMENT);

/** Newer comments: keyed by their first author picture so a wrapper and its inner block count once. */
function newerComments(root: ParentNode): Element[] {
  const byActor = new Map<Element, Element>();
  for (const box of queryAll(root, L.newerComment)) {
    const key = box.querySelector(anyOf(L.commentActor)) ?? box;
    if (!byActor.has(key)) byActor.set(key, box);
  }
  // Comments with no known container: the nearest block around the picture that holds a text box.
  for (const pic of queryAll(root, L.commentActor)) {
    if (byActor.has(pic) || pic.closest(anyOf(L.newerComment))) continue;
    let box = pic.parentElement;
    for (
      let up = 0;
      box && up < 5 && !box.matches(POST) && !box.querySelector('[data-testid="expandable-text-box"]');
      up++
    )
      box = box.parentElement;
    if (box && !box.matches(POST)) byActor.set(pic, box);
  }
  return [...new Set(byActor.values())];
}

/** The item's urn: on the node, else on its own descendants (never inside a nested comment). */
function urnOf(node: Element, kind: UrnKind): string {
  const nested = nestedOf(node);
  const carriers = node.querySelectorAll('[data-urn], [data-id], [componentkey], [data-view-tracking-scope]');
  for (const el of [node, ...Array.from(carriers)]) {
    if (el !== node && inNested(el, node, nested)) continue;
    const urn = urnOnElement(el, kind);
    if (urn) return urn;
  }
  if (kind === 'post') {
    const link = pickOwn(node, [{ css: 'a[href*="/feed/update/urn:li:"]', why: 'post permalink' }], nested);
    return capture(link?.getAttribute('href'), /(urn:li:(?:activity|ugcPost|share):\d+)/);
  }
  return '';
}

interface Author {
  name: string;
  handle: string;
  url: string;
}

/** The author's link: the first own match with visible text, trying the options in order. */
function authorLink(node: Element, nested: (e: Element) => boolean): Element | null {
  for (const o of L.profileLink) {
    const hit = allOwn(node, [o], nested).find((a) => cleanText(a, LINKEDIN_NOT_TEXT) !== '');
    if (hit) return hit;
  }
  return null;
}

function author(node: Element, nested: (e: Element) => boolean): Author {
  const link = authorLink(node, nested);
  const name = cleanText(pickOwn(node, L.actorName, nested), LINKEDIN_NOT_TEXT) || cleanText(link, LINKEDIN_NOT_TEXT);
  const profile = capture(link?.getAttribute('href'), /\/((?:in|company|school)\/[^/?#]+)/);
  return {
    name: clip(firstLine(name), 200),
    handle: clip(profile.split('/')[1] ?? '', 200),
    url: profile ? absoluteUrl(`/${profile}/`, BASE) : '',
  };
}

/** What lies inside a nested item of `node`: comments for a post, other comments for a comment. */
function nestedOf(node: Element): (e: Element) => boolean {
  return (e) => e !== node && isComment(e);
}

/** The exact time its urn holds, else the label the page shows ("8h • Edited", "2 h", "1 sem."). */
function timeOf(node: Element, urn: string, nested: (e: Element) => boolean): string {
  const exact = timeOfUrn(urn);
  if (exact) return exact;
  // Options in order: the short visible label before the line that also holds its hidden copy.
  return pickTime(L.time.flatMap((o) => allOwn(node, [o], nested)).flatMap(timeCandidates));
}

/** The reactions the item shows (its reactions button or count), or null. */
function reactionsOf(node: Element, nested: (e: Element) => boolean): number | null {
  const els = L.reactions.flatMap((o) => allOwn(node, [o], nested));
  return reactionsFrom(els.flatMap((e) => [e.getAttribute('aria-label'), textOf(e)]));
}

function postText(post: Element): string {
  return cleanText(pickOwn(post, L.postText, isComment), LINKEDIN_NOT_TEXT);
}

function extractPost(node: Element): ItemInput | null {
  const text = postText(node);
  const who = author(node, isComment);
  if (!text && !who.name) return null;
  const urn = urnOf(node, 'post');
  return {
    platform: 'linkedin',
    platformId: urn || hashId(who.name, text),
    kind: 'post',
    author: who,
    text: clip(text, 20000),
    truncated: pickOwn(node, L.seeMore, isComment) !== null,
    time: timeOf(node, urn, isComment),
    permalink: urn ? `${BASE}/feed/update/${urn}/` : '',
    reactions: reactionsOf(node, isComment),
    parentId: null,
    rootText: '',
  };
}

/** A reply by its own marks: the classic --reply class, or a reply-actor picture as its first own actor. */
function repliesByMark(node: Element): boolean {
  if (node.classList.contains('comments-comment-entity--reply')) return true;
  return pickOwn(node, L.commentActor, nestedOf(node))?.matches(anyOf(L.replyActor)) ?? false;
}

/**
 * The comment a reply answers: the comment around it, else — real pages list replies after their
 * comment's own block, not inside it — the nearest comment before it in the same post that is not
 * itself a reply (an ancestor counts as "before" too, so a block found by its picture works as well).
 */
function parentComment(node: Element, post: Element | null): Element | null {
  const around = node.parentElement?.closest(COMMENT);
  if (around) return around;
  const scope: ParentNode = post ?? node.ownerDocument;
  let best: Element | null = null;
  for (const c of [...queryAll(scope, L.classicComment), ...newerComments(scope)]) {
    const pos = c === node ? 0 : node.compareDocumentPosition(c);
    if (!(pos & Node.DOCUMENT_POSITION_PRECEDING)) continue; // itself, or after it
    const encloses = (pos & Node.DOCUMENT_POSITION_CONTAINS) !== 0;
    if (!encloses && (repliesByMark(c) || c.parentElement?.closest(COMMENT))) continue; // another reply
    if (!best || (best.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) best = c;
  }
  return best;
}

function extractComment(node: Element): ItemInput | null {
  const nested = nestedOf(node);
  const text = cleanText(pickOwn(node, L.commentText, nested), LINKEDIN_NOT_TEXT);
  const who = author(node, nested);
  if (!text && !who.name) return null;
  const urn = urnOf(node, 'comment');
  const post = node.closest(POST);
  const postUrn = postUrnOfComment(urn) || (post ? urnOf(post, 'post') : '');
  const isReply = node.parentElement?.closest(COMMENT) != null || repliesByMark(node);
  const parent = isReply ? parentComment(node, post) : null;
  return {
    platform: 'linkedin',
    platformId: urn || hashId(postUrn, who.name, text),
    kind: isReply ? 'reply' : 'comment',
    author: who,
    text: clip(text, 20000),
    truncated: pickOwn(node, L.seeMore, nested) !== null,
    time: timeOf(node, urn, nested),
    reactions: reactionsOf(node, nested),
    permalink: postUrn ? `${BASE}/feed/update/${postUrn}/${urn ? `?commentUrn=${encodeURIComponent(urn)}` : ''}` : '',
    parentId: (isReply && parent ? urnOf(parent, 'comment') : postUrn) || null,
    rootText: clip(post ? postText(post) : '', 2000),
  };
}

export const linkedinAdapter: Adapter = {
  platform: 'linkedin',

  findItems(root) {
    const posts = outermost(queryAll(root, L.post));
    const classic = queryAll(root, L.classicComment);
    return [...posts, ...classic, ...newerComments(root)];
  },

  extract(node) {
    return node.matches(POST) ? extractPost(node) : extractComment(node);
  },

  badgeAnchor(node) {
    return authorLink(node, nestedOf(node))?.parentElement ?? node;
  },

  authorAnchor(node) {
    return authorLink(node, nestedOf(node));
  },

  expectsItems(url) {
    const p = url.pathname;
    return (
      /^\/feed(\/|$)/.test(p) ||
      /^\/posts\//.test(p) ||
      /^\/(in|company|school)\/[^/]+\/(recent-activity|posts)/.test(p) ||
      /^\/groups\/[^/]+/.test(p)
    );
  },
};
