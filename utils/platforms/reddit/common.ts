// What new and old Reddit share: hosts, fullname ids and the author record.
import type { ItemInput } from '../item';
import { absoluteUrl } from '../types';
import { capture, clip } from '../helpers';

export const REDDIT_HOSTS = ['www.reddit.com', 'old.reddit.com'] as const;

/** The post's fullname (t3_…) from any permalink of the thread, or ''. */
export function postIdOf(permalink: string | null | undefined): string {
  const id = capture(permalink, /\/comments\/([a-z0-9]+)/i);
  return id ? `t3_${id}` : '';
}

/** A comment's fullname (t1_…) from its permalink, for comments whose element lost its id. */
export function commentIdOf(permalink: string | null | undefined): string {
  const id = capture(permalink, /\/comments\/[a-z0-9]+\/[^/]*\/([a-z0-9]+)\/?$/i);
  return id ? `t1_${id}` : '';
}

/** Author name, u/handle and profile; deleted accounts ("[deleted]") have no handle or profile. */
export function redditAuthor(name: string | null | undefined, base: string): ItemInput['author'] {
  const n = (name ?? '').trim();
  if (!n || n === '[deleted]') return { name: n, handle: '', url: '' };
  return { name: clip(n, 200), handle: clip(`u/${n}`, 200), url: absoluteUrl(`/user/${encodeURIComponent(n)}/`, base) };
}
