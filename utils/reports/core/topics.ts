// "Top topics": the words and two-word phrases most mentions of the period use, stop-words (FR+EN),
// brand names, handles, links and numbers left out. Counted once per mention, so one long rant does
// not make a topic.
import { STOP_WORDS } from './stopwords';
import type { TopicFigure } from './types';

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const SPLIT = /[^\p{L}\p{N}'’-]+/u;
const TRAIL = /^['’-]+|['’-]+$/g;
const LETTER = /\p{L}/u;
const LINK = /https?:\/\/\S+|[@#][\p{L}\p{N}_]+/gu;

/** Keeps the running counts; add() each mention's text, then top(). */
export class TopicCounter {
  private readonly counts = new Map<string, number>();
  private readonly last = new Map<string, number>();
  private docs = 0;
  private readonly excluded: Set<string>;

  constructor(excludedWords: Iterable<string> = []) {
    this.excluded = new Set([...excludedWords].map((w) => w.toLowerCase()));
  }

  add(text: string): void {
    if (!text) return;
    const doc = ++this.docs;
    let prev: string | null = null;
    for (const raw of text.toLowerCase().replace(LINK, ' ').split(SPLIT)) {
      const word = raw.replace(TRAIL, '');
      if (word.length < 3 || STOP_WORDS.has(word) || this.excluded.has(word) || !LETTER.test(word[0]!)) {
        prev = null;
        continue;
      }
      this.count(word, doc);
      if (prev) this.count(`${prev} ${word}`, doc);
      prev = word;
    }
  }

  /** Counts a term once per mention: `last` remembers the mention that counted it last. */
  private count(term: string, doc: number): void {
    if (this.last.get(term) === doc) return;
    this.last.set(term, doc);
    this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  /** The `limit` most frequent terms of at least `minCount` mentions; a phrase hides its words when as frequent. */
  top(limit = 20, minCount = 2): TopicFigure[] {
    const ranked = [...this.counts]
      .filter(([, n]) => n >= minCount)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const out: TopicFigure[] = [];
    const hidden = new Set<string>();
    for (const [term, count] of ranked) {
      if (out.length >= limit) break;
      if (hidden.has(term)) continue;
      if (term.includes(' ')) {
        for (const w of term.split(' ')) if (this.counts.get(w) === count) hidden.add(w);
        // A word already listed with the same count stays; the phrase says more, so it replaces it.
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
