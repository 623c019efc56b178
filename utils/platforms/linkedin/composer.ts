// Where LinkedIn's comment box is and how to open it: Quill 1 (.ql-editor) in the classic DOM, a
// TipTap/ProseMirror box in the newer one; opened by the update's "Comment" or a comment's "Reply".
import type { ComposerSpec } from '../types';
import { LINKEDIN } from './selectors';

export const LINKEDIN_COMPOSER: ComposerSpec = {
  composer: LINKEDIN.composer,
  open: [
    { css: 'button.comment-button', why: "classic: an update's Comment action" },
    { css: 'button.comments-comment-social-bar__reply-action-button', why: "classic: a comment's Reply action" },
    {
      css: 'button[data-view-name="feed-comment-button"]',
      why: "newer DOM: an update's Comment action (unverified, 2026)",
    },
  ],
  openLabels: ['Comment', 'Commenter', 'Reply', 'Répondre'],
  submit: [
    { css: 'button[data-view-name="comment-post"]', why: 'newer DOM: posts the comment' },
    { css: '.comments-comment-box__submit-button, button[type="submit"]', why: 'classic: posts the comment' },
  ],
};
