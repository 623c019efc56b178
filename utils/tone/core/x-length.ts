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
  `(?<![\\p{L}\\p{N}@._-])(?:https?:\\/\\/[^\\s<>"]+|` +
    `(?:www\\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${TLDS})(?![\\p{L}\\p{N}-])(?:[/?#][^\\s<>"]*)?)`,
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

const EMOJI_ANYWHERE = /\p{Extended_Pictographic}|\u20E3|[\u{1F1E6}-\u{1F1FF}]/gu;

/** The emoji in `text`, one per grapheme cluster (a ZWJ family or a flag is one). */
export function findEmoji(text: string): (Span & { emoji: string })[] {
  const out: (Span & { emoji: string })[] = [];
  // Segmenting graphemes is slow and runs on every keystroke: only the stretches of text around an
  // emoji-like character are segmented, cut at spaces (which never belong to an emoji cluster).
  let covered = 0;
  for (const m of text.matchAll(EMOJI_ANYWHERE)) {
    if (m.index < covered) continue;
    let from = m.index;
    while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
    const space = /\s/u.exec(text.slice(m.index));
    const to = space ? m.index + space.index : text.length;
    for (const [a, b] of pieces(text, from, to))
      for (const s of segmenter.segment(text.slice(a, b))) {
        if (isEmojiGrapheme(s.segment))
          out.push({ start: a + s.index, end: a + s.index + s.segment.length, emoji: s.segment });
      }
    covered = to;
  }
  return out;
}

const PIECE = 256;
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/**
 * A long stretch cut into pieces of about PIECE units, each cut before a pictograph not joined by a ZWJ
 * (always a grapheme boundary): segmenting a long run of emoji at once was quadratic (issue #13).
 */
function pieces(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let p = from + PIECE; p < to; p++) {
    if (text.charCodeAt(p - 1) === 0x200d || (text.charCodeAt(p) & 0xfc00) === 0xdc00) continue;
    if (!PICTOGRAPH.test(text.slice(p, p + 2))) continue;
    out.push([start, p]);
    start = p;
    p += PIECE - 1;
  }
  out.push([start, to]);
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
  const emoji = findEmoji(text);
  let u = 0;
  let e = 0;
  let i = 0;
  while (i < text.length) {
    while (u < urls.length && urls[u]!.end <= i) u++;
    while (e < emoji.length && emoji[e]!.end <= i) e++;
    const url = urls[u];
    if (url && i >= url.start) {
      if (i === url.start) out.push({ start: i, end: url.end, weight: X_URL_LENGTH });
      i = url.end;
      continue;
    }
    const em = emoji[e];
    if (em && i >= em.start) {
      // An emoji cluster that began inside a URL is part of it.
      if (i === em.start) out.push({ start: i, end: em.end, weight: 2 });
      i = em.end;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    out.push({ start: i, end: i + size, weight: weight(cp) });
    i += size;
  }
  return out;
}
