// What a comment wants from the brand, French and English: `urgent` (safety, outage of a whole
// service, legal threat, scandal, boycott, recall, data leak), `complaint`, `question`,
// `purchase_intent`, `praise` or `other`. Rules, no model: small curated cue lexicons (weights
// 1 to 3) matched in one pass, negation-aware ("not bad" and "jamais eu de problème" praise,
// "pas satisfait" complains, "nobody was hurt" is not an injury), the sentiment lexicon as
// extra evidence for complaint and praise, and question detection (a "?", French interrogatives,
// "est-ce que", inversion "peut-on", English wh- words and, for auxiliaries, compromise).
import nlp from 'compromise/three';
import { negated, originalSpan, PhraseLexicon, read, type Lang, type Reading } from './lexicon';
import { NEGATION, sentimentOf, type SentimentDetail } from './sentiment';
import { contempt, EXTRA_EN, EXTRA_FR, inLink, linkSpans, pitch, wished } from './intent-extra';
import { BOTH, EN, FR, SCOPE_EN, SCOPE_FR, type Cue, type CueIntent } from './intent-cues';

export const INTENTS = ['urgent', 'complaint', 'question', 'purchase_intent', 'praise', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentCue {
  /** Span in the original text (UTF-16, end exclusive). */
  start: number;
  end: number;
  intent: Intent;
}

export interface IntentResult {
  intent: Intent;
  /** Evidence for each intent (sum of cue weights, 0 when none); `other` is the fallback. */
  scores: Record<Intent, number>;
  cues: IntentCue[];
  lang: Lang;
  /** Complaint and urgent evidence from the cue lexicons alone: what happened, not how it is said. */
  events: number;
}

function compile(cues: Cue[], scope: string[]): PhraseLexicon<{ intent: CueIntent; weight: number }> {
  const lex = new PhraseLexicon<{ intent: CueIntent; weight: number }>([]);
  for (const [phrase, intent, weight] of [...cues, ...BOTH]) {
    for (const p of expandOptional(phrase)) lex.add(p, { intent, weight });
  }
  for (const s of scope) lex.add(s, { intent: 'urgent', weight: 1.5 });
  return lex;
}

/** "(an|a|any)? answer" → both with and without the optional slot; "\\d+" → any number. */
function expandOptional(phrase: string): string[] {
  const m = phrase.match(/\(([^)]*)\)\?\s*/);
  if (!m) return [phrase.replace(/\\d\+/g, '(1|2|3|4|5|6|7|8|9|10|15|20|30)')];
  return [...expandOptional(phrase.replace(m[0], `(${m[1]}) `)), ...expandOptional(phrase.replace(m[0], ''))];
}

const LEXICONS: Record<Lang, PhraseLexicon<{ intent: CueIntent; weight: number }>> = {
  en: compile([...EN, ...EXTRA_EN], SCOPE_EN),
  fr: compile([...FR, ...EXTRA_FR], SCOPE_FR),
};

const WH_EN = new Set(['what', 'how', 'where', 'when', 'which', 'who', 'why', 'whose', 'whats', 'wheres', 'hows']);
const AUX_EN = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'will',
  'would',
  'should',
  'has',
  'have',
  'may',
  'shall',
  'am',
]);
const DET_EN = new Set([
  'there',
  'the',
  'this',
  'it',
  'my',
  'your',
  'a',
  'an',
  'that',
  'these',
  'those',
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'anyone',
  'anybody',
  'someone',
]);
const WH_FR = new Set([
  'comment',
  'pourquoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'combien',
  'quand',
  'qui',
  'lequel',
  'laquelle',
]);
const SUBJ_FR = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles']);

/** Question evidence per sentence: a "?" says it, or the way the sentence (or a clause) opens. */
function questionCues(r: Reading): Array<{ from: number; to: number; weight: number }> {
  const out: Array<{ from: number; to: number; weight: number }> = [];
  const n = r.tokens.length;
  for (let from = 0; from < n;) {
    let to = from + 1;
    while (to < n && r.sentence[to] === r.sentence[from]) to++;
    const after = to < n ? r.tokens[to]!.gap : r.folded.text.slice(r.tokens[n - 1]!.end);
    if (after.includes('?')) out.push({ from, to, weight: 2 });
    else {
      // Openings: the sentence start (after an @handle or a greeting) and each clause start.
      const starts: number[] = [];
      let first = from;
      while (first < to - 1 && (r.words[first] === '' || GREETINGS.has(r.words[first]!))) first++;
      starts.push(first);
      for (let k = first + 1; k < to; k++) if (r.clause[k] !== r.clause[k - 1]) starts.push(k);
      for (const k of starts) {
        const hit = opening(r, k, to, k === first);
        if (hit) {
          out.push(hit);
          break;
        }
      }
    }
    if (r.lang === 'fr') {
      // French inversion: "peut-on", "fonctionne-t-elle", "savez-vous".
      for (let k = from + 1; k < to; k++) {
        if (SUBJ_FR.has(r.words[k]!) && r.tokens[k]!.gap === '-' && r.words[k - 1] !== '') {
          out.push({ from: k - 1, to: k + 1, weight: 1.5 });
          break;
        }
      }
    }
    from = to;
  }
  return out;
}

const GREETINGS = new Set(['hey', 'hi', 'hello', 'salut', 'bonjour', 'coucou', 'quick', 'petite']);

