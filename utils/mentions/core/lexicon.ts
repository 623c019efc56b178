// Shared ground for intent and sentiment: a text read once (folded, tokenised, language guessed,
// clauses and negations marked) and small phrase lexicons matched over its tokens in one pass.
// Phrases are written readably ("pris feu", "porter plainte", "explos*", "(broke|broken) my")
// and folded like the text, so accents, case and elisions do not matter.
import { fold, type FoldedText } from '../../text/fold';
import { tokenize, type Token } from '../../text/tokens';

export type Lang = 'fr' | 'en';

export interface Reading {
  text: string;
  folded: FoldedText;
  tokens: Token[];
  /** Token text used for lexicon lookup: hashtags lose their #, @handles never match. */
  words: string[];
  lang: Lang;
  /** Clause index of each token: punctuation, "but"/"mais" start a new clause. */
  clause: number[];
  /** Sentence index of each token. */
  sentence: number[];
  /** True for tokens that negate what follows (not, never, n't, ne, pas, jamais, sans…). */
  negator: boolean[];
}

const CLAUSE_BREAK = /[.,;:!?…()\n\u2014\u2013]|\s-\s/;
const SENTENCE_BREAK = /[.!?…\n]/;

const FR_WORDS = new Set(
  (
    'le la les des du de un une est et je tu il elle nous vous ils elles pas ne que qui pour avec sur dans c qu ' +
    'j l d n s m ma mon mes ton ta sa son ses ce cette au aux ou chez tres plus mais rien jamais toujours aucun ' +
    'aucune depuis apres quand comment pourquoi quel quelle quels quelles merci bonjour'
  ).split(' '),
);
const EN_WORDS = new Set(
  (
    'the an is are was were and to of for with my your it this that i you not on at be have has do does did can ' +
    'will what how why where when which who anyone thanks thank just been from they their our me no never any'
  ).split(' '),
);

/** A cheap guess from function words and French diacritics; `hint` wins when given. */
export function guessLang(words: string[], text: string, hint?: Lang): Lang {
  if (hint) return hint;
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  fr += (text.match(/[éèêàùçâîôœ]/gi)?.length ?? 0) * 0.5;
  return fr > en ? 'fr' : 'en';
}

const EN_NEG = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'without',
  'neither',
  'nor',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'wont',
  'hasnt',
  'havent',
  'aint',
  'noone',
]);
const FR_NEG = new Set(['pas', 'jamais', 'aucun', 'aucune', 'rien', 'sans', 'ni', 'ne', 'n', 'guere']);
// "don't" is tokenised "don" + "t": the "t" negates when it follows one of these.
const NT_HOSTS = new Set([
  'don',
  'doesn',
  'didn',
  'isn',
  'wasn',
  'weren',
  'aren',
  'won',
  'can',
  'couldn',
  'shouldn',
  'wouldn',
  'hasn',
  'haven',
  'hadn',
  'ain',
  'mustn',
]);
const CONJ_BREAK = new Set(['but', 'mais', 'however', 'pourtant', 'cependant', 'although', 'though']);

export function read(text: string, hint?: Lang): Reading {
  const folded = fold(text);
  const tokens = tokenize(folded);
  const words = tokens.map((t) => (t.text[0] === '#' ? t.text.slice(1) : t.text[0] === '@' ? '' : t.text));
  const lang = guessLang(words, text, hint);
  const clause: number[] = [];
  const sentence: number[] = [];
  const negator: boolean[] = [];
  let c = 0;
  let s = 0;
  tokens.forEach((t, i) => {
    if (i > 0 && SENTENCE_BREAK.test(t.gap)) s++;
    if (i > 0 && (CLAUSE_BREAK.test(t.gap) || CONJ_BREAK.has(words[i]!))) c++;
    clause.push(c);
    sentence.push(s);
    const w = words[i]!;
    // Both languages' negators count: comments mix them ("c'est not bad"), and they rarely collide.
    negator.push(EN_NEG.has(w) || FR_NEG.has(w) || (w === 't' && NT_HOSTS.has(words[i - 1] ?? '')));
  });
  return { text, folded, tokens, words, lang, clause, sentence, negator };
}

