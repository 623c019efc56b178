// Each adapter's author element (where the author chip goes), on the real saved pages and the demo
// pages: inside the item, and showing that item's author.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/platforms';
import type { Platform } from '../../utils/platforms/ids';
import { itemSchema } from '../../utils/platforms/item';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage } from './support/pages';

const FIXTURE_PAGES: Array<[Platform, string, string]> = [
  ['x', 'x/x-home-timeline-2025-11-20.html', 'https://x.com/home'],
  ['x', 'x/x-tweet-detail-2025-11-20.html', 'https://x.com/badlogicgames/status/1991612272289161300'],
  ['reddit', 'reddit/old-reddit-comments-r-Games-2025.html', 'https://old.reddit.com/r/Games/comments/1lqa2hj/'],
  [
    'linkedin',
    'linkedin/linkedin-recent-activity-real-2026-04.html',
    'https://www.linkedin.com/in/simonwardley/recent-activity/all/',
  ],
];
const DEMO_PAGES: Array<[Platform, string, string]> = [
  ['x', 'x-home.html', 'https://x.com/home'],
  ['facebook', 'facebook-post.html', 'https://www.facebook.com/acme/posts/pfbid0Acme1'],
  ['reddit', 'reddit-thread.html', 'https://www.reddit.com/r/acme/comments/1abcde/roadrunner_3000_problems/'],
  ['reddit', 'old-reddit-thread.html', 'https://old.reddit.com/r/acme/comments/1abcde/roadrunner_3000_problems/'],
  ['linkedin', 'linkedin-feed.html', 'https://www.linkedin.com/feed/'],
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(@|u\/)/, '')
    .trim();

/** Share of items whose author element is inside the item and shows its name or handle. */
function check(platform: Platform, doc: Document) {
  const adapter = ADAPTERS[platform];
  let items = 0;
  let good = 0;
  const bad: string[] = [];
  for (const node of adapter.findItems(doc)) {
    const parsed = itemSchema.safeParse(adapter.extract(node));
    if (!parsed.success) continue;
    const item = parsed.data;
    if (!item.author.name && !item.author.handle) continue;
    items++;
    const el = adapter.authorAnchor?.(node) ?? null;
    const shown = norm(el?.textContent ?? '');
    const ok =
      el !== null &&
      node.contains(el) &&
      shown !== '' &&
      [item.author.name, item.author.handle].some((w) => w && (shown.includes(norm(w)) || norm(w).includes(shown)));
    if (ok) good++;
    else bad.push(`${item.platformId}: ${JSON.stringify(shown)} vs ${item.author.name} / ${item.author.handle}`);
  }
  return { items, good, bad };
}

describe('adapter.authorAnchor on the demo pages', () => {
  it.each(DEMO_PAGES)('%s %s: finds the author element of every item', (platform, file, url) => {
    const r = check(platform, openPage('demo', file, url));
    expect(r.items).toBeGreaterThan(5);
    expect(r.bad).toEqual([]);
  });
});

describe.skipIf(!HAS_FIXTURES)(`adapter.authorAnchor on the real saved pages${FIXTURES_NOTE}`, () => {
  it.each(FIXTURE_PAGES)('%s %s: finds the author element of ≥ 95% of the items', (platform, file, url) => {
    const r = check(platform, openPage('fixture', file, url));
    expect(r.items).toBeGreaterThan(0);
    expect(r.good / r.items, r.bad.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
