// Finding brand mentions in a text: compiles the brands once (cached per brand list) and runs the
// one-pass matcher of matcher.ts.
import { BrandMatcher, type MatchableBrand, type Mention } from './matcher';

export type { Mention, MatchableBrand };

const cache = new WeakMap<readonly MatchableBrand[], BrandMatcher>();

export function matcherFor(brands: readonly MatchableBrand[]): BrandMatcher {
  let m = cache.get(brands);
  if (!m) cache.set(brands, (m = new BrandMatcher(brands)));
  return m;
}

/** The mentions of any of `brands` in `text`, sorted by position, without overlaps. */
export function findMentions(text: string, brands: readonly MatchableBrand[]): Mention[] {
  return matcherFor(brands).find(text);
}
