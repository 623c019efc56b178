// Reads new Reddit's shreddit-post / shreddit-comment elements; their attributes hold ids, author,
// time and permalink, so only the body text comes from the light DOM.
import type { ItemInput } from '../item';
import { absoluteUrl, textOf } from '../types';
import { clip, pickOwn, siteBase } from '../helpers';
import { reactionsFrom } from '../counts';
import { postIdOf, redditAuthor, REDDIT_HOSTS } from './common';
import { SHREDDIT as S } from './selectors';

const isComment = (e: Element) => e.matches(S.comment[0].css);

/** The item's time: its attribute when set, else its own <time datetime> / faceplate-timeago ts (not a reply's). */
function timeOf(node: Element, attribute: string): string {
  const own = node.getAttribute(attribute);
  if (own) return own;
  const el = pickOwn(node, S.time, (e) => e !== node && isComment(e));
  return el?.getAttribute('datetime') || el?.getAttribute('ts') || '';
}

function postId(post: Element): string {
  const own = post.getAttribute('id') ?? '';
  return own.startsWith('t3_') ? own : postIdOf(post.getAttribute('permalink'));
}

/** Title and self-text of a shreddit-post. */
function postText(post: Element): string {
  const title = post.getAttribute('post-title') ?? '';
  const body = textOf(pickOwn(post, S.postBody, isComment));
  return [title, body].filter(Boolean).join('\n');
}

export function extractShredditPost(node: Element): ItemInput | null {
  if (node.closest(S.ad[0].css)) return null;
  const id = postId(node);
  if (!id) return null;
  const base = siteBase(node, REDDIT_HOSTS);
  return {
    platform: 'reddit',
    platformId: id,
    kind: 'post',
    author: redditAuthor(node.getAttribute('author'), base),
    text: clip(postText(node), 20000),
    truncated: false,
    time: timeOf(node, 'created-timestamp'),
    permalink: absoluteUrl(node.getAttribute('permalink'), base),
    reactions: reactionsFrom([node.getAttribute('score')]),
    parentId: null,
    rootText: '',
  };
}

export function extractShredditComment(node: Element): ItemInput | null {
  const id = node.getAttribute('thingid') ?? '';
  const text = textOf(pickOwn(node, S.commentBody, isComment));
  // A removed or deleted comment keeps its element but has neither author nor text.
  if (!id || (!text && !node.getAttribute('author'))) return null;
  const base = siteBase(node, REDDIT_HOSTS);
  const permalink = absoluteUrl(node.getAttribute('permalink'), base);
  const threadId = node.getAttribute('postid') || postIdOf(permalink);
  const parentComment = node.parentElement?.closest(S.comment[0].css) ?? null;
  const depth = Number(node.getAttribute('depth') ?? (parentComment ? 1 : 0));
  const post = Array.from(node.ownerDocument.querySelectorAll(S.post[0].css)).find((p) => postId(p) === threadId);
  return {
    platform: 'reddit',
    platformId: id,
    kind: depth > 0 ? 'reply' : 'comment',
    author: redditAuthor(node.getAttribute('author'), base),
    text: clip(text, 20000),
    truncated: false,
    time: timeOf(node, 'created'),
    permalink,
    reactions: reactionsFrom([node.getAttribute('score')]),
    parentId: node.getAttribute('parentid') || parentComment?.getAttribute('thingid') || threadId || null,
    rootText: clip(post ? postText(post) : '', 2000),
  };
}
