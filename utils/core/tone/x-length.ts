// Length as X counts it (twitter-text configuration v3): text is NFC-normalised; each URL counts 23;
// each emoji sequence counts 2; every other code point weighs 1 in the ranges U+0000–U+10FF,
// U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 (Latin, Greek, Cyrillic, Hebrew, Arabic…, common
// punctuation) and 2 elsewhere (CJK, most symbols). A post may weigh at most 280.

export const X_MAX_LENGTH = 280;
export const X_URL_LENGTH = 23;

const LIGHT: readonly [number, number][] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

// URLs the way X links them: with a scheme, or a bare domain with a common top-level domain.
const TLDS = 'com|net|org|fr|io|co|uk|de|eu|be|ch|ca|us|info|biz|app|dev|ly|me|tv|gg|ai|shop|store|blog|xyz|gouv\\.fr';
const URL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}@._-])(?:https?:\\/\\/[^\\s<>"]+|(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:[/?#][^\\s<>"]*)?)`,
  'giu',
);
const TRAILING = /[.,;:!?'")\]}»…]+$/u;

const EMOJI = /\p{Extended_Pictographic}|\u20E3|[\u{1F1E6}-\u{1F1FF}]/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export interface Span {
  start: number;
  end: number;
}

/** The URLs in `text` (UTF-16 offsets, end exclusive), trailing punctuation left out. */
export function findUrls(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(TRAILING, '');
    if (url.length > 0) out.push({ start: m.index, end: m.index + url.length });
  }
  return out;
}

/** Whether a grapheme is an emoji (pictograph, keycap, flag), as X counts them. */
export function isEmojiGrapheme(g: string): boolean {
  if (!EMOJI.test(g)) return false;
  const cp = g.codePointAt(0)!;
  // ©, ®, ‼ and the like are emoji only when asked for with the emoji presentation selector.
  if (cp <= 4351 && !g.includes('\uFE0F') && !g.includes('\u20E3')) return false;
  return true;
}

/** The emoji in `text`, one per grapheme cluster (a ZWJ family or a flag is one). */
export function findEmoji(text: string): (Span & { emoji: string })[] {
  const out: (Span & { emoji: string })[] = [];
  for (const s of segmenter.segment(text)) {
    if (isEmojiGrapheme(s.segment)) out.push({ start: s.index, end: s.index + s.segment.length, emoji: s.segment });
  }
  return out;
}

function weight(cp: number): number {
  for (const [a, b] of LIGHT) if (cp >= a && cp <= b) return 1;
  return 2;
}

/** The weighted length of `text` as X counts it. */
export function xLength(text: string): number {
  return xWeights(text).reduce((sum, w) => sum + w.weight, 0);
}

/** `text`'s weighted length counted up to each position: where the 281st unit falls, for example. */
export function xOverflowAt(text: string, max = X_MAX_LENGTH): number | null {
  let sum = 0;
  for (const w of xWeights(text)) {
    sum += w.weight;
    if (sum > max) return w.start;
  }
  return null;
}

interface Weighted extends Span {
  weight: number;
}

// Pieces of the (NFC) text with their weights. Offsets refer to the normalised text, which equals the
// input for text typed in a browser (already NFC).
function xWeights(input: string): Weighted[] {
  const text = input.normalize('NFC');
  const out: Weighted[] = [];
  const urls = findUrls(text);
  let u = 0;
  for (const s of segmenter.segment(text)) {
    const start = s.index;
    const end = start + s.segment.length;
    while (u < urls.length && urls[u]!.end <= start) u++;
    const url = urls[u];
    if (url && start >= url.start && start < url.end) {
      if (start === url.start) out.push({ start, end: url.end, weight: X_URL_LENGTH });
      continue;
    }
    if (isEmojiGrapheme(s.segment)) {
      out.push({ start, end, weight: 2 });
      continue;
    }
    let i = 0;
    for (const ch of s.segment) {
      out.push({ start: start + i, end: start + i + ch.length, weight: weight(ch.codePointAt(0)!) });
      i += ch.length;
    }
  }
  return out;
}
