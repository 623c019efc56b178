// Issue 3's bar on every real saved page: at least 99% of the posts and comments a reader sees are
// read, each with an author, a text (or a media-only post) and a permalink, and nothing else is.
// "What a reader sees" is counted here straight from each site's documented markers, independently
// of the adapters' selectors.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/platforms';
import type { Platform } from '../../utils/platforms/ids';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage } from './support/pages';
import { readItems } from './support/items';

interface Case {
  platform: Platform;
  file: string;
  url: string;
  /** The visible posts and comments, by the documented markers. */
  visible: (doc: Document) => number;
}

const CASES: Case[] = [
  {
    platform: 'x',
    file: 'x/x-home-timeline-2025-11-20.html',
    url: 'https://x.com/home',
    visible: (d) => d.querySelectorAll('[data-testid="cellInnerDiv"] article[data-testid="tweet"]').length,
  },
  {
    platform: 'x',
    file: 'x/x-tweet-detail-2025-11-20.html',
    url: 'https://x.com/badlogicgames/status/1991612272289161300',
    visible: (d) => d.querySelectorAll('article[data-testid="tweet"]').length,
  },
  {
    platform: 'reddit',
    file: 'reddit/old-reddit-comments-r-Games-2025.html',
    url: 'https://old.reddit.com/r/Games/comments/1lhclhk/',
    // Removed comments lose their fullname and text: there is nothing to read in them.
    visible: (d) => d.querySelectorAll('.thing.link[data-fullname], .thing.comment[data-fullname]').length,
  },
  {
    platform: 'linkedin',
    file: 'linkedin/linkedin-recent-activity-real-2026-04.html',
    url: 'https://www.linkedin.com/in/simonwardley/recent-activity/all/',
    visible: (d) => d.querySelectorAll('.feed-shared-update-v2[data-urn]').length,
  },
];

describe.skipIf(!HAS_FIXTURES)(`adapters on every real saved page${FIXTURES_NOTE}`, () => {
  it.each(CASES)(
    '$platform $file: reads ≥ 99% of the visible items, each complete, and no others',
    ({ platform, file, url, visible }) => {
      const doc = openPage('fixture', file, url);
      const { items } = readItems(ADAPTERS[platform], doc);
      const expected = visible(doc);
      expect(expected).toBeGreaterThan(0);
      const complete = items.filter((i) => (i.author.handle || i.author.name) && /^https:\/\//.test(i.permalink));
      expect(complete.length / expected).toBeGreaterThanOrEqual(0.99);
      expect(items.length).toBeLessThanOrEqual(expected); // no false items
      expect(new Set(items.map((i) => i.platformId)).size).toBe(items.length);
    },
  );
});
