// Item.time from what a page offers about when an item was posted: machine times (ISO datetime,
// epoch seconds) and the labels Facebook and LinkedIn show ("2 h", "Hier à 14:05", "Apr 18").
// Only a value that reads as a time is kept, so Item.time is either resolvable or ''.
import { resolvePostedAt } from '../text/posted-time';
import { textOf } from './types';

/** Item.time's limit in the item schema. */
const MAX_TIME = 64;

/** The first candidate that reads as a posted time now, whitespace collapsed; '' when none does. */
export function pickTime(candidates: readonly (string | null | undefined)[]): string {
  const now = Date.now();
  for (const raw of candidates) {
    const label = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (label && label.length <= MAX_TIME && resolvePostedAt(label, now) !== null) return label;
  }
  return '';
}

/** What an element says about a time: its datetime, aria-label, title, then its text. */
export function timeCandidates(el: Element | null | undefined): string[] {
  if (!el) return [];
  const attrs = ['datetime', 'data-utime', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? '');
  return [...attrs, textOf(el)];
}
