// When each item was posted, as the adapters read it (Item.time) and as resolvePostedAt resolves it:
// on every real saved page and demo page where the site shows times, every item's time resolves;
// Facebook and LinkedIn labels ("2 h", "20 avril à 09:00", "8h • Edited") are kept as shown.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/platforms';
import type { Platform } from '../../utils/platforms/ids';
import { pickTime } from '../../utils/platforms/time-label';
import { resolvePostedAt } from '../../utils/text/posted-time';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage, parsePage } from './support/pages';
import { readItems } from './support/items';

const PARIS = { timeZone: 'Europe/Paris' };
const H = 3_600_000;

interface Page {
  platform: Platform;
  file: string;
  url: string;
}

/** Every item of the page, with its time resolved as if seen now. */
function resolved({ platform, file, url }: Page, source: 'fixture' | 'demo') {
  const { items } = readItems(ADAPTERS[platform], openPage(source, file, url));
  expect(items.length).toBeGreaterThan(0);
  return items.map((i) => ({ id: i.platformId, time: i.time, at: resolvePostedAt(i.time, Date.now(), PARIS) }));
}

const REAL: Page[] = [
  { platform: 'x', file: 'x/x-home-timeline-2025-11-20.html', url: 'https://x.com/home' },
  {
    platform: 'x',
    file: 'x/x-tweet-detail-2025-11-20.html',
    url: 'https://x.com/badlogicgames/status/1991612272289161300',
  },
  {
    platform: 'reddit',
    file: 'reddit/old-reddit-comments-r-Games-2025.html',
    url: 'https://old.reddit.com/r/Games/comments/1lhclhk/',
  },
  {
    platform: 'linkedin',
    file: 'linkedin/linkedin-recent-activity-real-2026-04.html',
    url: 'https://www.linkedin.com/in/simonwardley/recent-activity/all/',
  },
];

const DEMO: Page[] = [
  { platform: 'x', file: 'x-home.html', url: 'https://x.com/home' },
  { platform: 'reddit', file: 'reddit-thread.html', url: 'https://www.reddit.com/r/acme/comments/1abcde/x/' },
  { platform: 'reddit', file: 'old-reddit-thread.html', url: 'https://old.reddit.com/r/acme/comments/1abcde/x/' },
  { platform: 'linkedin', file: 'linkedin-feed.html', url: 'https://www.linkedin.com/feed/' },
  { platform: 'facebook', file: 'facebook-post.html', url: 'https://www.facebook.com/acme/posts/pfbid0Acme1' },
];

describe.skipIf(!HAS_FIXTURES)(`posted times on the real saved pages${FIXTURES_NOTE}`, () => {
  it.each(REAL)('$platform $file: every item has a time that resolves', (page) => {
    for (const item of resolved(page, 'fixture')) expect(item.at, `${item.id} "${item.time}"`).not.toBeNull();
  });

  it('LinkedIn: the label a post shows agrees with the time its urn holds, within the label’s hour', () => {
    const doc = openPage('fixture', REAL[3]!.file, REAL[3]!.url);
    const post = doc.querySelector('.feed-shared-update-v2[data-urn]')!;
    const label = pickTime([post.querySelector('.update-components-actor__sub-description span')?.textContent]);
    expect(label).toBe('8h • Edited •');
    const urnTime = Date.parse(readItems(ADAPTERS.linkedin, doc).byId(post.getAttribute('data-urn')!).time);
    // The page was saved 8 to 9 hours after the post: seen then, the label gives the urn's time.
    const fromLabel = resolvePostedAt(label, urnTime + 8.5 * H, PARIS)!;
    expect(Math.abs(fromLabel - urnTime)).toBeLessThanOrEqual(H);
  });
});

