// A reply's length as its platform counts it (the descriptor's length rule, descriptor-data.ts):
// X weighs links, emoji and CJK (x-length.ts); the other sites count code points.
import { platformData, type Platform } from '../../platforms/descriptor-data';
import { xLength, xOverflowAt } from './x-length';

/** The length of `text` as `platform` counts it against its limit. */
export function replyLength(platform: Platform, text: string): number {
  return platformData(platform).lengthRule === 'x-weighted' ? xLength(text) : [...text].length;
}

/** Where `text` goes past `max` as `platform` counts it (a UTF-16 offset; 0 when X's count cannot say). */
export function overflowAt(platform: Platform, text: string, max: number): number {
  return platformData(platform).lengthRule === 'x-weighted'
    ? (xOverflowAt(text, max) ?? 0)
    : codePointOffset(text, max);
}

function codePointOffset(text: string, count: number): number {
  let i = 0;
  let n = 0;
  for (const ch of text) {
    if (n === count) return i;
    i += ch.length;
    n++;
  }
  return text.length;
}
