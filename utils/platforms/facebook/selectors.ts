// Where things are on Facebook. Its class names are generated and change with each release, so only
// roles, aria-* and data-* attributes are used; comments are told apart by their aria-label.
import type { SelectorOption } from '../types';

export const FACEBOOK = {
  feedUnit: [{ css: 'div[aria-posinset]', why: 'logged-in feed units carry their position in the feed (2023–2026)' }],
  lonePost: [
    { css: 'div[role="article"]:not([aria-label])', why: 'a post on its own page: an article without a comment label' },
  ],
  comment: [{ css: 'div[role="article"][aria-label]', why: 'comments and replies: articles labelled "Comment by …"' }],
  postText: [
    { css: '[data-ad-rendering-role="story_message"]', why: 'the message block of a story (2024–)' },
    { css: '[data-ad-comet-preview="message"]', why: 'the same block in earlier Comet builds' },
    { css: '[data-ad-preview="message"]', why: 'the same block before Comet' },
  ],
  /** Paragraphs of text, when no message block is marked (comments always). */
  paragraph: [{ css: 'div[dir="auto"]', why: 'each paragraph of user text is a dir=auto div' }],
  author: [
    { css: '[data-ad-rendering-role="profile_name"] a[href]', why: 'the author link in a story header (2024–)' },
    { css: 'h2 a[href], h3 a[href], h4 a[href]', why: 'the author name is the heading of a post' },
    { css: 'strong a[href]', why: 'bold author link in older layouts' },
    { css: 'a[role="link"][href]', why: 'comments: the first link with text is the author' },
  ],
  permalink: [
    { css: 'a[href*="comment_id="]', why: 'the time link of a comment: ?comment_id=…(&reply_comment_id=…)' },
    {
      css: 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="], a[href*="/permalink.php"]',
      why: 'the time link of a post',
    },
    {
      css: 'a[href*="/videos/"], a[href*="/reel/"], a[href*="/photo"]',
      why: 'the link of a video, reel or photo post',
    },
  ],
  /** The exact time, where the markup still carries it; else the time link's label is read. */
  time: [{ css: 'abbr[data-utime]', why: 'classic and basic Facebook: epoch seconds of the post or comment' }],
  /** Reaction summaries are buttons: "All reactions:" then the count, or labelled "12 reactions; see who…". */
  reactions: [{ css: '[role="button"]', why: 'the summary under a post or comment is a role=button (2023–)' }],
  /** Not text: the composer and buttons inside an item. */
  notText: [
    { css: '[contenteditable="true"], [role="textbox"], form', why: 'the reply composer under a post' },
    { css: '[role="button"]', why: '"See more", reactions and menus' },
  ],
  button: [{ css: '[role="button"]', why: '"See more" is a role=button div inside the text' }],
  composer: [
    { css: 'div[contenteditable="true"][role="textbox"][data-lexical-editor]', why: 'the Lexical comment composer' },
    { css: 'div[contenteditable="true"][role="textbox"]', why: 'the composer if the Lexical marker goes' },
  ],
} as const satisfies Record<string, readonly SelectorOption[]>;

/** Words of the "See more" control, by locale. */
export const FACEBOOK_SEE_MORE: readonly string[] = [
  'See more',
  'Voir plus',
  'Afficher la suite',
  'Ver más',
  'Mehr ansehen',
];

/** aria-label prefixes of replies (the others are comments), by locale. */
export const FACEBOOK_REPLY_LABEL = /^(Reply by|Réponse de|Respuesta de|Antwort von)\b/i;

/** aria-labels of reaction summaries ("12 reactions; see who reacted to this"), by locale. */
export const FACEBOOK_REACTIONS_LABEL = /r[ée]actions?\b|reacciones|reaktionen/i;
