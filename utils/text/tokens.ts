// Word tokens of folded text, for matching: @handles and #hashtags keep their sign, apostrophes
// split French elisions (l'Acme → l + acme), stretched letters are shrunk (Acmeeee → acme), and
// letters typed one by one (A c m e, A.C.M.E) are joined back into one word.
import type { FoldedText } from './fold';

export interface Token {
  /** Normalised text of the word, with its @ or # sign if it had one. */
  text: string;
  /** Span in the folded text (end exclusive). */
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  gap: string;
}

const WORD_RE = /[\p{L}\p{N}_]/u;
const LETTER = /\p{L}/u;

/** Runs of three or more identical letters become one: "looove" → "love", "acmeee" → "acme". */
export function shrinkStretched(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** Leetspeak digits and signs read back as letters (shared with the abuse model's features). */
export const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

/** Reads leetspeak inside a word that has letters ("4cme" → "acme"); numbers alone stay numbers. */
export function unleet(word: string): string {
  let leet = false;
  for (let i = 0; i < word.length && !leet; i++) {
    const c = word.charCodeAt(i);
    leet = (c >= 48 && c <= 57) || c === 64 || c === 36;
  }
  if (!leet || !LETTER.test(word)) return word;
  return word.replace(/[0-9@$]/g, (c) => LEET[c] ?? c);
}

export function tokenize(folded: FoldedText): Token[] {
  const s = folded.text;
  const raw: Token[] = [];
  const len = s.length;
  let i = 0;
  let gapStart = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    const signed = (c === 64 || c === 35) && i + 1 < len && isWordCode(s.charCodeAt(i + 1), s, i + 1); // @ #
    if (!signed && !isWordCode(c, s, i)) {
      i++;
      continue;
    }
    const start = i;
    i += signed ? 1 : 0;
    let repeat = false;
    // "4cme" or "ac@me": a digit or @ glued between word characters stays inside the word.
    while (i < len) {
      const d = s.charCodeAt(i);
      if (
        isWordCode(d, s, i) ||
        ((d === 64 || d === 36) && i > start && i + 1 < len && isWordCode(s.charCodeAt(i + 1), s, i + 1))
      ) {
        if (i >= start + 2 && d === s.charCodeAt(i - 1) && d === s.charCodeAt(i - 2)) repeat = true;
        i++;
      } else break;
    }
    const word = s.slice(start, i);
    const gap = s.slice(gapStart, start);
    raw.push({ text: repeat ? shrinkStretched(word) : word, start, end: i, gap });
    gapStart = i;
  }
  return joinSpelledOut(raw);
}

function isWordCode(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  return WORD_RE.test(s[i]!);
}

// "a c m e", "a.c.m.e", "a-c-m-e": three or more single letters with one separator between them.
function joinSpelledOut(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (
      j + 1 < tokens.length &&
      isLetter1(tokens[j]!) &&
      isLetter1(tokens[j + 1]!) &&
      /^[ .\-_*]$/.test(tokens[j + 1]!.gap)
    )
      j++;
    if (j - i >= 2 && isLetter1(tokens[i]!)) {
      out.push({
        text: tokens
          .slice(i, j + 1)
          .map((t) => t.text)
          .join(''),
        start: tokens[i]!.start,
        end: tokens[j]!.end,
        gap: tokens[i]!.gap,
      });
      i = j + 1;
    } else out.push(tokens[i++]!);
  }
  return out;
}

function isLetter1(t: Token): boolean {
  return t.text.length === 1 && LETTER.test(t.text);
}
