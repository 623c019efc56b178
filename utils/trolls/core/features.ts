// Feature extraction for the abuse model: pure code, no DOM, no network.
//
// The text is folded (lower case, no accents, compatibility forms) with a map back to the original
// offsets, cut into words (French elisions split, stretched letters shrunk, spaced letters joined),
// leet read back ("1d10t" → "idiot"), links, phone numbers, @handles and emoji turned into
// placeholders. Each word gives hashed features — the word, its character 3- to 5-grams, the bigram
// with the word before it, and, when the comment names an identity group, the word paired with that
// fact — all in a fixed space of 2^18 slots shared by the four outputs.
//
// Each feature remembers the word it came from (for the cues shown to the moderator) and the scope
// that word sits in: after a negation ("pas", "not", "n't"), inside quotation marks, or in a sentence
// that reports or rejects what someone else said (counter-speech: "arrête de dire", "saying X is
// wrong"). In those scopes the model's positive evidence for abuse is damped (see `damp`).
import { fold, type FoldedText } from '../../text/fold';
import { LEET, tokenize } from '../../text/tokens';

export const HASH_BITS = 18;
export const DIM = 1 << HASH_BITS;
const MASK = DIM - 1;

/** Scope flags of a word. */
export const NEG = 1;
export const QUOTE = 2;
export const COUNTER = 4;

export interface Features {
  /** Hashed feature slots. */
  idx: number[];
  /** Scope flags of each feature (0 for none). */
  flags: number[];
  /** The word (index into `spans`) each feature belongs to, or -1 for comment-level features. */
  tok: number[];
  /** A second word for bigrams and pairs, or -1. */
  tok2: number[];
  /** Whether a feature is a bare identity-term feature (its weight is kept ≤ 0). */
  ident: number[];
  /** Character spans, in the ORIGINAL text, of the words. */
  spans: Array<[number, number]>;
}

// Positive evidence found in a damped scope is multiplied by this; negative evidence is kept.
export const DAMP_NEG = 0.25;
export const DAMP_QUOTE = 0.2;

/** Multiplier of a comment's summed evidence: (number of features)^-power, 1 when power is 0. */
export function lengthNorm(features: number, power: number): number {
  return power === 0 ? 1 : Math.max(1, features) ** -power;
}

/** Multiplier of a weight `w` given the scope flags; applied to offensive/insult/hate, not spam. */
export function damp(flags: number, w: number): number {
  if (flags === 0 || w <= 0) return 1;
  return flags & (QUOTE | COUNTER) ? DAMP_QUOTE : DAMP_NEG;
}

// --- identity terms: mentioning a group is not abuse -------------------------------------------------

// Folded, FR and EN, singular and plural. Slurs are NOT here: they keep their weight.
const IDENTITY = new Set(
  (
    'femme femmes fille filles homme hommes gay gays homo homos homosexuel homosexuels homosexuelle homosexuelles ' +
    'lesbienne lesbiennes bi bisexuel bisexuelle trans transgenre transgenres noir noirs noire noires black blacks ' +
    'arabe arabes maghrebin maghrebins musulman musulmans musulmane musulmanes islam juif juifs juive juives ' +
    'judaisme chretien chretiens chretienne chretiennes catholique catholiques refugie refugies refugiee refugiees ' +
    'migrant migrants migrante migrantes immigre immigres immigree immigrees etranger etrangers handicape ' +
    'handicapes handicapee handicapees asiatique asiatiques chinois africain africains africaine africaines rom ' +
    'roms gitan gitans tzigane tziganes blanc blancs blanche blanches vieux personnes agees woman women girl girls ' +
    'man men gay lesbian lesbians bisexual transgender black blacks muslim muslims islam jew jews jewish christian ' +
    'christians catholic catholics refugee refugees immigrant immigrants migrant migrants foreigner foreigners ' +
    'disabled asian asians chinese african africans african-american mexican mexicans latino latinos latina ' +
    'hispanic hispanics white whites arab arabs indian indians gypsy gypsies elderly'
  ).split(/\s+/),
);

