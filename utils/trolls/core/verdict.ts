// The typology on top of the abuse model: one verdict per comment — abuse (0-1), troll (0-1), a type
// of ../shared/typology.md or null, a confidence, the cues that fired (character spans in the
// ORIGINAL text) and the recommended action. Rules (cues.ts) plus context features: overlap with the
// post, repeats on the page and by the same author, who is @-targeted, what the same author wrote
// earlier in the thread. `unhappy_customer` is its own outcome and is never scored as a troll
// (troll ≤ 0.2 however rude). Deterministic and pure: no DOM, no network, no clock.
import { scoreAbuse, type AbuseModel } from './abuse';
import { KIND_EVIDENCE, findCues, type CueKind, type Match } from './cues';
import { isIdentityTerm } from './features';
import { guessLang } from './lang-guess';
import { fold } from '../../text/fold';
import { trollType, type Bilingual, type TrollTypeId } from './typology';

export interface ThreadComment {
  author: string;
  text: string;
}

export interface ClassifyInput {
  text: string;
  lang?: string;
  author?: string;
  context?: { post?: string; thread?: ThreadComment[] };
}

export interface ClassifyOptions {
  /** Troll score from which a troll type is given (default 0.5); lower = more sensitive. */
  threshold?: number;
}

export interface VerdictCue {
  start: number;
  end: number;
  kind: CueKind;
  label: string;
}

export interface Verdict {
  abuse: number;
  troll: number;
  type: TrollTypeId | null;
  confidence: number;
  cues: VerdictCue[];
  action: Bilingual;
}

const NO_ACTION: Bilingual = { fr: 'Rien à faire.', en: 'Nothing to do.' };
const CONTEXT_LABELS: Partial<Record<CueKind, Bilingual>> = {
  abuse: { fr: 'mot injurieux', en: 'abusive word' },
  shouting: { fr: 'cris (majuscules, « !!! »)', en: 'shouting (CAPS, !!!)' },
  mention: { fr: 'personne @-visée à répétition', en: 'person @-targeted again and again' },
  off_topic: { fr: 'sans rapport avec la publication', en: 'unrelated to the post' },
  repeat: { fr: 'même texte ailleurs sur la page', en: 'same text elsewhere on the page' },
  history: { fr: 'même auteur, déjà plus haut', en: 'same author, earlier in the thread' },
};

// --- small text helpers ------------------------------------------------------------------------------

