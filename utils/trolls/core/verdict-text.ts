// Text helpers of the troll verdict: content words and their overlap, @-handles, authors, identity
// terms and shouting. Memoised where a thread's comments come back with every comment classified.
import type { CueKind, Match } from './cues';
import { isIdentityTerm } from './features';
import { fold } from '../../text/fold';
import type { Bilingual } from './typology';

export const CONTEXT_LABELS: Partial<Record<CueKind, Bilingual>> = {
  abuse: { fr: 'mot injurieux', en: 'abusive word' },
  shouting: { fr: 'cris (majuscules, « !!! »)', en: 'shouting (CAPS, !!!)' },
  mention: { fr: 'personne @-visée à répétition', en: 'person @-targeted again and again' },
  off_topic: { fr: 'sans rapport avec la publication', en: 'unrelated to the post' },
  repeat: { fr: 'même texte ailleurs sur la page', en: 'same text elsewhere on the page' },
  history: { fr: 'même auteur, déjà plus haut', en: 'same author, earlier in the thread' },
};

export const STOP = new Set(
  (
    'le la les un une des de du d l et ou a au aux en dans sur pour par avec sans ce cet cette ces se sa son ses ' +
    'mon ma mes ton ta tes notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te moi toi lui y ' +
    'ne pas plus que qui quoi est sont etre ai as avez ont fait faire tres trop tout tous toute toutes mais donc ' +
    'car si c qu n s t j m ca cela ici the a an and or of to in on for with without this that these those is are ' +
    'was were be been it its i you he she we they me my your our their not no do does did have has had so just very ' +
    'all what about at by from as if then than there here can will would new nouveau nouvelle'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

// Every comment of a thread is classified against the same thread: remember what each text gave
// (bounded, so a long session does not grow without end). Results are read-only sets.
export function memo<T, A extends unknown[]>(fn: (text: string, ...more: A) => T): (text: string, ...more: A) => T {
  const cache = new Map<string, T>();
  return (text, ...more) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size >= 5000) cache.clear();
      cache.set(text, (v = fn(text, ...more)));
    }
    return v;
  };
}

export const contentWords = memo(readContentWords);

function readContentWords(text: string, folded = fold(text).text): Set<string> {
  const out = new Set<string>();
  for (const m of folded.matchAll(WORD)) {
    let w = m[0];
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    if (w.length > 4 && w.endsWith('s')) w = w.slice(0, -1);
    out.add(w.length > 6 ? w.slice(0, 6) : w);
  }
  return out;
}

/** Whether the Jaccard similarity of `a` and `b` reaches `t`. */
export function similar(a: Set<string>, b: Set<string>, t: number): boolean {
  // it is at most min/max (all of the smaller set shared), and rounding keeps that order: most
  // pairs of a thread are ruled out by their sizes alone
  const lo = Math.min(a.size, b.size);
  const hi = Math.max(a.size, b.size);
  if (hi === 0 || lo / hi < t) return false;
  if (lo === 0) return jaccard(a, b) >= t;
  // count the words of the smaller set missing from the other, and stop as soon as even sharing all
  // the rest could not reach `t` (the same expression as jaccard's, which grows with what is shared)
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  const n = small.size + big.size;
  let missing = 0;
  for (const w of small) {
    if (big.has(w)) continue;
    missing++;
    const most = small.size - missing;
    if (most / (n - most) < t) return false;
  }
  return jaccard(a, b) >= t;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

export const handles = memo(
  (text: string) => new Set([...text.matchAll(/@([\p{L}\p{N}_.]{2,})/gu)].map((m) => m[1]!.toLowerCase())),
);
const readAuthor = (a: string) => a.trim().toLowerCase().replace(/^@/, '');
// a thread's authors come back with every comment classified against it
const normAuthorMemo = memo(readAuthor);
export const normAuthor = (a: string | undefined) => normAuthorMemo(a ?? '');

/** Whether the folded text has a word (a run of letters and digits) that names an identity group. */
export function hasIdentityTerm(folded: string): boolean {
  // the runs of /[\p{L}\p{N}]+/u, read by hand: ASCII by char code, the rest by the same classes
  let start = -1;
  for (let i = 0; i <= folded.length;) {
    let word = false;
    let step = 1;
    if (i < folded.length) {
      const c = folded.charCodeAt(i);
      if (c < 0x80) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      else {
        const cp = folded.codePointAt(i)!;
        if (cp > 0xffff) step = 2;
        word = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
      }
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (isIdentityTerm(folded.slice(start, i))) return true;
      start = -1;
    }
    i += step;
  }
  return false;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export function shouting(text: string): Match[] {
  const out: Match[] = [];
  // letters and capitals counted in one pass (ASCII without a regex: this runs on every comment)
  let letters = 0;
  let upper = 0;
  let marks = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) letters++;
      else if ((c === 33 || c === 63) && i >= 2) marks ||= /[!?]/.test(text[i - 1]!) && /[!?]/.test(text[i - 2]!);
    } else if (c < 0xd800 || c > 0xdfff) {
      const ch = text[i]!;
      if (LETTER.test(ch)) {
        letters++;
        if (UPPER.test(ch)) upper++;
      }
    } else if (c <= 0xdbff) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      i++;
      if (LETTER.test(ch)) {
        letters++;
        if (UPPER.test(ch)) upper++;
      }
    }
  }
  const label = CONTEXT_LABELS.shouting!;
  if (letters >= 8 && upper / letters > 0.6) {
    const caps = [...text.matchAll(/(?<![\p{L}])\p{Lu}{3,}(?:[\s,'’-]+\p{Lu}{2,})+(?![\p{L}])/gu)];
    for (const m of caps) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'shouting', label });
    if (caps.length === 0) out.push({ start: 0, end: text.length, kind: 'shouting', label });
  }
  if (marks)
    for (const m of text.matchAll(/[!?]{3,}/g))
      out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'shouting', label });
  return out;
}