export function isIdentityTerm(word: string): boolean {
  return IDENTITY.has(word);
}

const STOP = new Set(
  (
    'le la les l un une des de du d et ou a au aux en dans sur pour par avec ce c cet cette ces je j tu t il elle ' +
    'on nous vous ils elles me m te se s y que qu qui est es suis sont etre ai as avons avez ont mon ma mes ton ta ' +
    'tes son sa ses leur leurs notre votre nos vos the a an and or of to in on for with at by from this that these ' +
    'those i you he she it we they me him her us them is are am was were be been my your his its our their so as if ' +
    'then than do does did have has had'
  ).split(/\s+/),
);

// --- negation ----------------------------------------------------------------------------------------

const NEG_WORDS = new Set([
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  'ni',
  'sans',
  'not',
  'never',
  'no',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'cannot',
  'wont',
  'wouldnt',
  'shouldnt',
  'aint',
]);
const NE_REST = new Set(['pas', 'jamais', 'plus', 'rien', 'aucun', 'aucune', 'personne', 'nullement', 'guere']);
const SCOPE_BREAK = new Set([
  'mais',
  'but',
  'car',
  'because',
  'parce',
  'sauf',
  'except',
  'however',
  'pourtant',
  'though',
  'although',
]);
const NEG_SCOPE = 4;

// --- counter-speech and reported speech -------------------------------------------------------------

