// Reads old.reddit's .thing.link / .thing.comment entries: ids, author and permalink from data-*
// attributes, text from the entry's own markdown (a comment's replies are nested .thing elements).
import type { ItemInput } from '../item';
import { absoluteUrl, textOf } from '../types';
import { clip, pickOwn, siteBase } from '../helpers';
import { reactionsFrom } from '../counts';
import { commentIdOf, postIdOf, redditAuthor, REDDIT_HOSTS } from './common';
import { OLD_REDDIT as S } from './selectors';

const isThing = (e: Element) => e.matches(S.thing[0].css);
const own = (node: Element, options: (typeof S)[keyof typeof S]) => pickOwn(node, options, isThing);

/** A thing's fullname; deleted comments lose data-fullname but keep their permalink. */
function fullname(thing: Element): string {
  return thing.getAttribute('data-fullname') || commentIdOf(thing.getAttribute('data-permalink'));
}

/** The score shown: data-score on the thing, else its own score's title or text ("18 points"). */
function scoreOf(node: Element): number | null {
  const score = own(node, S.score);
  return reactionsFrom([node.getAttribute('data-score'), score?.getAttribute('title'), textOf(score)]);
}

function postText(link: Element): string {
  return [textOf(own(link, S.title)), textOf(own(link, S.body))].filter(Boolean).join('\n');
}

function author(node: Element, base: string): ItemInput['author'] {
  const link = own(node, S.author);
  // A deleted account keeps its comments, signed "[deleted]" in a bare span: that is what readers see.
  const deleted = link
    ? null
    : Array.from(own(node, S.tagline)?.querySelectorAll('span') ?? []).find((s) => textOf(s) === '[deleted]');
  const name = node.getAttribute('data-author') || textOf(link) || textOf(deleted);
  const record = redditAuthor(name, base);
  return link ? { ...record, url: absoluteUrl(link.getAttribute('href'), base) || record.url } : record;
}

export function extractOldRedditThing(node: Element): ItemInput | null {
  const isPost = node.matches(S.post[0].css);
  // Removed/deleted placeholders and promoted links are not items anyone can answer.
  if (
    node.classList.contains('deleted') ||
    node.classList.contains('promoted') ||
    node.getAttribute('data-promoted') === 'true'
  )
    return null;
  const id = fullname(node);
  if (!id) return null;
  const base = siteBase(node, REDDIT_HOSTS);
  const permalink = absoluteUrl(node.getAttribute('data-permalink'), base);
  const common = {
    platform: 'reddit' as const,
    platformId: id,
    author: author(node, base),
    truncated: false,
    time: own(node, S.time)?.getAttribute('datetime') ?? '',
    permalink,
    reactions: scoreOf(node),
  };
  if (isPost) return { ...common, kind: 'post', text: clip(postText(node), 20000), parentId: null, rootText: '' };

  const threadId = postIdOf(permalink);
  const parent = node.parentElement?.closest(S.thing[0].css) ?? null;
  const link = Array.from(node.ownerDocument.querySelectorAll(S.post[0].css)).find((l) => fullname(l) === threadId);
  return {
    ...common,
    kind: parent?.matches(S.comment[0].css) ? 'reply' : 'comment',
    text: clip(textOf(own(node, S.body)), 20000),
    parentId: (parent?.matches(S.comment[0].css) ? fullname(parent) : threadId) || null,
    rootText: clip(link ? postText(link) : '', 2000),
  };
}
