// Folding text for matching: lower case, no diacritics, compatibility forms (full-width, ligatures),
// with a map back to the original offsets so matches can be highlighted in the page's own text.

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original string it came from. */
  origin: number[];
}

// Letters that NFKD does not decompose but that users type interchangeably.
const EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '’': "'",
  ʼ: "'",
  '‘': "'",
};

const COMBINING = /\p{M}/u;

/** Folds `input` for matching and remembers where each folded character came from. */
export function fold(input: string): FoldedText {
  if (isAscii(input)) {
    // The common case: no decomposition, one folded character per original one.
    const origin = new Array<number>(input.length);
    for (let k = 0; k < input.length; k++) origin[k] = k;
    return { text: input.toLowerCase(), origin };
  }
  const parts: string[] = [];
  const origin: number[] = new Array(input.length);
  let n = 0;
  let i = 0;
  while (i < input.length) {
    // ASCII runs need no decomposition: lower-case them whole (the common case, kept fast).
    let j = i;
    while (j < input.length && input.charCodeAt(j) < 128) j++;
    if (j > i) {
      parts.push(input.slice(i, j).toLowerCase());
      for (let k = i; k < j; k++) origin[n++] = k;
      i = j;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const folded = foldChar(cp);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin[n++] = i;
    i += cp > 0xffff ? 2 : 1;
  }
  origin.length = n;
  return { text: parts.join(''), origin };
}

// Folding one non-ASCII character is costly (toLowerCase, NFKD, a regex per mark): remember it.
const CHAR_CACHE = new Map<number, string>();

/** The folded form of one non-ASCII code point (cached): what fold() writes for it. */
export function foldChar(cp: number): string {
  let out = CHAR_CACHE.get(cp);
  if (out !== undefined) return out;
  const lower = String.fromCodePoint(cp).toLowerCase();
  const mapped = EXTRA[lower] ?? lower.normalize('NFKD');
  out = '';
  for (const c of mapped) if (!COMBINING.test(c)) out += c.toLowerCase();
  if (CHAR_CACHE.size < 10_000) CHAR_CACHE.set(cp, out);
  return out;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Folds a term the same way, without offsets. */
export function foldTerm(term: string): string {
  return fold(term.trim()).text.replace(/\s+/g, ' ');
}
