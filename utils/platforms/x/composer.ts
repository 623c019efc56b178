// Where X's reply box is and how to open it: the Draft.js composer, opened by a tweet's reply
// icon (a modal on timelines; inline under the focused tweet on a status page).
import type { ComposerSpec } from '../types';
import { X_SELECTORS } from './selectors';

export const X_COMPOSER: ComposerSpec = {
  composer: [
    ...X_SELECTORS.composer,
    {
      css: 'textarea[data-testid="tweetTextarea_0"]',
      why: 'the mobile-web composer is a plain textarea with the same test id',
    },
  ],
  open: [{ css: '[data-testid="reply"]', why: "the reply icon in a tweet's action bar (2019–2026)" }],
  openLabels: [],
  submit: [
    { css: '[data-testid="tweetButtonInline"]', why: 'posts the inline reply' },
    { css: '[data-testid="tweetButton"]', why: 'posts from the reply modal' },
  ],
};
