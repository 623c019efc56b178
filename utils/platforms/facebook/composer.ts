// Where Facebook's comment box is and how to open it: the Lexical composer under a post, opened
// by the post's "Leave a comment" action or a comment's "Reply" link (English and French).
import type { ComposerSpec } from '../types';
import { FACEBOOK } from './selectors';

export const FACEBOOK_COMPOSER: ComposerSpec = {
  composer: FACEBOOK.composer,
  open: [
    {
      css: '[role="button"][aria-label="Leave a comment"], [role="button"][aria-label="Écrire un commentaire"]',
      why: "a post's comment action (aria-label, localised)",
    },
  ],
  openLabels: ['Reply', 'Répondre', 'Comment', 'Commenter'],
  // "Comment" is also the label of the send arrow in the composer: that one is never clicked.
  submit: [
    { css: 'form [role="button"], form button', why: 'anything inside the composer form posts or attaches' },
    {
      css: '[aria-label="Post comment"], [aria-label="Publier le commentaire"]',
      why: 'the send arrow, when labelled as such',
    },
  ],
};
