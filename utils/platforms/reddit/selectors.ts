// Where things are on Reddit: new Reddit's shreddit-* custom elements and old.reddit's classic
// .thing markup (its class names are the documented, long-stable API of that UI).
import type { SelectorOption } from '../types';

/** New Reddit (www.reddit.com, 2023–): web components whose attributes carry the data. */
export const SHREDDIT = {
  post: [{ css: 'shreddit-post', why: 'one custom element per post, attributes author/permalink/post-title' }],
  comment: [
    { css: 'shreddit-comment', why: 'one custom element per comment, nested for replies; attributes thingid/depth' },
  ],
  ad: [{ css: 'shreddit-ad-post', why: 'promoted posts use their own element; a post inside it is an ad' }],
  postBody: [
    { css: '[slot="text-body"]', why: 'the self-text slotted into shreddit-post' },
    { css: '[id$="-post-rtjson-content"]', why: 'the rich-text body div, if the slot name changes' },
  ],
  commentBody: [
    { css: '[slot="comment"]', why: 'the comment text slotted into shreddit-comment' },
    { css: '[id$="-comment-rtjson-content"]', why: 'the rich-text body div, if the slot name changes' },
  ],
  /** Real pages carry no `created` attribute on shreddit-comment: the time is in its own meta line. */
  time: [
    { css: '[slot="commentMeta"] time[datetime]', why: 'the comment’s own time, in its meta line' },
    { css: 'faceplate-timeago[ts]', why: 'the relative-time element around it; ts is the ISO time' },
    { css: 'time[datetime]', why: 'any own <time>, if the slot name changes' },
  ],
  meta: [
    { css: '[slot="commentMeta"]', why: 'author and time line of a comment' },
    { css: '[slot="credit-bar"]', why: 'subreddit, author and time line of a post' },
  ],
  composer: [
    { css: 'shreddit-composer div[role="textbox"][contenteditable]', why: 'the Lexical comment editor' },
    { css: 'comment-composer-host div[role="textbox"][contenteditable]', why: 'the host element around it' },
  ],
} as const satisfies Record<string, readonly SelectorOption[]>;

/** Old Reddit (old.reddit.com): server-rendered; classes and data-* attributes unchanged since ~2010. */
export const OLD_REDDIT = {
  post: [{ css: '.thing.link', why: 'a submission; data-fullname t3_…, data-author, data-permalink' }],
  comment: [{ css: '.thing.comment', why: 'a comment; data-fullname t1_…, nested in .child > .sitetable' }],
  thing: [{ css: '.thing', why: 'any listing entry: the boundary between a comment and its replies' }],
  title: [{ css: 'a.title', why: 'the submission title link' }],
  body: [{ css: '.entry .usertext-body .md', why: 'rendered markdown of a comment or self-post' }],
  tagline: [{ css: '.entry .tagline', why: 'author, score and time line' }],
  author: [{ css: '.tagline a.author', why: 'profile link; absent when the account was deleted' }],
  time: [{ css: '.tagline time[datetime]', why: 'the submission or comment time' }],
  score: [{ css: '.score.unvoted', why: 'the score a logged-out or not-voting reader sees; title holds it exactly' }],
  composer: [{ css: 'textarea[name="text"]', why: 'the plain reply box' }],
} as const satisfies Record<string, readonly SelectorOption[]>;
