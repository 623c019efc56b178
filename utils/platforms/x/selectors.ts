// Where things are on X (x.com / twitter.com), as ordered fallback lists with the reason for each.
// Checked against saved pages in shared/fixtures/x (2025-11) by tests/dom/adapters.x.test.ts.
import type { SelectorOption } from '../types';

export const X_SELECTORS = {
  item: [
    { css: 'article[data-testid="tweet"]', why: 'every tweet in timelines and threads, 2019–2025' },
    {
      css: '[data-testid="cellInnerDiv"] article',
      why: 'the virtualised timeline cell, if the tweet test id is renamed',
    },
  ],
  /** A quoted tweet is a clickable block holding its own User-Name: never an item of its own. */
  quote: [
    { css: 'div[role="link"]', why: 'quoted tweets are role=link blocks (2025); kept apart by the User-Name inside' },
  ],
  userName: [{ css: '[data-testid="User-Name"]', why: 'name, @handle and time row of a tweet' }],
  text: [
    { css: '[data-testid="tweetText"]', why: 'the tweet body, with emoji as <img alt>' },
    { css: 'div[lang][dir="auto"]', why: 'the body carries lang + dir=auto if its test id changes' },
  ],
  time: [{ css: 'time[datetime]', why: 'the only <time> of a tweet header; ads have none' }],
  statusLink: [
    { css: 'a[href*="/status/"]', why: 'permalink /<handle>/status/<id>; photos and analytics hang off it' },
  ],
  like: [{ css: '[data-testid="like"], [data-testid="unlike"]', why: 'the like button; aria-label "22 Likes. Like"' }],
  showMore: [{ css: '[data-testid="tweet-text-show-more-link"]', why: 'the "Show more" link of a long tweet' }],
  composer: [
    { css: '[data-testid="tweetTextarea_0"]', why: 'the Draft.js reply/tweet composer' },
    {
      css: '.public-DraftEditor-content[contenteditable="true"]',
      why: "Draft.js's own class, stable across X's redesigns",
    },
  ],
} as const satisfies Record<string, readonly SelectorOption[]>;

/** Labels X puts on promoted tweets in place of the time (the ad has no permalink time). */
export const X_AD_LABELS: readonly string[] = ['Ad', 'Promoted', 'Sponsorisé', 'Publicité', 'Promu', 'Sponsored'];
