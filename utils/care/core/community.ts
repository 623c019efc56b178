// Is an item in a brand's community? Either its thread's root post was written by one of the brand's
// own accounts (mentions/core/own.ts), or its permalink (or a stored parent's) lies under one of the
// brand's `communities` places: a page, group or profile URL, or `r/name` for a subreddit. Tolerant
// of www./m./old. hosts, case and trailing slashes. Pure: members-repo.ts reads the parents, this decides.
import type { Brand } from '../../mentions/core/brand';
import { ownBrandOf, type AuthorRef } from '../../mentions/core/own';

/** A place of a brand's community, reduced to what a URL is compared with. */
export interface Place {
  /** Host without www./m./old./mobile./mbasic., lower-case. */
  host: string;
  /** Path without a trailing slash, lower-case ('' for a whole site: never accepted). */
  path: string;
}

/** One link of an item's thread, from the item up: the item first, then its parent, and so on. */
export interface ThreadLink {
  kind: 'post' | 'comment' | 'reply';
  author: AuthorRef;
  permalink: string;
  /** Null at the top of the thread (a post), else the parent's platform id. */
  parentId: string | null;
}

/** How many parents are followed up the thread. */
export const THREAD_HOPS = 4;

const HOST_PREFIX = /^(?:www|m|old|new|mobile|mbasic|web)\./;
const SUBREDDIT = /^\/?r\/([A-Za-z0-9_]{2,21})\/?$/;

function toUrl(s: string): URL | null {
  const raw = s.trim();
  if (!raw) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
}

/** The place an entry of `communities` names, or null when it names none (a whole site, a bare word). */
export function placeOf(entry: string): Place | null {
  const sub = SUBREDDIT.exec(entry.trim());
  if (sub) return { host: 'reddit.com', path: `/r/${sub[1]!.toLowerCase()}` };
  const url = toUrl(entry);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const host = url.hostname.toLowerCase().replace(HOST_PREFIX, '');
  if (!host.includes('.')) return null;
  // A Facebook profile without a name: profile.php?id=… is the place.
  if (url.pathname === '/profile.php' && url.searchParams.get('id')) {
    return { host, path: `/profile.php?id=${url.searchParams.get('id')!.toLowerCase()}` };
  }
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  if (path === '') return null;
  return { host, path };
}

/** Whether `url` lies at or under `place`. */
export function underPlace(url: string, place: Place): boolean {
  const u = toUrl(url);
  if (!u) return false;
  const host = u.hostname.toLowerCase().replace(HOST_PREFIX, '');
  if (host !== place.host) return false;
  if (place.path.startsWith('/profile.php?id=')) {
    return (
      u.pathname === '/profile.php' &&
      `/profile.php?id=${(u.searchParams.get('id') ?? '').toLowerCase()}` === place.path
    );
  }
  const path = u.pathname.replace(/\/+$/, '').toLowerCase();
  return path === place.path || path.startsWith(`${place.path}/`);
}

/** The brand's community places, skipping entries that name none. */
export function placesOf(brand: Pick<Brand, 'communities'>): Place[] {
  return (brand.communities ?? []).map(placeOf).filter((p): p is Place => p !== null);
}

/**
 * Whether the item at the start of `thread` (then its known parents, nearest first) is in the brand's
 * community: under one of its places, or in a thread whose top post is by one of its own accounts.
 */
export function inCommunity(
  thread: readonly ThreadLink[],
  brand: Pick<Brand, 'id' | 'handles' | 'ownAccounts' | 'competitor' | 'communities'>,
): boolean {
  if (brand.competitor || thread.length === 0) return false;
  const places = placesOf(brand);
  if (places.length > 0) {
    for (const link of thread) {
      if (link.permalink && places.some((p) => underPlace(link.permalink, p))) return true;
    }
  }
  // The thread's root: the last link, when it really is the top (a post, or nothing above it).
  const root = thread[thread.length - 1]!;
  if (thread.length === 1) return false; // a post by itself is not a thread under our post
  const top = root.kind === 'post' || root.parentId === null;
  return top && ownBrandOf(root.author, [brand]) === brand.id;
}

/** The ids of the brands (not competitors) whose community the item is in. */
export function communitiesOf(thread: readonly ThreadLink[], brands: readonly Brand[]): string[] {
  return brands.filter((b) => inCommunity(thread, b)).map((b) => b.id);
}

export const PLACES_MAX = 200;
export const PLACE_MAX = 300;

export type PlacesCheck =
  | { ok: true; places: string[] }
  | {
      ok: false;
      error: 'care.places.invalid' | 'care.places.tooMany' | 'care.places.tooLong';
      params: Record<string, string | number>;
      /** 1-based line of the problem (0: the whole list). */
      line: number;
    };

/** The places typed one per line, trimmed, blank lines and repeats dropped; the first bad line named. */
export function checkPlaces(text: string): PlacesCheck {
  const out: string[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const entry = raw.trim();
    if (!entry) continue;
    const line = i + 1;
    if (entry.length > PLACE_MAX)
      return { ok: false, error: 'care.places.tooLong', params: { line, max: PLACE_MAX }, line };
    const place = placeOf(entry);
    if (!place) return { ok: false, error: 'care.places.invalid', params: { line, entry }, line };
    const id = `${place.host}${place.path}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
  }
  if (out.length > PLACES_MAX) return { ok: false, error: 'care.places.tooMany', params: { max: PLACES_MAX }, line: 0 };
  return { ok: true, places: out };
}