/** True when a negator stands in the `window` tokens before `from`, in the same clause. */
export function negated(r: Reading, from: number, window = 4): boolean {
  for (let k = from - 1; k >= 0 && k >= from - window; k--) {
    if (r.clause[k] !== r.clause[from]) return false;
    if (r.negator[k]) return true;
  }
  return false;
}

/** The span of tokens [from, to) in the original text. */
export function originalSpan(r: Reading, from: number, to: number): { start: number; end: number } {
  const s = r.tokens[from]!.start;
  const e = r.tokens[to - 1]!.end;
  const start = r.folded.origin[s] ?? 0;
  const last = r.folded.origin[e - 1] ?? start;
  return { start, end: last + ((r.text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1) };
}

// ---------------------------------------------------------------------------------------------
// Phrase lexicons

export interface PhraseHit<T> {
  value: T;
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** The phrase contains a negator itself ("doesn't work", "toujours pas"): no negation check. */
  selfNegated: boolean;
}

interface PNode<T> {
  exact: Map<string, PNode<T>>;
  stems: Array<{ stem: string; node: PNode<T> }>;
  values: Array<{ value: T; selfNegated: boolean }>;
}
const pnode = <T>(): PNode<T> => ({ exact: new Map(), stems: [], values: [] });

/** Folds a phrase into word slots; a slot lists alternatives, a trailing * makes a prefix. */
function slots(phrase: string): string[][] {
  const f = fold(phrase).text.replace(/['\-/]/g, ' ');
  return f
    .split(/\s+/)
    .filter(Boolean)
    .map((slot) => slot.replace(/^\(|\)$/g, '').split('|'));
}

export class PhraseLexicon<T> {
  private root = pnode<T>();

  constructor(entries: Iterable<[phrase: string, value: T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T) {
    // A group with several words ("(gonna|going to) buy") becomes one phrase per alternative.
    const group = phrase.match(/\(([^()]*\s[^()]*)\)/);
    if (group) {
      for (const alt of group[1]!.split('|')) this.add(phrase.replace(group[0], alt.trim()), value);
      return;
    }
    const parts = slots(phrase);
    const selfNegated = parts.some((alts) => alts.some((a) => EN_NEG.has(a) || FR_NEG.has(a) || a === 't'));
    let frontier = [this.root];
    for (const alts of parts) {
      const next: PNode<T>[] = [];
      for (const n of frontier) {
        for (const alt of alts) {
          const stem = alt.endsWith('*');
          const key = stem ? alt.slice(0, -1) : alt;
          if (stem) {
            let s = n.stems.find((x) => x.stem === key);
            if (!s) n.stems.push((s = { stem: key, node: pnode() }));
            next.push(s.node);
          } else {
            let child = n.exact.get(key);
            if (!child) n.exact.set(key, (child = pnode()));
            next.push(child);
          }
        }
      }
      frontier = next;
    }
    for (const n of frontier) n.values.push({ value, selfNegated });
  }

  /** Every phrase occurrence, phrases may overlap; within a phrase the words stay in one sentence. */
  find(r: Reading): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    const { words } = r;
    for (let i = 0; i < words.length; i++) {
      let frontier: PNode<T>[] = [this.root];
      for (let j = i; j < words.length && frontier.length > 0; j++) {
        if (j > i && r.sentence[j] !== r.sentence[i]) break;
        const w = words[j]!;
        const next: PNode<T>[] = [];
        if (w) {
          for (const n of frontier) {
            const a = n.exact.get(w);
            if (a) next.push(a);
            for (const s of n.stems) if (w.startsWith(s.stem)) next.push(s.node);
          }
        }
        for (const n of next)
          for (const v of n.values) hits.push({ value: v.value, from: i, to: j + 1, selfNegated: v.selfNegated });
        frontier = next;
      }
    }
    return hits;
  }
}
