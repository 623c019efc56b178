// The typology on top of the abuse model: one verdict per comment — abuse (0-1), troll (0-1), a type
// of ../shared/typology.md or null, a confidence, the cues that fired (character spans in the
// ORIGINAL text) and the recommended action. Rules (cues.ts) plus context features: overlap with the
// post, repeats on the page and by the same author, who is @-targeted, what the same author wrote
// earlier in the thread. `unhappy_customer` is its own outcome and is never scored as a troll
// (troll ≤ 0.2 however rude). Deterministic and pure: no DOM, no network, no clock.
import { scoreAbuse, type AbuseModel, type AbuseScore } from './abuse';
import { KIND_EVIDENCE, findCues, type CueKind, type Match } from './cues';
import { guessLang } from './lang-guess';
import { fold, type FoldedText } from '../../text/fold';
import { trollType, type Bilingual, type TrollTypeId } from './typology';
import { contextEvidence } from './verdict-context';
import { toldComplaint, unhappyCustomer } from './verdict-customer';
import { CONTEXT_LABELS, STOP, hasIdentityTerm, normAuthor, shouting } from './verdict-text';
import { W } from './verdict-weights';

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
/** What the stages of one verdict share: the comment, the model's heads, the cues found and the
 * evidence gathered so far per troll type (weights in 0-1, combined by noisy-or). */
export interface Scene {
  text: string;
  folded: FoldedText;
  s: AbuseScore;
  offensiveness: number;
  hateness: number;
  spamminess: number;
  matches: Match[];
  /** matches per kind, counted once: the rules ask about kinds some forty times */
  kinds: Map<CueKind, number>;
  ev: Record<TrollTypeId, number[]>;
  /** cues the context adds (abusive words, repeats, mentions…) beside the rules' matches */
  extra: Match[];
  abusive: boolean;
  identity: boolean;
}

const noisyOr = (ws: number[]) => 1 - ws.reduce((p, w) => p * (1 - Math.max(0, Math.min(1, w))), 1);
const round = (x: number) => Math.round(x * 1000) / 1000;
// how far past its threshold each head is, 0 below, 1 at certainty
const past = (p: number, t: number) => (p < t ? (p / t) * 0.3 : 0.3 + (0.7 * (p - t)) / (1 - t));

// --- the verdict -------------------------------------------------------------------------------------

export function classifyComment(input: ClassifyInput, model: AbuseModel, opts: ClassifyOptions = {}): Verdict {
  const text = input.text;
  const threshold = opts.threshold ?? 0.5;
  // folded once for the language, the model, the identity terms and the overlap with the post
  const folded = fold(text);
  const lang: 'fr' | 'en' = input.lang === 'fr' || input.lang === 'en' ? input.lang : guessLang(text, folded.text);
  const sc = readScene(text, folded, model);
  modelEvidence(sc);
  contextEvidence(sc, normAuthor(input.author), input.context?.thread ?? [], input.context?.post, model);
  const { type, troll, confidence, cueList } = decide(sc, threshold, lang);
  return {
    abuse: round(Math.max(sc.s.offensive, sc.s.insult, sc.s.hate)),
    troll: round(troll),
    type,
    confidence: round(Math.max(0, Math.min(1, confidence))),
    cues: verdictCues(cueList, lang),
    action: type ? trollType(type).action : NO_ACTION,
  };
}

/** The model's heads, the rules' cues (with shouting) and each cue's own evidence. */
function readScene(text: string, folded: FoldedText, model: AbuseModel): Scene {
  const s = scoreAbuse(text, model, folded);
  const th = model.thresholds;
  const offensiveness = Math.max(past(s.offensive, th.offensive), past(s.insult, th.insult));
  let matches = findCues(text).concat(shouting(text));
  // a phone-like number inside an order reference is the reference
  const orders = matches.filter((m) => m.kind === 'order');
  matches = matches.filter((m) => m.kind !== 'phone' || !orders.some((o) => m.start < o.end && o.start < m.end));
  const kinds = new Map<CueKind, number>();
  for (const m of matches) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
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
  for (const m of matches) {
    const e = KIND_EVIDENCE[m.kind];
    if (e) ev[e.type].push(e.w);
  }
  return {
    text,
    folded,
    s,
    offensiveness,
    hateness: past(s.hate, th.hate),
    spamminess: past(s.spam, th.spam),
    matches,
    kinds,
    ev,
    extra: [],
    abusive: offensiveness >= 0.3,
    identity: hasIdentityTerm(folded.text),
  };
}

/** The abuse model's evidence → flamer, hate and spammer, weighed against the cues found. */
function modelEvidence(sc: Scene): void {
  const { ev, text, abusive, identity, hateness, spamminess } = sc;
  const has = (k: CueKind) => sc.kinds.has(k);
  const counter = has('counter_speech');
  const damp = counter ? W.model.counterSpeech : 1;
  if (abusive) {
    ev.flamer.push(sc.offensiveness * W.model.flamer * damp);
    if (has('insult_you') || has('shouting') || has('mocking')) ev.flamer.push(W.model.flamerCue * damp);
    for (const c of sc.s.cues) {
      const w = fold(text.slice(c.start, c.end)).text;
      if (c.weight >= 0.5 && w.length >= 3 && !STOP.has(w))
        sc.extra.push({ start: c.start, end: c.end, kind: 'abuse', label: CONTEXT_LABELS.abuse! });
    }
  } else {
    // "t'es un…" with no abusive word is not a flame
    ev.flamer = ev.flamer.map((w) => w * W.model.flamerWithoutAbuse);
  }
  if (hateness >= 0.3) ev.hate.push(hateness * W.model.hate * damp);
  if (!identity && !has('violence')) ev.hate = ev.hate.map((w) => w * W.model.hateWithoutTarget);
  if (identity && has('dehumanising')) ev.hate.push(W.model.dehumanisingGroup * damp);
  if (counter) ev.hate = ev.hate.map((w) => w * W.model.counterSpeech);
  if (spamminess >= 0.3) ev.spammer.push(spamminess * W.model.spam);
  if (has('link') && (has('promo') || has('money'))) ev.spammer.push(W.model.linkOrPhoneWithPromo);
  if (has('phone') && (has('promo') || has('money'))) ev.spammer.push(W.model.linkOrPhoneWithPromo);
  if ((sc.kinds.get('demand') ?? 0) >= 2) ev.sealion.push(W.model.twoDemands);
  if (has('shouting') && !abusive) ev.flamer = ev.flamer.map((w) => w * W.model.flamerShoutingOnly);
  if (has('politics') && (sc.kinds.get('politics') ?? 0) >= 2) ev.derailer.push(W.model.politics);
}