// On folded text, apostrophes kept. Each match starts a COUNTER scope that runs to the end of its sentence.
const COUNTER_RES: RegExp[] = [
  /\b(arrete[sz]?|arretons|cessez|cesse|stop) (de|d')\s?(dire|traiter|ecrire|repeter|insulter|appeler|parler)/g,
  /\b(ce n'est|c'est|ce n est|c est|c'est vraiment|ca n'est|ca n est|ca) (pas|jamais|vraiment pas) (ok|okay|normal|acceptable|correct|cool|bien|drole|admissible) (de|d')/g,
  /\b(c'est|c est) (inacceptable|inadmissible|honteux|raciste|sexiste|homophobe|degueulasse|indigne|intolerable) (de|d')/g,
  /\bon ne (dit|traite|insulte|parle|ecrit) pas\b/g,
  /\bon (dit|traite|insulte|ecrit) pas\b/g,
  /\bsi (vous dites|tu dis|quelqu'un dit|quelqu un dit|on dit|je vois|je lis)/g,
  /\b(des |les |de |ces |vos |tes )?(propos|commentaires|declarations|phrases|messages|tweets|insultes|remarques|posts|mots) (comme|du type|du genre|tels que|tel que|de ce genre|racistes|sexistes|haineux|homophobes)/g,
  /\b(denoncer|denonce|denoncons|signaler|signale|signalez|condamner|condamne|condamnons|combattre|combattons)\b/g,
  /\bqu'est-ce qui (vous|te) fait dire/g,
  /\b(dire|affirmer|ecrire|penser|croire|traiter (quelqu'un|les gens|une personne|qqn)) (que|de|d') .{0,80}?\b(montre|prouve|revele|est raciste|est sexiste|est homophobe|est faux|est inacceptable|est honteux|n'est pas ok|n'est pas acceptable|est debile|est stupide|c'est raciste)/g,
  /\b(votre|ta|ton|leur|sa|son) (haine|mepris|manque de respect|racisme|sexisme|homophobie|intolerance)\b/g,
  /\b(stop|quit|stop it with) (saying|calling|writing|insulting|using)/g,
  /\b(it's|its|it is|that's|thats|that is) (not|never|so not) (ok|okay|acceptable|cool|fine|right|funny|alright) to/g,
  /\b(saying|calling (someone|people|anyone|a person|them|him|her)|writing|using the word) .{0,80}?\b(is|are) (wrong|racist|sexist|homophobic|not ok|not okay|unacceptable|hateful|bigoted|disgusting|offensive|hate speech)/g,
  /\bif (you|someone|anyone) (say|says|call|calls|think|thinks|write|writes)\b/g,
  /\b(don't|dont|do not|never) (call|say|use the word)\b/g,
  /\bwhat makes you (say|think)\b/g,
  /\b(comments|tweets|statements|words|slurs|remarks|posts|messages|insults) (like|such as)\b/g,
  /\b(report|reported|condemn|denounce|call out|calling out|stand against|speak out against)\b/g,
  /\b(your|his|her|their) (hatred|contempt|racism|sexism|homophobia|bigotry|disrespect)\b/g,
];

const QUOTE_RE = /["“«„]([^"“”«»„\n]{2,200})["”»“]/g;
const SENTENCE_END = /[.!?\n]/g;

const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9][a-z0-9-]{1,40}\.(?:com|net|org|fr|ly|io|me|co|tk|info|biz|be|ch|ca|uk|de|gl|gg|tv|xyz|site|shop|app)(?:\/[^\s<>"]*)?/g;
const PHONE_RE = /(?:\+|\b)\d[\d .-]{7,16}\d\b/g;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;

// --- hashing -----------------------------------------------------------------------------------------

const NS_WORD = 0x01000193;
const NS_CHAR = 0x0badf00d;
const NS_BI = 0x1b873593;
const NS_ID = 0x5bd1e995;
const NS_GLOBAL = 0x27d4eb2f;
const NS_EMOJI = 0x165667b1;

function fnv(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

function slot(h: number): number {
  // final avalanche so that the low bits are well mixed
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & MASK;
}

export function wordSlot(w: string): number {
  return slot(fnv(NS_WORD, w));
}

// --- extraction --------------------------------------------------------------------------------------

const HAS_LETTER = /[a-z\u00c0-\u024f]/;
const STRETCHED = /(\p{L})\1\1/u;
const STRETCH_RUN = /(\p{L})\1{2,}/gu;

function normWord(w: string): string {
  if (w.charCodeAt(0) === 64 /* @ */ && w.length > 1) return '_user_';
  let hasDigit = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 36 || c === 64) hasDigit = true;
  }
  if (!hasDigit) return w;
  if (!HAS_LETTER.test(w)) return '_num_';
  // leet inside a word that has letters; a trailing number stays apart ("iphone15" keeps its letters)
  return w.replace(/[0-9@$]/g, (c) => LEET[c] ?? c);
}

interface Span {
  start: number;
  end: number;
}

function spansOf(re: RegExp, s: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function inSpans(spans: Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}

function sentenceEnd(s: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(s);
  return m ? m.index + 1 : s.length;
}

/** Extracts the hashed features of `text` (`folded` if the caller already folded it); spans refer to `text` itself. */
export function extractFeatures(text: string, folded: FoldedText = fold(text)): Features {
  const f: Features = { idx: [], flags: [], tok: [], tok2: [], ident: [], spans: [] };
  f.spans = visitFeatures(text, folded, (i, flags, tok, tok2, ident) => {
    f.idx.push(i);
    f.flags.push(flags);
    f.tok.push(tok);
    f.tok2.push(tok2);
    f.ident.push(ident);
  });
  return f;
}

/** Receives each feature: its slot, scope flags, word, second word (or -1) and identity mark (0/1). */
export type FeatureVisitor = (slot: number, flags: number, tok: number, tok2: number, ident: number) => void;

/** A word of the comment as the features see it: normalised, with its scope flags and span index. */
interface W {
  w: string;
  start: number;
  end: number;
  gap: string;
  flags: number;
  span: number;
  id: boolean;
  twice?: string;
}

type Push = (i: number, flags: number, tok: number, tok2?: number, ident?: number) => void;
type OrigSpan = (a: number, b: number) => [number, number];

/**
 * The same features as extractFeatures, handed one by one to `visit` instead of stored (scoring
 * needs no arrays); returns the words' spans in `text`.
 */
export function visitFeatures(text: string, folded: FoldedText, visit: FeatureVisitor): Array<[number, number]> {
  const s = folded.text;
  const origin = folded.origin;
  const spans: Array<[number, number]> = [];
  const origSpan: OrigSpan = (a, b) => {
    const start = origin[a] ?? 0;
    const lastStart = origin[b - 1] ?? start;
    const cp = text.codePointAt(lastStart) ?? 0;
    return [start, lastStart + (cp > 0xffff ? 2 : 1)];
  };
  const push: Push = (i, flags, tok, tok2 = -1, ident = 0) => visit(i, flags, tok, tok2, ident);

  // links and phone numbers become one placeholder word each
  const hasLinkChars = s.indexOf('.') >= 0;
  const urls = hasLinkChars ? spansOf(URL_RE, s) : [];
  const phones = /\d{3}/.test(s) ? spansOf(PHONE_RE, s) : [];
  const words = readWords(text, folded, urls, phones);
  markScopes(words, s);
  wordFeatures(words, spans, origSpan, push);
  // emoji
  if (/[^\x00-\x7f]/.test(s)) {
    EMOJI_RE.lastIndex = 0;
    for (let m = EMOJI_RE.exec(s); m; m = EMOJI_RE.exec(s)) {
      const ti = spans.length;
      spans.push(origSpan(m.index, m.index + m[0].length));
      push(slot(fnv(NS_EMOJI, m[0])), 0, ti);
      push(slot(fnv(NS_GLOBAL, 'emoji')), 0, ti);
    }
  }
  commentFeatures(text, words, urls.length > 0, phones.length > 0, push);
  return spans;
}

/** The words of the comment, each link and phone number as one placeholder word. */
function readWords(text: string, folded: FoldedText, urls: Span[], phones: Span[]): W[] {
  const s = folded.text;
  const origin = folded.origin;
  const special = urls.concat(phones);
  const words: W[] = [];
  const placed = new Set<Span>();
  for (const t of tokenize(folded)) {
    const sp = special.find((x) => t.start >= x.start && t.start < x.end);
    if (sp) {
      if (!placed.has(sp)) {
        placed.add(sp);
        const name = urls.includes(sp) ? '_url_' : '_phone_';
        words.push({ w: name, start: sp.start, end: sp.end, gap: t.gap, flags: 0, span: -1, id: false });
      }
      continue;
    }
    let w = normWord(t.text);
    if (w === 'url' && text.slice(origin[t.start], (origin[t.end - 1] ?? 0) + 1) === 'URL') w = '_url_';
    // A stretched word was shrunk to one letter per run ("CONNNARD" → "conard"); its two-letter form
    // ("connard") is often the real spelling, so it is kept as a second reading.
    const raw = s.slice(t.start, t.end);
    const twice =
      raw.length > w.length + 1 && STRETCHED.test(raw) ? normWord(raw.replace(STRETCH_RUN, '$1$1')) : undefined;
    words.push({
      w,
      start: t.start,
      end: t.end,
      gap: t.gap,
      flags: 0,
      span: -1,
      id: IDENTITY.has(w),
      twice: twice !== w ? twice : undefined,
    });
  }
  return words;
}

/** Flags each word that sits after a negation, inside quotation marks or in counter-speech. */
function markScopes(words: W[], s: string): void {
  // quotation and counter-speech scopes
  const quotes = spansOf(QUOTE_RE, s);
  const counters: Span[] = [];
  for (const re of COUNTER_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s))
      counters.push({ start: m.index, end: sentenceEnd(s, m.index + m[0].length) });
  }
  let negLeft = 0;
  for (let i = 0; i < words.length; i++) {
    const wd = words[i]!;
    if (/[.,;:!?()\n]/.test(wd.gap) || SCOPE_BREAK.has(wd.w)) negLeft = 0;
    if (negLeft > 0) {
      wd.flags |= NEG;
      negLeft--;
    }
    if (isNegation(words, i)) negLeft = NEG_SCOPE;
    if (quotes.length && inSpans(quotes, wd.start)) wd.flags |= QUOTE;
    if (counters.length && inSpans(counters, wd.start)) wd.flags |= COUNTER;
  }
}

/** Whether word `i` opens a negation: "pas", "not", "ne … pas" (not "n'est qu'un"), "don't". */
function isNegation(words: W[], i: number): boolean {
  const wd = words[i]!;
  const w = wd.w;
  if (NEG_WORDS.has(w)) return true;
  if (w === 'ne' || w === 'n') {
    // "ne … pas" negates; "n'est qu'un …" (restriction) does not
    for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
      if (NE_REST.has(words[k]!.w)) return true;
      if (words[k]!.w === 'que' || words[k]!.w === 'qu') break;
    }
  }
  return w === 't' && i > 0 && wd.gap === "'" && words[i - 1]!.w.endsWith('n'); // don't, isn't
}

/** Each word's features: the word, its character n-grams, the identity pairing and the bigram. */
function wordFeatures(words: W[], spans: Array<[number, number]>, origSpan: OrigSpan, push: Push): void {
  const hasIdentity = words.some((x) => x.id);
  let prev: W | null = null;
  for (const wd of words) {
    const ti = spans.length;
    wd.span = ti;
    spans.push(origSpan(wd.start, wd.end));
    const w = wd.w;
    const fl = wd.flags;
    if (wd.id) {
      // an identity term alone: its own word and a shared "<id>" feature, both kept ≤ 0 by training
      push(slot(fnv(NS_WORD, w)), fl, ti, -1, 1);
      push(slot(fnv(NS_WORD, '<id>')), fl, ti, -1, 1);
    } else {
      push(slot(fnv(NS_WORD, w)), fl, ti);
      if (wd.twice) push(slot(fnv(NS_WORD, wd.twice)), fl, ti);
      if (w.charCodeAt(0) !== 95 /* _ */ && w.length >= 2)
        charGrams('<' + (wd.twice ?? w).slice(0, 24) + '>', fl, ti, push);
      if (hasIdentity && !STOP.has(w)) push(slot(fnv(NS_ID, w)), fl, ti);
    }
    if (prev) {
      const a = prev.id ? '<id>' : prev.w;
      const b = wd.id ? '<id>' : w;
      push(slot(fnv(fnv(fnv(NS_BI, a), ' '), b)), fl | prev.flags, prev.span, ti);
    }
    prev = wd;
  }
}

/** Character 3-, 4- and 5-grams of `p`: each start hashed once, growing the 3-gram into the longer ones. */
function charGrams(p: string, fl: number, ti: number, push: Push): void {
  for (let a = 0; a + 3 <= p.length; a++) {
    let h = fnv(NS_CHAR, p, a, a + 3);
    push(slot(h), fl, ti);
    for (let b = a + 3; b < a + 5 && b < p.length; b++) {
      h = Math.imul(h ^ p.charCodeAt(b), 16777619);
      push(slot(h), fl, ti);
    }
  }
}

/** Comment-level features: capitals, "!!", links, phone numbers, @-mentions and length. */
function commentFeatures(text: string, words: W[], url: boolean, phone: boolean, push: Push): void {
  const global = (name: string) => push(slot(fnv(NS_GLOBAL, name)), 0, -1);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  if (letters >= 8 && upper / letters > 0.6) global('caps');
  if (text.includes('!!')) global('excl');
  if (url) global('url');
  if (phone) global('phone');
  const ats = words.filter((x) => x.w === '_user_').length;
  if (ats) global(ats >= 3 ? 'at3' : 'at1');
  global('len' + Math.min(6, Math.floor(Math.log2(words.length + 1))));
}
