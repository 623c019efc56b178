// Where Reddit's reply box is and how to open it: new Reddit's Lexical composer in
// shreddit-composer, old Reddit's textarea[name=text] that a "reply" link unfolds under a comment.
import type { ComposerSpec } from '../types';
import { OLD_REDDIT, SHREDDIT } from './selectors';

export const REDDIT_COMPOSER: ComposerSpec = {
  composer: [...SHREDDIT.composer, ...OLD_REDDIT.composer],
  open: [
    { css: '.entry .flat-list a[onclick*="reply"]', why: 'old Reddit: the "reply" link under a comment' },
    {
      css: 'button[slot="reply-button"], faceplate-tracker[noun="reply_comment"] button',
      why: 'new Reddit: the reply button of a comment (unverified, 2025)',
    },
  ],
  openLabels: ['Reply', 'Répondre', 'reply'],
  submit: [
    { css: 'button[type="submit"], input[type="submit"]', why: 'the comment/save button' },
    { css: 'shreddit-composer button, form.usertext button', why: 'every button of a composer' },
  ],
};