/** A first-hand complaint about an order or after-sales: its own outcome, never a troll. */
function isCustomer(sc: Scene): boolean {
  const has = (k: CueKind) => sc.kinds.has(k);
  const firstPerson = has('first_person');
  const afterSales = sc.kinds.get('after_sales') ?? 0;
  const experience = has('experience');
  // first-hand experience is usually in the first person, but not always: "Trois semaines sans
  // internet, votre box clignote…" or "Casque acheté chez vous il y a 2 mois, il grésille".
  return (
    (firstPerson &&
      ((has('order') && (afterSales >= 1 || experience)) || afterSales >= 2 || (afterSales >= 1 && experience))) ||
    (experience && afterSales >= 1) ||
    (has('order') && afterSales >= 2)
  );
}

/** Each type's score, and the two highest troll types (ties to the first in order, as a stable sort). */
function rankTypes(ev: Record<TrollTypeId, number[]>) {
  const scores = {} as Record<TrollTypeId, number>;
  for (const id of Object.keys(ev) as TrollTypeId[]) scores[id] = noisyOr(ev[id]);
  let best: TrollTypeId | undefined;
  let second: TrollTypeId | undefined;
  for (const id of Object.keys(scores) as TrollTypeId[]) {
    if (id === 'unhappy_customer') continue;
    if (best === undefined || scores[id] > scores[best]) {
      second = best;
      best = id;
    } else if (second === undefined || scores[id] > scores[second]) second = id;
  }
  if (best === undefined || second === undefined) throw new Error('troll types missing');
  return { scores, best, second };
}

interface Decision {
  type: TrollTypeId | null;
  troll: number;
  confidence: number;
  cueList: Match[];
}

/** The outcome: an unhappy customer, a troll type past the threshold, or nothing; and the cues to show. */
function decide(sc: Scene, threshold: number, lang: 'fr' | 'en'): Decision {
  const has = (k: CueKind) => sc.kinds.has(k);
  const { scores, best, second } = rankTypes(sc.ev);
  const visible = (keep: (k: CueKind) => boolean) =>
    sc.matches.filter((m) => keep(m.kind)).concat(sc.extra.filter((m) => keep(m.kind)));
  const scam = (has('link') || has('phone')) && (has('promo') || has('money'));
  // a complaint that carries a threat, praises a competitor or dehumanises a group is that first
  const worse =
    has('violence') ||
    has('threat') ||
    has('competitor') ||
    (sc.identity && (has('dehumanising') || sc.hateness >= 0.3));
  // the typology's cues found an order or the after-sales service: a customer if it tells a bad
  // experience; else a rude comment in the first person, whose only troll side is its rudeness (a
  // flamer), is a customer when it tells what happened to its writer
  const rudeOnly = sc.abusive && (best === 'flamer' || scores[best] < threshold);
  const customer =
    !scam &&
    !worse &&
    (isCustomer(sc) ? unhappyCustomer(sc.text, lang) : has('first_person') && rudeOnly && toldComplaint(sc.text, lang));
  if (customer) {
    const afterSales = sc.kinds.get('after_sales') ?? 0;
    return {
      type: 'unhappy_customer',
      troll: Math.min(0.2, scores[best] * 0.2),
      confidence: Math.min(0.95, 0.55 + 0.1 * afterSales + (has('order') ? 0.15 : 0)),
      cueList: visible(
        (k) => k === 'order' || k === 'after_sales' || k === 'experience' || k === 'abuse' || k === 'shouting',
      ),
    };
  }
  const troll = scores[best];
  const margin = troll === 0 ? 0 : (troll - scores[second]) / troll;
  const typed = troll >= threshold;
  const cueList = visible((k) => {
    if (k === 'first_person' || k === 'after_sales' || k === 'order' || k === 'experience') return false;
    if (k === 'off_topic') return scores.derailer >= threshold * 0.6;
    if (ALWAYS_SHOWN.has(k)) return true;
    const e = KIND_EVIDENCE[k];
    return !!e && scores[e.type] >= threshold * 0.6;
  });
  return {
    type: typed ? best : null,
    troll,
    confidence: typed ? troll * (0.6 + 0.4 * margin) : 1 - troll,
    cueList,
  };
}
const ALWAYS_SHOWN = new Set<CueKind>(['abuse', 'shouting', 'counter_speech', 'repeat', 'history', 'mention']);

/** The cues in reading order, each span and kind once, labelled in the comment's language. */
function verdictCues(cueList: Match[], lang: 'fr' | 'en'): VerdictCue[] {
  const seen = new Set<string>();
  const cues: VerdictCue[] = [];
  for (const m of cueList.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const key = `${m.start}:${m.end}:${m.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cues.push({ start: m.start, end: m.end, kind: m.kind, label: m.label[lang] });
  }
  return cues;
}