describe('posted times on the demo pages', () => {
  it.each(DEMO)('$platform $file: every item has a time that resolves', (page) => {
    for (const item of resolved(page, 'demo')) expect(item.at, `${item.id} "${item.time}"`).not.toBeNull();
  });

  it('Facebook: the labels of the time links, French and English', () => {
    const { byId } = readItems(ADAPTERS.facebook, openPage('demo', DEMO[4]!.file, DEMO[4]!.url));
    expect(byId('pfbid0Acme1').time).toBe('20 avril à 09:00');
    expect(byId('1001').time).toBe('2 h');
    expect(byId('2001').time).toBe('1 h');
    expect(byId('1002').time).toBe('3 h');
    const seen = Date.parse('2026-04-20T10:00:00Z');
    expect(resolvePostedAt(byId('pfbid0Acme1').time, seen, PARIS)).toBe(Date.parse('2026-04-20T07:00:00Z'));
    expect(resolvePostedAt(byId('1001').time, seen, PARIS)).toBe(seen - 2 * H);
  });
});

describe('posted times from markup the demos do not hold', () => {
  it('Facebook: data-utime first, else a full date in the time link’s aria-label over scrambled text', () => {
    const doc = parsePage(
      `<div role="article">
        <h2><a href="https://www.facebook.com/acme" role="link">Acme</a></h2>
        <a href="https://www.facebook.com/acme/posts/111" role="link" aria-label="Friday, April 18, 2025 at 10:12 AM">
          <span>oSdetnpsor</span></a>
        <div dir="auto">Post text</div>
        <div role="article" aria-label="Comment by Sam">
          <a href="https://www.facebook.com/sam" role="link">Sam</a><div dir="auto">A comment</div>
          <a href="https://www.facebook.com/acme/posts/111?comment_id=5" role="link"><abbr data-utime="1745000000">1 d</abbr></a>
        </div>
      </div>`,
      'https://www.facebook.com/acme/posts/111',
    );
    const { byId } = readItems(ADAPTERS.facebook, doc);
    expect(byId('111').time).toBe('Friday, April 18, 2025 at 10:12 AM');
    expect(byId('5').time).toBe('1745000000');
    expect(resolvePostedAt(byId('5').time, Date.now())).toBe(1_745_000_000_000);
  });

  it('Facebook: a time link whose label is no time gives no time, not its text', () => {
    const doc = parsePage(
      `<div role="article"><h2><a href="https://www.facebook.com/acme" role="link">Acme</a></h2>
        <a href="https://www.facebook.com/acme/posts/222" role="link">Shared with Public</a>
        <div dir="auto">Post text</div></div>`,
      'https://www.facebook.com/acme/posts/222',
    );
    expect(readItems(ADAPTERS.facebook, doc).byId('222').time).toBe('');
  });

  it('LinkedIn: without a urn, the post’s "8h • Edited" line and a comment’s <time> label', () => {
    const doc = parsePage(
      `<div data-view-name="feed-full-update">
        <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/ana/">Ana</a>
        <span class="update-components-actor__sub-description"><span aria-hidden="true">8h • Edited • </span>
          <span class="visually-hidden">8 hours ago • Edited • Visible to anyone</span></span>
        <div class="update-components-text">Post text</div>
        <article class="comments-comment-entity">
          <a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/bo/">Bo</a>
          <time class="comments-comment-meta__data">1 sem.</time>
          <div class="comments-comment-item__main-content">Comment text</div>
        </article>
      </div>`,
      'https://www.linkedin.com/feed/',
    );
    const { items } = readItems(ADAPTERS.linkedin, doc);
    expect(items.map((i) => [i.kind, i.time])).toEqual([
      ['post', '8h • Edited •'],
      ['comment', '1 sem.'],
    ]);
    const seen = Date.now();
    expect(resolvePostedAt(items[0]!.time, seen)).toBe(seen - 8 * H);
  });
});

describe('pickTime', () => {
  it('keeps the first candidate that reads as a time, collapsed, within the schema’s 64 characters', () => {
    expect(pickTime([null, '', 'Shared with Public', '  2\u00a0h ', '3 h'])).toBe('2 h');
    expect(pickTime(['2024-04-18T10:12:00.000Z'])).toBe('2024-04-18T10:12:00.000Z');
    expect(pickTime([`${'x '.repeat(40)}2 h`, 'garbage'])).toBe('');
    expect(pickTime([])).toBe('');
  });
});
