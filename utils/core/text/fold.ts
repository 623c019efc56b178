// Folding text for matching: lower case, no diacritics, compatibility forms (full-width, ligatures),
// with a map back to the original offsets so matches can be highlighted in the page's own text.

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 index of `text`, the index in the original string it came from. */
  origin: number[];
}

// Letters that NFKD does not decompose but that users type interchangeably.
const EXTRA: Record<string, string> = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i', '’': "'", 'ʼ': "'", '‘': "'" };

const COMBINING = /\p{M}/u;

/** Folds `input` for matching and remembers where each folded character came from. */
export function fold(input: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      // ASCII needs no decomposition: the common case, kept fast.
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      origin.push(i);
      i += 1;
      continue;
    }
    const lower = ch.toLowerCase();
    const mapped = EXTRA[lower] ?? lower.normalize('NFKD');
    for (const c of mapped) {
      if (COMBINING.test(c)) continue;
      const l = c.toLowerCase();
      text += l;
      for (let k = 0; k < l.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  return { text, origin };
}

/** Folds a term the same way, without offsets. */
export function foldTerm(term: string): string {
  return fold(term.trim()).text.replace(/\s+/g, ' ');
}
