// "Top topics": the words and two-word phrases most mentions of the period use, stop-words (FR+EN),
// brand names, handles, links and numbers left out; words split at apostrophes (l'appli → appli).
// Counted once per mention, so one long rant does not make a topic.
import { STOP_WORDS } from './stopwords';
import type { TopicFigure } from './types';

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Per UTF-16 unit: 0 = not asked yet, 1 = a word char, 2 = not. The Unicode class of one unit never
// changes, so each non-ASCII unit is tested once per process, not once per occurrence.
const WORD_UNITS = new Uint8Array(65_536);

/** A letter, digit or combining mark; ASCII decided by code (the common case), the rest by Unicode class. */
function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  let known = WORD_UNITS[c]!;
  if (known === 0) WORD_UNITS[c] = known = WORD_CHAR.test(s[i]!) ? 1 : 2;
  return known === 1;
}
const LINK = /https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu;

interface Count {
  n: number;
  /** The mention that counted it last: a term counts once per mention. */
  doc: number;
}

/** Keeps the running counts; add() each mention's text, then top(). */
export class TopicCounter {
  private readonly counts = new Map<string, Count>();
  private docs = 0;
  private readonly excluded: Set<string>;

  constructor(excludedWords: Iterable<string> = []) {
    this.excluded = new Set([...excludedWords].map((w) => w.toLowerCase()));
  }

  add(text: string): void {
    if (!text) return;
    const doc = ++this.docs;
    let s = text.toLowerCase();
    if (/[@#]|http/.test(s)) s = s.replace(LINK, ' ');
    // A char-code scan rather than a Unicode regex: topics run over every mention of the period.
    let prev: string | null = null;
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (!isWordChar(c, s, i)) {
        if (c !== 32 && c !== 160 && c !== 9 && c !== 10 && c !== 13) prev = null; // punctuation ends a phrase
        i++;
        continue;
      }
      const start = i;
      const digitFirst = c >= 48 && c <= 57;
      i++;
      while (i < s.length) {
        const d = s.charCodeAt(i);
        if (isWordChar(d, s, i) || (d === 45 && i + 1 < s.length && isWordChar(s.charCodeAt(i + 1), s, i + 1))) i++;
        else break;
      }
      const word = s.slice(start, i);
      if (digitFirst || word.length < 3 || STOP_WORDS.has(word) || this.excluded.has(word)) {
        prev = null;
        continue;
      }
      this.count(word, doc);
      if (prev) this.count(`${prev} ${word}`, doc);
      prev = word;
    }
  }

  /** Whether a mention added so far used the term (what a topic's drill-down asks of one mention). */
  has(term: string): boolean {
    return this.counts.has(term);
  }

  private count(term: string, doc: number): void {
    const c = this.counts.get(term);
    if (!c) this.counts.set(term, { n: 1, doc });
    else if (c.doc !== doc) {
      c.doc = doc;
      c.n++;
    }
  }

  /** The `limit` most frequent terms of at least `minCount` mentions; a phrase hides its words when as frequent. */
  top(limit = 20, minCount = 2): TopicFigure[] {
    const ranked = [...this.counts]
      .map(([term, c]) => [term, c.n] as const)
      .filter(([, n]) => n >= minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const out: TopicFigure[] = [];
    const hidden = new Set<string>();
    for (const [term, count] of ranked) {
      if (out.length >= limit) break;
      if (hidden.has(term)) continue;
      if (term.includes(' ')) {
        for (const w of term.split(' ')) if (this.counts.get(w)?.n === count) hidden.add(w);
        // Its words as frequent as the phrase say less: hidden, and taken off the list if already on it.
        for (let i = out.length - 1; i >= 0; i--) if (hidden.has(out[i]!.term)) out.splice(i, 1);
      }
      out.push({ term, count });
    }
    return out;
  }
}

/** Words of the given names (brand names), to leave out of the topics. */
export function nameWords(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) for (const m of n.toLowerCase().matchAll(WORD)) out.push(m[0]);
  return out;
}