function opening(
  r: Reading,
  k: number,
  to: number,
  sentenceStart: boolean,
): { from: number; to: number; weight: number } | null {
  const w0 = r.words[k]!;
  const w1 = r.words[k + 1] ?? '';
  if (k + 1 >= to) return null;
  if (r.lang === 'en') {
    if (WH_EN.has(w0) && !(w0 === 'what' && (w1 === 'a' || w1 === 'an'))) return { from: k, to: k + 1, weight: 1.5 };
    if (AUX_EN.has(w0) && w1 !== 't') {
      // An auxiliary then a subject asks ("Can I…", "Is there…", "Does it…"), except "Do it/this/that".
      if (DET_EN.has(w1))
        return w0 === 'do' && ['it', 'this', 'that'].includes(w1) ? null : { from: k, to: k + 2, weight: 1.5 };
      // Otherwise ("Will buy a second one…") compromise parses the sentence: slower, so only here.
      if (englishQuestion(r, k, to)) return { from: k, to: k + 1, weight: 1.5 };
    }
    return null;
  }
  const { start, end } = originalSpan(r, k, k + 1);
  const original = r.text.slice(start, end).toLowerCase();
  // "Quelle énergie !" exclaims: without a "?", quel* asks only before a verb.
  if (w0.startsWith('quel') && !['est', 'sont', 'etait', 'serait', 'sera', 'type', 'genre'].includes(w1)) return null;
  if (WH_FR.has(w0) && (sentenceStart || !['quand', 'qui'].includes(w0))) return { from: k, to: k + 1, weight: 1.5 };
  if (original === 'où') return { from: k, to: k + 1, weight: 1.5 };
  return null;
}

/** compromise reads English sentences that open on an auxiliary ("Do you know if…", "Will buy…"). */
function englishQuestion(r: Reading, from: number, to: number): boolean {
  const start = originalSpan(r, from, from + 1).start;
  const end = originalSpan(r, to - 1, to).end;
  return nlp(r.text.slice(start, end)).questions().length > 0;
}

export function classifyIntent(text: string, opts: { lang?: Lang } = {}): IntentResult {
  const r = read(text, opts.lang);
  return intentOf(r, sentimentOf(r));
}

/** The cue lexicon's hits, read in context: words inside a link and wished disasters left out, negation applied. */
function cueHits(r: Reading, links: Array<[number, number]>) {
  const out: Array<{ intent: CueIntent; weight: number; span: { start: number; end: number } }> = [];
  for (const h of LEXICONS[r.lang].find(r)) {
    let { intent, weight } = h.value;
    const span = originalSpan(r, h.from, h.to);
    if (links.length > 0 && inLink(links, span)) continue;
    if (intent === 'urgent' && weight > 0 && wished(r, h.from)) continue;
    if (!h.selfNegated && negated(r, h.from)) {
      // "not happy" complains, "never had a problem" praises; a negated fire is no fire.
      if (intent === 'praise') intent = 'complaint';
      else if (intent === 'complaint') intent = 'praise';
      else continue;
      weight *= 0.8;
    }
    out.push({ intent, weight, span });
  }
  return out;
}

/** Complaint and urgent evidence of the cue lexicons alone (IntentResult.events), without the rest. */
export function eventsOf(r: Reading): number {
  let events = 0;
  for (const h of cueHits(r, linkSpans(r.text)))
    if (h.intent === 'complaint' || h.intent === 'urgent') events += h.weight;
  return Math.round(events * 100) / 100;
}

export function intentOf(r: Reading, senti: SentimentDetail): IntentResult {
  const scores: Record<Intent, number> = {
    urgent: 0,
    complaint: 0,
    question: 0,
    purchase_intent: 0,
    praise: 0,
    other: 0,
  };
  const cues: IntentCue[] = [];
  const add = (intent: Intent, w: number, span: { start: number; end: number }) => {
    scores[intent] += w;
    if (w > 0) cues.push({ ...span, intent });
  };
  const links = linkSpans(r.text);
  let events = 0;
  for (const h of cueHits(r, links)) {
    if (h.intent === 'complaint' || h.intent === 'urgent') events += h.weight;
    add(h.intent, h.weight, h.span);
  }
  for (const q of questionCues(r)) add('question', q.weight, originalSpan(r, q.from, q.to));
  // The sentiment lexicon's words are evidence too: "terrible" complains, "gorgeous" praises.
  // A negated word keeps its full weight here: "pas satisfait" is a plain complaint.
  for (const h of senti.hits) {
    if (links.length > 0 && inLink(links, h)) continue;
    const v = h.negated ? h.value / -NEGATION : h.value;
    if (v <= -1) add('complaint', -v * 0.8, h);
    else if (v >= 1) add('praise', v * 0.8, h);
  }
  if (scores.purchase_intent > 0 && contempt(r)) {
    // whoever scorns the brand's buyers is not about to buy: "only clowns still buy from…"
    scores.purchase_intent = 0;
    for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.intent === 'purchase_intent') cues.splice(i, 1);
  }
  for (const k of INTENTS) scores[k] = Math.round(scores[k] * 100) / 100;
  cues.sort((a, z) => a.start - z.start || a.end - z.end);
  // a spammer's or a rival's pitch asks nothing and buys nothing (a customer's complaint may mention DMs)
  const pitched = pitch(r);
  const intent = pitched >= 3 || (pitched >= 2 && events < 2) ? 'other' : decide(scores);
  return { intent, scores, cues, lang: r.lang, events: Math.round(events * 100) / 100 };
}

function decide(s: Record<Intent, number>): Intent {
  if (s.urgent >= 3) return 'urgent';
  if (s.purchase_intent >= 2.5 && s.purchase_intent >= s.complaint) return 'purchase_intent';
  if (s.complaint >= 2 && s.complaint > s.praise) return 'complaint';
  if (s.question >= 1.5) return 'question';
  if (s.purchase_intent >= 2 && s.purchase_intent >= s.complaint) return 'purchase_intent';
  if (s.praise >= 1.5 && s.praise > s.complaint) return 'praise';
  if (s.complaint >= 1.5) return 'complaint';
  return 'other';
}