const STOP = new Set(
  (
    'le la les un une des de du d l et ou a au aux en dans sur pour par avec sans ce cet cette ces se sa son ses mon ma mes ton ta tes ' +
    'notre nos votre vos leur leurs je tu il elle on nous vous ils elles me te moi toi lui y ne pas plus que qui quoi est sont etre ' +
    'ai as avez ont fait faire tres trop tout tous toute toutes mais donc car si c qu n s t j m ca cela ici the a an and or of to in ' +
    'on for with without this that these those is are was were be been it its i you he she we they me my your our their not no ' +
    'do does did have has had so just very all what about at by from as if then than there here can will would new nouveau nouvelle'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

// Every comment of a thread is classified against the same thread: remember what each text gave
// (bounded, so a long session does not grow without end). Results are read-only sets.
function memo<T, A extends unknown[]>(fn: (text: string, ...more: A) => T): (text: string, ...more: A) => T {
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

const contentWords = memo(readContentWords);

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
function similar(a: Set<string>, b: Set<string>, t: number): boolean {
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

const threadCues = memo(findCues);
// the insult score of an earlier comment, per model (tests load more than one)
const insultMemo = new WeakMap<AbuseModel, (text: string) => number>();
function insultOf(model: AbuseModel): (text: string) => number {
  let f = insultMemo.get(model);
  if (!f) {
    // the insult output never hears the word network: leave it out of these many calls
    const ngramOnly: AbuseModel = { ...model, cnn: undefined };
    insultMemo.set(model, (f = memo((text: string) => scoreAbuse(text, ngramOnly).insult)));
  }
  return f;
}

const handles = memo(
  (text: string) => new Set([...text.matchAll(/@([\p{L}\p{N}_.]{2,})/gu)].map((m) => m[1]!.toLowerCase())),
);
const readAuthor = (a: string) => a.trim().toLowerCase().replace(/^@/, '');
// a thread's authors come back with every comment classified against it
const normAuthorMemo = memo(readAuthor);
const normAuthor = (a: string | undefined) => normAuthorMemo(a ?? '');

/** Whether the folded text has a word (a run of letters and digits) that names an identity group. */
function hasIdentityTerm(folded: string): boolean {
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

function shouting(text: string): Match[] {
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

const noisyOr = (ws: number[]) => 1 - ws.reduce((p, w) => p * (1 - Math.max(0, Math.min(1, w))), 1);
const round = (x: number) => Math.round(x * 1000) / 1000;

// --- the verdict -------------------------------------------------------------------------------------

export function classifyComment(input: ClassifyInput, model: AbuseModel, opts: ClassifyOptions = {}): Verdict {
  const text = input.text;
  const threshold = opts.threshold ?? 0.5;
  // folded once for the language, the model, the identity terms and the overlap with the post
  const folded = fold(text);
  const lang: 'fr' | 'en' = input.lang === 'fr' || input.lang === 'en' ? input.lang : guessLang(text, folded.text);
  const me = normAuthor(input.author);
  const thread = input.context?.thread ?? [];
  const post = input.context?.post;

  const s = scoreAbuse(text, model, folded);
  const th = model.thresholds;
  const abuse = Math.max(s.offensive, s.insult, s.hate);
  // how far past its threshold each head is, 0 below, 1 at certainty
  const past = (p: number, t: number) => (p < t ? (p / t) * 0.3 : 0.3 + (0.7 * (p - t)) / (1 - t));
  const offensiveness = Math.max(past(s.offensive, th.offensive), past(s.insult, th.insult));
  const hateness = past(s.hate, th.hate);
  const spamminess = past(s.spam, th.spam);

  let matches = findCues(text).concat(shouting(text));
  // a phone-like number inside an order reference is the reference
  const orders = matches.filter((m) => m.kind === 'order');
  matches = matches.filter((m) => m.kind !== 'phone' || !orders.some((o) => m.start < o.end && o.start < m.end));
  // matches per kind, counted once: the rules below ask about kinds some forty times
  const kinds = new Map<CueKind, number>();
  for (const m of matches) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  const has = (k: CueKind) => kinds.has(k);
  const countOf = (k: CueKind) => kinds.get(k) ?? 0;

  const ev: Record<TrollTypeId, number[]> = {
    flamer: [],
    hate: [],
    harasser: [],
    spammer: [],
    conspiracist: [],
    derailer: [],
    lecturer: [],
    sealion: [],
    astroturfer: [],
    unhappy_customer: [],
  };
  const extra: Match[] = [];
  for (const m of matches) {
    const e = KIND_EVIDENCE[m.kind];
    if (e) ev[e.type].push(e.w);
  }

  // abuse model → flamer / hate
  const counter = has('counter_speech');
  const damp = counter ? 0.35 : 1;
  const abusive = offensiveness >= 0.3;
  if (abusive) {
    ev.flamer.push(offensiveness * 0.75 * damp);
    if (has('insult_you') || has('shouting') || has('mocking')) ev.flamer.push(0.25 * damp);
    for (const c of s.cues) {
      const w = fold(text.slice(c.start, c.end)).text;
      if (c.weight >= 0.5 && w.length >= 3 && !STOP.has(w))
        extra.push({ start: c.start, end: c.end, kind: 'abuse', label: CONTEXT_LABELS.abuse! });
    }
  } else {
    // "t'es un…" with no abusive word is not a flame
    ev.flamer = ev.flamer.map((w) => w * 0.4);
  }
  const identity = hasIdentityTerm(folded.text);
  if (hateness >= 0.3) ev.hate.push(hateness * 0.8 * damp);
  if (!identity && !has('violence')) ev.hate = ev.hate.map((w) => w * 0.5);
  if (identity && has('dehumanising')) ev.hate.push(0.3 * damp);
  if (counter) ev.hate = ev.hate.map((w) => w * 0.35);
  if (spamminess >= 0.3) ev.spammer.push(spamminess * 0.5);
  if (has('link') && (has('promo') || has('money'))) ev.spammer.push(0.4);
  if (has('phone') && (has('promo') || has('money'))) ev.spammer.push(0.4);
  if (countOf('demand') >= 2) ev.sealion.push(0.3);
  if (has('shouting') && !abusive) ev.flamer = ev.flamer.map((w) => w * 0.6);
  if (has('politics') && countOf('politics') >= 2) ev.derailer.push(0.2);

  // --- context ---
  const mine = contentWords(text, folded.text);
  const whole = { start: 0, end: text.length };
  if (post !== undefined && post.trim()) {
    const pw = contentWords(post);
    let inter = 0;
    for (const w of mine) if (pw.has(w)) inter++;
    if (mine.size >= 2 && pw.size >= 3 && inter === 0) {
      ev.derailer.push(has('digression') || has('politics') ? 0.45 : 0.3);
      extra.push({ ...whole, kind: 'off_topic', label: CONTEXT_LABELS.off_topic! });
    } else if (inter > 0) {
      ev.derailer = ev.derailer.map((w) => w * 0.5);
    }
  }
  const myHandles = handles(text);
  const earlier: ThreadComment[] = [];
  const others: ThreadComment[] = [];
  for (const c of thread) (me && normAuthor(c.author) === me ? earlier : others).push(c);
  // repeats on the page
  if (mine.size >= 4) {
    const sameBySelf = earlier.filter((c) => similar(mine, contentWords(c.text), 0.7)).length;
    const sameByOthers = new Set(
      others.filter((c) => similar(mine, contentWords(c.text), 0.6)).map((c) => normAuthor(c.author)),
    ).size;
    if (sameBySelf > 0 || sameByOthers > 0) extra.push({ ...whole, kind: 'repeat', label: CONTEXT_LABELS.repeat! });
    if (sameBySelf > 0) {
      if (ev.sealion.length) ev.sealion.push(0.35);
      else ev.spammer.push(0.35);
    }
    if (sameByOthers > 0) {
      if (has('link') || has('phone') || has('promo') || has('money')) ev.spammer.push(0.35);
      else ev.astroturfer.push(Math.min(0.75, 0.45 + 0.15 * sameByOthers));
    }
  }
  // who is @-targeted, by me before and by others
  for (const h of myHandles) {
    const byMe = earlier.filter((c) => handles(c.text).has(h)).length;
    const byOthers = new Set(others.filter((c) => handles(c.text).has(h)).map((c) => normAuthor(c.author))).size;
    if (byMe >= 1 || byOthers >= 2) {
      ev.harasser.push(Math.min(0.5, 0.2 * byMe + 0.1 * byOthers) + (abusive ? 0.3 : 0));
      for (const m of text.matchAll(/@[\p{L}\p{N}_.]{2,}/gu)) {
        if (m[0].slice(1).toLowerCase() === h)
          extra.push({ start: m.index!, end: m.index! + m[0].length, kind: 'mention', label: CONTEXT_LABELS.mention! });
      }
    }
  }
  if (myHandles.size && has('threat')) ev.harasser.push(0.2);
  // what the same author wrote earlier
  if (earlier.length) {
    const past = earlier.map((c) => threadCues(c.text));
    const pastHas = (k: CueKind) => past.some((ms) => ms.some((m) => m.kind === k));
    let used = false;
    if (ev.sealion.length && (pastHas('demand') || earlier.some((c) => /\?/.test(c.text)))) {
      ev.sealion.push(0.35);
      used = true;
    }
    if (ev.spammer.length && (pastHas('link') || pastHas('promo') || pastHas('phone'))) {
      ev.spammer.push(0.25);
      used = true;
    }
    if (ev.derailer.length && pastHas('digression')) {
      ev.derailer.push(0.2);
      used = true;
    }
    if (ev.flamer.length && abusive && earlier.some((c) => insultOf(model)(c.text) >= th.insult)) {
      ev.flamer.push(0.2);
      used = true;
    }
    if (used) extra.push({ ...whole, kind: 'history', label: CONTEXT_LABELS.history! });
  }

  // --- unhappy customer: its own outcome ---
  const firstPerson = has('first_person');
  const afterSales = countOf('after_sales');
  const experience = has('experience');
  // first-hand experience is usually in the first person, but not always: "Trois semaines sans
  // internet, votre box clignote…" or "Casque acheté chez vous il y a 2 mois, il grésille".
  const customer =
    (firstPerson &&
      ((has('order') && (afterSales >= 1 || experience)) || afterSales >= 2 || (afterSales >= 1 && experience))) ||
    (experience && afterSales >= 1) ||
    (has('order') && afterSales >= 2);
  const scam = (has('link') || has('phone')) && (has('promo') || has('money'));

  const scores = {} as Record<TrollTypeId, number>;
  for (const id of Object.keys(ev) as TrollTypeId[]) scores[id] = noisyOr(ev[id]);
  // the two highest troll types, ties to the first in order (what a stable sort by score gives)
  let best: TrollTypeId | undefined;
  let second: TrollTypeId | undefined;
  for (const id of Object.keys(scores) as TrollTypeId[]) {
    if (id === 'unhappy_customer') continue;
    if (best === undefined || scores[id] > scores[best]) ((second = best), (best = id));
    else if (second === undefined || scores[id] > scores[second]) second = id;
  }
  if (best === undefined || second === undefined) throw new Error('troll types missing');
  let troll = scores[best];
  let type: TrollTypeId | null = null;
  let confidence: number;

  const visible = (kinds: (k: CueKind) => boolean) =>
    matches.filter((m) => kinds(m.kind)).concat(extra.filter((m) => kinds(m.kind)));
  let cueList: Match[];

  // a complaint that carries a threat, praises a competitor or dehumanises a group is that first
  const worse =
    has('violence') || has('threat') || has('competitor') || (identity && (has('dehumanising') || hateness >= 0.3));
  if (customer && !scam && !worse) {
    type = 'unhappy_customer';
    troll = Math.min(0.2, troll * 0.2);
    confidence = Math.min(0.95, 0.55 + 0.1 * afterSales + (has('order') ? 0.15 : 0));
    cueList = visible(
      (k) => k === 'order' || k === 'after_sales' || k === 'experience' || k === 'abuse' || k === 'shouting',
    );
  } else {
    if (troll >= threshold) {
      type = best;
      const margin = troll === 0 ? 0 : (troll - scores[second]) / troll;
      confidence = troll * (0.6 + 0.4 * margin);
    } else {
      confidence = 1 - troll;
    }
    cueList = visible((k) => {
      if (k === 'first_person' || k === 'after_sales' || k === 'order' || k === 'experience') return false;
      if (k === 'off_topic') return scores.derailer >= threshold * 0.6;
      if (
        k === 'abuse' ||
        k === 'shouting' ||
        k === 'counter_speech' ||
        k === 'repeat' ||
        k === 'history' ||
        k === 'mention'
      )
        return true;
      const e = KIND_EVIDENCE[k];
      return !!e && scores[e.type] >= threshold * 0.6;
    });
  }

  const seen = new Set<string>();
  const cues: VerdictCue[] = [];
  for (const m of cueList.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${m.start}:${m.end}:${m.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cues.push({ start: m.start, end: m.end, kind: m.kind, label: m.label[lang] });
  }
  return {
    abuse: round(abuse),
    troll: round(troll),
    type,
    confidence: round(Math.max(0, Math.min(1, confidence))),
    cues,
    action: type ? trollType(type).action : NO_ACTION,
  };
}
