// The brand matcher: every brand's terms compiled once into a trie over word tokens, so one pass
// over a text finds all of them (names, aliases, @handles, #hashtags, products, known misspellings),
// plus misspellings within one edit for names of five letters or more (and for one word of a
// multi-word term: "Skylancr 500"), a camel-case word written in two ("Sky Lancer 500"), compound
// hashtags (#boycottacme, not #acme2k9x), exclusions and boolean queries. Spans point into the
// original text. find() first asks the fast path (prefilter.ts) whether any word could match, which
// most texts' words cannot.
import { fold, type FoldedText } from '../../text/fold';
import { tokenize, unleet, type Token } from '../../text/tokens';
import { deletionHashes, withinOneEdit } from '../../text/edit-distance';
import { parseQuery, evaluate, allTerms, positiveTerms, type Query } from './query';
import { Prefilter } from './prefilter';
import { FUZZY_MIN, FuzzyPhrases, brandHashtag, camelSplit } from './matcher-variants';

export interface MatchableBrand {
  id: string;
  name: string;
  aliases?: string[];
  handles?: string[];
  hashtags?: string[];
  products?: string[];
  misspellings?: string[];
  exclude?: string[];
  query?: string;
}

export interface Mention {
  brandId: string;
  brandName: string;
  /** The brand term that matched, as the user wrote it. */
  term: string;
  /** Span in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

type Role = 'term' | 'exclude' | 'query';
interface Entry {
  brand: number;
  term: string;
  role: Role;
}
interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}
interface Hit {
  entry: Entry;
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** Span in the folded text. */
  start: number;
  end: number;
}

const newNode = (): Node => ({ next: new Map(), entries: [] });
const COMPOUND_MIN = 4;

/** The words of a term, normalised exactly as a text's words are. */
export function termWords(term: string): string[] {
  return tokenize(fold(term)).map((t) => t.text);
}

export class BrandMatcher {
  private root = newNode();
  private fuzzy = new Map<number, Array<{ word: string; entry: Entry }>>();
  private fuzzyLengths = new Set<number>();
  private fuzzyWords = new Set<string>();
  /** Single-word names to look for inside hashtags: #boycottacme. */
  private compound: Array<{ word: string; entry: Entry }> = [];
  /** Multi-word terms with one word misspelt: "Skylancr 500". */
  private phrases = new FuzzyPhrases<Entry>();
  private queries: Array<Query | null>;
  private prefilter: Prefilter;

  constructor(private brands: readonly MatchableBrand[]) {
    this.queries = brands.map((b) => (b.query?.trim() ? parseQuery(b.query) : null));
    brands.forEach((b, brand) => {
      const names = [b.name, ...(b.aliases ?? [])];
      // Handles first: where "@acme" is both a handle and the name as an account, the handle is named.
      for (const term of [...(b.handles ?? []), ...(b.hashtags ?? [])])
        this.addTerm(term, { brand, term, role: 'term' });
      for (const term of [...names, ...(b.products ?? []), ...(b.misspellings ?? [])])
        this.addTerm(term, { brand, term, role: 'term' });
      for (const term of b.exclude ?? []) this.addTerm(term, { brand, term, role: 'exclude' });
      const q = this.queries[brand];
      if (q) for (const term of allTerms(q)) this.addTerm(term, { brand, term, role: 'query' });
      for (const term of names) {
        const words = termWords(term);
        if (words.length !== 1) continue;
        const word = words[0]!;
        const entry: Entry = { brand, term, role: 'term' };
        if (word.length >= COMPOUND_MIN) this.compound.push({ word, entry });
        if (word.length >= FUZZY_MIN && /^\p{L}+$/u.test(word)) {
          for (let n = word.length - 1; n <= word.length + 1; n++) this.fuzzyLengths.add(n);
          this.fuzzyWords.add(word);
          for (const h of new Set(deletionHashes(word))) {
            const list = this.fuzzy.get(h) ?? [];
            list.push({ word, entry });
            this.fuzzy.set(h, list);
          }
        }
      }
    });
    for (const n of this.phrases.lengths) this.fuzzyLengths.add(n);
    this.prefilter = new Prefilter({
      firstWords: this.root.next.keys(),
      fuzzyHashes: [...this.fuzzy.keys(), ...this.phrases.hashes()],
      fuzzyLengths: this.fuzzyLengths,
      fuzzyWords: [...this.fuzzyWords, ...this.phrases.words],
      compound: this.compound.map((c) => c.word),
    });
  }

