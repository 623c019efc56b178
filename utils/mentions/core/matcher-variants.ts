// Ways a brand term is written that the matcher's trie does not hold as such: a multi-word term with
// one word misspelt ("Skylancr 500" for "SkyLancer 500"), a word written in two where its name
// changes case ("Sky Lancer 500", "Road Runner 3000"), and which hashtags that contain a name are the
// brand's: #acmesupport and #boycottacme are, #acme2k9x (a handle-like run of letters and digits
// after the name) is not.
import { unleet, type Token } from '../../text/tokens';
import { deletionHashes, withinOneEdit } from '../../text/edit-distance';

/** A word read fuzzily has five letters or more (shorter ones are too often another word). */
export const FUZZY_MIN = 5;

/** "SkyLancer 500" → "Sky Lancer 500": a space where a lower-case letter meets an upper-case one. */
export function camelSplit(term: string): string | null {
  const split = term.replace(/(\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu, '$1 ');
  return split === term ? null : split;
}

const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;
const VOWEL = /[aeiouy]/;

/**
 * Whether what a hashtag holds beside a name (each piece between underscores) is handle-like: letters
 * and digits mixed that do not read as a word even as leetspeak ("2k9x", "fan1987"; but "b0yc0tt" is
 * "boycott"). A word ("support", "fail") or a number ("2025") is not.
 */
export function handleLike(rest: string): boolean {
  for (const part of rest.split('_')) {
    if (!HAS_DIGIT.test(part) || !HAS_LETTER.test(part)) continue;
    const read = unleet(part);
    if (HAS_DIGIT.test(read) || !VOWEL.test(read)) return true;
  }
  return false;
}

/** Whether the hashtag body `raw` (folded, without '#') holding `word` at `at` is the brand's. */
export function brandHashtag(raw: string, at: number, word: string): boolean {
  return !handleLike(raw.slice(0, at)) && !handleLike(raw.slice(at + word.length));
}

/**
 * Multi-word terms read with one word misspelt: each word of five letters or more is indexed by its
 * deletion hashes (as single names are); a word of the text within one edit of one stands for it
 * when the words around it are the term's other words, exactly.
 */
export class FuzzyPhrases<E> {
  private byHash = new Map<number, string[]>();
  /** For each indexed word, where it stands in the phrases that hold it, and their lengths. */
  private shapes = new Map<string, Array<[k: number, n: number]>>();
  private phrases = new Map<string, E[]>();
  readonly words = new Set<string>();
  readonly lengths = new Set<number>();

  add(words: string[], entry: E) {
    if (words.length < 2) return;
    const key = words.join(' ');
    const list = this.phrases.get(key);
    if (list) list.push(entry);
    else this.phrases.set(key, [entry]);
    words.forEach((w, k) => {
      if (w.length < FUZZY_MIN || !/^\p{L}+$/u.test(w)) return;
      const shapes = this.shapes.get(w) ?? [];
      if (!shapes.some(([a, b]) => a === k && b === words.length)) shapes.push([k, words.length]);
      this.shapes.set(w, shapes);
      if (this.words.has(w)) return;
      this.words.add(w);
      for (let n = w.length - 1; n <= w.length + 1; n++) this.lengths.add(n);
      for (const h of new Set(deletionHashes(w))) {
        const same = this.byHash.get(h);
        if (same) same.push(w);
        else this.byHash.set(h, [w]);
      }
    });
  }

  hashes(): Iterable<number> {
    return this.byHash.keys();
  }

  /** The phrases in which token `i` (read as `w`, given its deletion hashes) stands for a misspelt word. */
  find(w: string, hashes: number[], tokens: Token[], i: number, hit: (entry: E, from: number, to: number) => void) {
    let seen: string[] | null = null;
    for (const h of hashes) {
      for (const word of this.byHash.get(h) ?? []) {
        if (seen?.includes(word)) continue;
        (seen ??= []).push(word);
        if (!withinOneEdit(w, word)) continue;
        for (const [k, n] of this.shapes.get(word)!) {
          const from = i - k;
          if (from < 0 || from + n > tokens.length) continue;
          const parts: string[] = [];
          for (let j = from; j < from + n; j++) parts.push(j === i ? word : tokens[j]!.text);
          for (const entry of this.phrases.get(parts.join(' ')) ?? []) hit(entry, from, from + n);
        }
      }
    }
  }
}
