// Where things are on LinkedIn. Two DOM generations are live side by side (2025–2026): the classic
// Ember one (BEM class names, stable for years and documented) and the newer data-view-name one.
import type { SelectorOption } from '../types';

export const LINKEDIN = {
  post: [
    {
      css: '[data-view-name="feed-full-update"]',
      why: 'newer DOM: one per feed update; also wraps classic updates (2026)',
    },
    { css: '.feed-shared-update-v2[data-urn]', why: 'classic: one per update, data-urn holds the activity urn' },
    { css: 'div[data-urn^="urn:li:activity:"]', why: 'classic fallback: any element carrying an activity urn' },
  ],
  classicComment: [
    {
      css: 'article.comments-comment-entity',
      why: 'classic comment (replies add --reply); data-id holds the comment urn',
    },
    { css: 'article.comments-comment-item', why: 'older classic comment markup (before 2024)' },
  ],
  newerComment: [
    { css: '[componentkey^="replaceableComment_urn:li:comment:"]', why: 'newer DOM: comment block keyed by its urn' },
    { css: '[data-view-name="comment-container"]', why: 'newer DOM: comment block without a readable key' },
  ],
  /** Newer comments are sometimes only recognisable by their author picture. */
  commentActor: [
    { css: 'a[data-view-name="comment-actor-picture"]', why: 'newer DOM: picture link of a comment author' },
    { css: 'a[data-view-name="reply-actor-picture"]', why: 'newer DOM: picture link of a reply author' },
  ],
  replyActor: [{ css: 'a[data-view-name="reply-actor-picture"]', why: 'newer DOM: marks a reply' }],
  postText: [
    {
      css: '[data-view-name="feed-commentary"] [data-testid="expandable-text-box"]',
      why: 'newer DOM: the post body without its "more" button',
    },
    { css: '[data-view-name="feed-commentary"]', why: 'newer DOM: the commentary block' },
    { css: '.update-components-text', why: 'classic: the post body (first one is the sharer’s own words)' },
    { css: '[data-testid="expandable-text-box"]', why: 'newer DOM: any clamped text box' },
  ],
  commentText: [
    { css: '.comments-comment-item__main-content', why: 'classic: the comment body' },
    { css: '[data-testid="expandable-text-box"]', why: 'newer DOM: the comment body' },
    { css: '.update-components-text', why: 'classic: body wrapper in some comment variants' },
  ],
  actorName: [
    {
      css: '.update-components-actor__title span[aria-hidden="true"]',
      why: 'classic: the visible name (a hidden copy follows for readers)',
    },
    { css: '.comments-comment-meta__description-title', why: 'classic: comment author name' },
    { css: '.update-components-actor__title', why: 'classic: title block, if the aria-hidden copy goes' },
  ],
  profileLink: [
    { css: '.update-components-actor__meta-link', why: 'classic: link around the post author name' },
    { css: 'a.comments-comment-meta__description-container', why: 'classic: link around the comment author name' },
    { css: 'a[data-view-name="comment-actor-description"]', why: 'newer DOM: comment author name link' },
    { css: 'a[href*="/in/"], a[href*="/company/"]', why: 'any profile or page link: the author comes first' },
  ],
  /** Read only when the item has no urn to take its exact time from. */
  time: [
    {
      css: '.update-components-actor__sub-description span[aria-hidden="true"]',
      why: 'classic: "8h • Edited •" under the post author',
    },
    { css: '.update-components-actor__sub-description', why: 'classic: the same line with its hidden copy' },
    { css: '.comments-comment-meta__data', why: 'classic: a comment’s "2h" (a <time> element)' },
    { css: 'time', why: 'any own <time>: its text or datetime' },
  ],
  reactions: [
    { css: 'button[data-reaction-details]', why: 'classic: the post’s reactions button; aria-label "85 reactions"' },
    { css: '.social-details-social-counts__reactions-count', why: 'classic: the post’s count in that button' },
    {
      css: '[class*="comments-comment-social-bar__reactions-count"]',
      why: 'classic: a comment’s reaction count (aria-label "3 Reactions on …")',
    },
  ],
  seeMore: [
    { css: 'button.see-more', why: 'classic: "…more" under a clamped post' },
    {
      css: '.feed-shared-inline-show-more-text__see-more-less-toggle',
      why: 'classic: the same toggle by its BEM name',
    },
    { css: '[data-testid="expandable-text-button"]', why: 'newer DOM: "…more" of an expandable text box (unverified)' },
  ],
  composer: [
    { css: '.ql-editor[contenteditable="true"]', why: 'classic: Quill 1 comment box' },
    { css: '.tiptap.ProseMirror[contenteditable="true"]', why: 'newer DOM: TipTap/ProseMirror comment box' },
  ],
} as const satisfies Record<string, readonly SelectorOption[]>;

/** Screen-reader duplicates and buttons that sit inside LinkedIn's text blocks. */
export const LINKEDIN_NOT_TEXT = '.visually-hidden, button, [data-testid="expandable-text-button"]';