  private addTerm(term: string, entry: Entry) {
    const words = termWords(term);
    if (words.length === 0) return;
    this.insert(words, entry);
    if (entry.role === 'term') {
      // "SkyLancer 500" is also written "Sky Lancer 500", and with one word misspelt.
      const split = camelSplit(term);
      this.phrases.add(words, entry);
      if (split) {
        const parts = termWords(split);
        this.insert(parts, entry);
        this.phrases.add(parts, entry);
      }
    }
    // "RoadRunner 3000" is also written "RoadRunner3000" or "#RoadRunner3000".
    const joined = words.join('');
    if (words.length > 1) this.insert([joined], entry);
    // A name is also the @account or #tag of the same word.
    const only = words.length === 1 ? words[0]! : entry.role === 'term' ? joined : null;
    if (only && /^[\p{L}\p{N}_]+$/u.test(only) && entry.role === 'term') {
      this.insert([`@${only}`], entry);
      this.insert([`#${only}`], entry);
    }
  }

  private insert(words: string[], entry: Entry) {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = newNode()));
      node = child;
    }
    node.entries.push(entry);
  }

  find(text: string): Mention[] {
    // Most texts name no brand: a pass over char codes that allocates nothing tells them apart.
    if (!this.prefilter.mayMatch(text)) return [];
    return this.findExact(text);
  }

  /** find() without the fast path: the reference it is tested against. */
  findExact(text: string): Mention[] {
    const folded = fold(text);
    const tokens = tokenize(folded);
    const hits = this.scan(tokens);
    return this.resolve(hits, folded, text);
  }

  private scan(tokens: Token[]): Hit[] {
    const hits: Hit[] = [];
    const alts = tokens.map((t) => unleet(t.text));
    for (let i = 0; i < tokens.length; i++) {
      const before = hits.length;
      this.walk(tokens, alts, i, hits);
      if (i + 1 < tokens.length && isGlue(tokens[i + 1]!.gap)) this.joined(tokens, i, hits);
      const tok = tokens[i]!;
      const sign = tok.text.charCodeAt(0);
      if (hits.length === before && sign === 35) this.inHashtag(tok, i, hits); // #
      if (hits.length === before && sign !== 35 && sign !== 64) this.misspelt(alts[i]!, tokens, i, hits); // not # or @
    }
    return hits;
  }

  // Follows the trie word by word from token i; each word may also be read as leetspeak.
  private walk(tokens: Token[], alts: string[], i: number, hits: Hit[]) {
    // Most words start no term: answer those without allocating anything.
    const w0 = tokens[i]!.text;
    const a0 = alts[i]!;
    if (!this.root.next.has(w0) && (a0 === w0 || !this.root.next.has(a0))) return;
    let frontier: Node[] = [this.root];
    for (let j = i; j < tokens.length && frontier.length > 0; j++) {
      const w = tokens[j]!.text;
      const alt = alts[j]!;
      const next: Node[] = [];
      for (const n of frontier) {
        const a = n.next.get(w);
        if (a) next.push(a);
        if (alt !== w) {
          const b = n.next.get(alt);
          if (b && b !== a) next.push(b);
        }
      }
      for (const n of next)
        for (const entry of n.entries)
          hits.push({ entry, from: i, to: j + 1, start: tokens[i]!.start, end: tokens[j]!.end });
      frontier = next;
    }
  }

  // "Ac-me", "ac.me": words glued by one hyphen or dot, read as one word.
  private joined(tokens: Token[], i: number, hits: Hit[]) {
    let word = tokens[i]!.text;
    for (let j = i + 1; j < tokens.length && j < i + 4 && isGlue(tokens[j]!.gap); j++) {
      word += tokens[j]!.text;
      for (const key of new Set([word, unleet(word)])) {
        const n = this.root.next.get(key);
        if (n)
          for (const entry of n.entries)
            hits.push({ entry, from: i, to: j + 1, start: tokens[i]!.start, end: tokens[j]!.end });
      }
    }
  }

  private inHashtag(tok: Token, i: number, hits: Hit[]) {
    const raw = tok.text.slice(1);
    const body = unleet(raw);
    for (const { word, entry } of this.compound) {
      const at = body.indexOf(word);
      // #acmesupport is the brand's, #acme2k9x (a handle-like tail) is not
      if (at >= 0 && brandHashtag(raw, at, word))
        hits.push({ entry, from: i, to: i + 1, start: tok.start, end: tok.end });
    }
  }

  // One edit away from a name of five letters or more: the hashes of the word and of each of its
  // one-letter deletions are looked up in the index of the names' own deletions (no strings made);
  // a word that shares neither its first nor its last two letters with a name is not hashed at all.
  private misspelt(w: string, tokens: Token[], i: number, hits: Hit[]) {
    if (!this.fuzzyLengths.has(w.length) || !this.prefilter.mayBeOneEdit(w)) return;
    const tok = tokens[i]!;
    let seen: Entry[] | null = null;
    const hashes = deletionHashes(w);
    this.phrases.find(w, hashes, tokens, i, (entry, from, to) =>
      hits.push({ entry, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end }),
    );
    for (const h of hashes) {
      const candidates = this.fuzzy.get(h);
      if (!candidates) continue;
      for (const { word, entry } of candidates) {
        if (seen?.includes(entry)) continue;
        (seen ??= []).push(entry);
        if (withinOneEdit(w, word)) hits.push({ entry, from: i, to: i + 1, start: tok.start, end: tok.end });
      }
    }
  }

  private resolve(hits: Hit[], folded: FoldedText, text: string): Mention[] {
    if (hits.length === 0) return [];
    const found: Mention[] = [];
    const byBrand = new Map<number, Hit[]>();
    for (const h of hits) {
      const list = byBrand.get(h.entry.brand);
      if (list) list.push(h);
      else byBrand.set(h.entry.brand, [h]);
    }
    byBrand.forEach((mine, brand) => {
      const b = this.brands[brand]!;
      const excluded = mine.filter((h) => h.entry.role === 'exclude');
      const keep = (h: Hit) => !excluded.some((x) => h.from < x.to && h.to > x.from);
      let counted = mine.filter((h) => h.entry.role === 'term' && keep(h));
      const q = this.queries[brand];
      if (q) {
        const present = new Set(mine.filter((h) => h.entry.role !== 'exclude' && keep(h)).map((h) => h.entry.term));
        if (!evaluate(q, (t) => present.has(t))) return;
        const positive = new Set(positiveTerms(q));
        counted = mine.filter(
          (h) => keep(h) && (h.entry.role === 'term' || (h.entry.role === 'query' && positive.has(h.entry.term))),
        );
      }
      for (const h of counted)
        found.push({
          brandId: b.id,
          brandName: b.name,
          term: h.entry.term,
          ...originalSpan(folded, text, h.start, h.end),
        });
    });
    // Longest first at the same place, then drop overlaps so each stretch of text counts once.
    found.sort((a, z) => a.start - z.start || z.end - a.end);
    const result: Mention[] = [];
    for (const m of found) {
      const last = result[result.length - 1];
      if (last && m.start < last.end) continue;
      result.push(m);
    }
    return result;
  }
}

function isGlue(gap: string): boolean {
  return gap === '-' || gap === '.';
}

function originalSpan(folded: FoldedText, text: string, s: number, e: number): { start: number; end: number } {
  const start = folded.origin[s] ?? 0;
  const last = folded.origin[e - 1] ?? start;
  return { start, end: last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
}
