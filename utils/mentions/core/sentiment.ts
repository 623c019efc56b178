// Sentiment of a comment, from -1 (hostile) to 1 (delighted), French and English. A small curated
// lexicon written for Tact (valences from -3 to 3), read with negation ("pas mal", "not bad",
// "never had a problem"), intensifiers ("tellement", "so", "vraiment"), softeners ("un peu",
// "a bit"), "but/mais" (what follows counts more), shouting, exclamation marks and emoji.
import { negated, originalSpan, PhraseLexicon, read, type Lang, type Reading } from './lexicon';

const EN: Array<[string, number]> = [
  // positive
  ['good', 2],
  ['great', 3],
  ['excellent', 3],
  ['amazing', 3],
  ['awesome', 3],
  ['brilliant', 3],
  ['perfect', 3],
  ['love', 3],
  ['loved', 3],
  ['loving', 3],
  ['lovely', 2],
  ['best', 3],
  ['better', 1],
  ['nice', 2],
  ['happy', 2],
  ['glad', 2],
  ['impressed', 2],
  ['impressive', 2],
  ['gorgeous', 3],
  ['beautiful', 3],
  ['fantastic', 3],
  ['wonderful', 3],
  ['friendly', 2],
  ['helpful', 2],
  ['smooth', 1],
  ['solid', 1],
  ['cosy', 1],
  ['cozy', 1],
  ['fun', 2],
  ['enjoy*', 2],
  ['(recommend|recommended|recommends|recommending)', 2],
  ['thank*', 2],
  ['thx', 1],
  ['kudos', 2],
  ['shoutout', 2],
  ['wow', 2],
  ['fast', 1],
  ['quick', 1],
  ['reliable', 2],
  ['satisfied', 2],
  ['pleased', 2],
  ['delighted', 3],
  ['obsessed', 2],
  ['rocks', 2],
  ['superb', 3],
  ['flawless', 3],
  ['game changer', 2],
  ['works great', 3],
  ['crispy', 1],
  ['fair', 1],
  ['sturdy', 1],
  ['quiet', 1],
  ['5 stars', 3],
  ['10 10', 3],
  ['no problem', 1],
  ['well done', 2],
  ['top notch', 3],
  ['favourite', 2],
  ['favorite', 2],
  ['yay', 2],
  ['super', 2],
  // negative
  ['bad', -2],
  ['terrible', -3],
  ['awful', -3],
  ['horrible', -3],
  ['worst', -3],
  ['worse', -2],
  ['useless', -3],
  ['garbage', -3],
  ['junk', -3],
  ['rubbish', -3],
  ['trash', -3],
  ['crap', -3],
  ['pathetic', -3],
  ['joke', -2],
  ['disappoint*', -2],
  ['annoying', -2],
  ['annoyed', -2],
  ['frustrat*', -2],
  ['unacceptable', -3],
  ['rude', -2],
  ['poor', -2],
  ['slow', -1],
  ['broken', -2],
  ['broke', -1],
  ['furious', -3],
  ['angry', -3],
  ['hate', -3],
  ['sucks', -3],
  ['scam', -3],
  ['ripoff', -3],
  ['rip off', -3],
  ['ridiculous', -2],
  ['dangerous', -3],
  ['soggy', -1],
  ['overpriced', -2],
  ['fail*', -2],
  ['problem*', -1],
  ['issue*', -1],
  ['hassle', -1],
  ['nightmare', -3],
  ['fed up', -2],
  ['sick of', -2],
  ['ruined', -2],
  ['damaged', -2],
  ['faulty', -2],
  ['defect*', -2],
  ['unhappy', -2],
  ['upset', -2],
  ['exhausted', -1],
  ['late', -1],
  ['wtf', -2],
  ['let me down', -2],
  ['lets me down', -2],
  ['cheap', -1],
  ['complain*', -1],
  ['hidden fees', -2],
  ['fire hazard', -3],
  ['caught fire', -3],
  ['explod*', -3],
  ['smok*', -1],
  ['hurt', -2],
  ['danger', -2],
  ['injur*', -2],
  ['burn*', -2],
  ['scandal*', -3],
  ['lawsuit', -2],
  ['outage', -2],
  ['shameful', -3],
  ['disgraceful', -3],
  ['thanks for nothing', -3],
  ['thank you for nothing', -3],
  // greetings, not praise
  ['happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holidays|new year|birthday|easter)', 0],
];

const FR: Array<[string, number]> = [
  // positif
  ['bien', 1],
  ['bon', 1],
  ['bonne', 1],
  ['super', 2],
  ['top', 2],
  ['genial', 3],
  ['geniale', 3],
  ['excellent*', 3],
  ['parfait*', 3],
  ['adore', 3],
  ['j adore', 3],
  ['aime', 2],
  ['meilleur*', 3],
  ['magnifique*', 3],
  ['beau', 2],
  ['belle', 2],
  ['bravo', 3],
  ['merci*', 2],
  ['recommand*', 2],
  ['content', 2],
  ['contente', 2],
  ['ravi', 3],
  ['ravie', 3],
  ['satisfait', 2],
  ['satisfaite', 2],
  ['rapide', 1],
  ['fluide', 1],
  ['adorable', 2],
  ['serviable', 2],
  ['bluffant', 3],
  ['chaleureux', 2],
  ['croustillant*', 1],
  ['costaud', 1],
  ['silencieux', 1],
  ['fun', 2],
  ['chapeau', 2],
  ['nickel', 3],
  ['impeccable', 3],
  ['efficace', 2],
  ['agreable', 2],
  ['sympa', 2],
  ['genialissime', 3],
  ['waouh', 2],
  ['wow', 2],
  ['fan', 1],
  ['assure', 1],
  ['au top', 3],
  ['rien a redire', 3],
  ['gain de temps', 2],
  ['fiable', 2],
  ['honnete*', 1],
  ['heureux', 2],
  ['heureuse', 2],
  ['delicieu*', 3],
  ['trop bien', 3],
  ['pas mal', 2],
  // négatif
  ['nul', -3],
  ['nulle', -3],
  ['mauvais', -2],
  ['mauvaise', -2],
  ['horrible', -3],
  ['catastroph*', -3],
  ['pire', -3],
  ['decu', -2],
  ['decue', -2],
  ['decevant*', -2],
  ['agacant*', -2],
  ['penible', -2],
  ['insupportable', -3],
  ['inadmissible', -3],
  ['honteu*', -3],
  ['lamentable', -3],
  ['ridicule', -2],
  ['deplorable', -3],
  ['desagreable', -2],
  ['arnaque*', -3],
  ['escroc*', -3],
  ['camelote', -3],
  ['lent', -1],
  ['lente', -1],
  ['marre', -2],
  ['ras le bol', -3],
  ['dangereu*', -3],
  ['probleme*', -1],
  ['souci*', -1],
  ['panne', -1],
  ['casse', -2],
  ['cassee', -2],
  ['abime*', -2],
  ['scandale*', -3],
  ['n importe quoi', -2],
  ['galere', -2],
  ['furieu*', -3],
  ['enerve*', -2],
  ['colere', -3],
  ['deteste', -3],
  ['hais', -3],
  ['inutile', -2],
  ['bidon', -2],
  ['foutage de gueule', -3],
  ['mal', -1],
  ['cher', -1],
  ['trop cher', -2],
  ['retard', -1],
  ['injoignable', -2],
  ['brule*', -2],
  ['bless*', -2],
  ['plainte', -2],
  ['incendie', -2],
  ['pris feu', -3],
  ['prend feu', -3],
  ['explos*', -3],
  ['fume', -1],
  ['fumee', -1],
  ['danger', -2],
  ['pas serieux', -2],
  ['pas top', -2],
  ['lache', -1],
  ['frais cache*', -2],
  ['merci pour rien', -3],
  ['merci du cadeau', -2],
];

const INTENSIFIERS = new Set([
  'very',
  'really',
  'so',
  'soo',
  'extremely',
  'totally',
  'absolutely',
  'too',
  'super',
  'incredibly',
  'truly',
  'tres',
  'tellement',
  'trop',
  'vraiment',
  'hyper',
  'ultra',
  'franchement',
  'grave',
  'si',
  'archi',
  'completement',
  'totalement',
  'honestly',
  'highly',
  'vivement',
]);
const SOFTENERS = new Set([
  'bit',
  'slightly',
  'somewhat',
  'kinda',
  'kind',
  'sort',
  'fairly',
  'peu',
  'plutot',
  'assez',
  'moyennement',
  'quite',
]);

const EMOJI: Array<[RegExp, number]> = [
  [/[😍🥰😘❤💖💕💜💙💚🧡💛🤩]/u, 2.5],
  [/[😀😃😄😁😊🙂😎👍👌🙌👏✨🎉🥳💯⭐🌟]/u, 1.5],
  [/[🙏]/u, 1],
  [/[😡🤬😠👎💩🖕]/u, -2.5],
  [/[😤😒🙄😞😔😢😭😩😫🤮🤢😱💀⚠]/u, -1.5],
];
const EMOJI_ANY = /\p{Extended_Pictographic}/gu;

const lexicons: Record<Lang, PhraseLexicon<number>> = {
  en: new PhraseLexicon(EN),
  fr: new PhraseLexicon(FR),
};

export interface SentimentHit {
  /** Span in the original text. */
  start: number;
  end: number;
  /** Contribution after negation, intensity and emphasis. */
  value: number;
  /** The word was negated ("pas content"): its value was flipped and damped by NEGATION. */
  negated: boolean;
}

/** A negated word counts the other way, less strongly: "pas génial" is not "nul". */
export const NEGATION = -0.6;

export interface SentimentDetail {
  /** From -1 to 1. */
  score: number;
  hits: SentimentHit[];
}

/** Sentiment of `text` from -1 to 1 (0 when nothing in it carries one). */
export function sentiment(text: string, lang?: Lang): number {
  return sentimentOf(read(text, lang)).score;
}

export function sentimentOf(r: Reading): SentimentDetail {
  const raw = lexicons[r.lang].find(r);
  // Longest phrase wins where phrases overlap ("pas mal" over "mal", "trop cher" over "cher").
  raw.sort((a, z) => a.from - z.from || z.to - a.to);
  const hits: SentimentHit[] = [];
  let covered = -1;
  let sum = 0;
  const butClause = new Set<number>();
  // The last "but" of each sentence: "a later but" is then one look-up (a scan per hit was quadratic).
  const lastBut = new Map<number, number>();
  r.words.forEach((w, i) => {
    if (w === 'but' || w === 'mais') {
      butClause.add(r.clause[i]!);
      lastBut.set(r.sentence[i]!, i);
    }
  });
  for (const h of raw) {
    if (h.from < covered) continue;
    covered = h.to;
    // "super" before another valence word is an intensifier, not a word of its own.
    if (r.words[h.from] === 'super' && h.to === h.from + 1 && raw.some((x) => x.from === h.to)) continue;
    let v = h.value;
    const prev = r.words[h.from - 1];
    const prev2 = r.words[h.from - 2];
    if (prev && r.clause[h.from - 1] === r.clause[h.from] && INTENSIFIERS.has(prev)) v *= 1.5;
    else if (prev && SOFTENERS.has(prev)) v *= 0.5;
    else if (prev2 && prev === 'bit' && prev2 === 'a') v *= 0.5;
    const neg = !h.selfNegated && negated(r, h.from);
    if (neg) v *= NEGATION;
    const { start, end } = originalSpan(r, h.from, h.to);
    const original = r.text.slice(start, end);
    if (original.length >= 3 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) v *= 1.3;
    if (butClause.has(r.clause[h.from]!)) v *= 1.4;
    else if ((lastBut.get(r.sentence[h.from]!) ?? -1) > h.from) v *= 0.6;
    sum += v;
    hits.push({ start, end, value: round(v), negated: neg });
  }
  for (const m of r.text.matchAll(EMOJI_ANY)) {
    const e = EMOJI.find(([re]) => re.test(m[0]));
    if (!e) continue;
    sum += e[1];
    hits.push({ start: m.index, end: m.index + m[0].length, value: e[1], negated: false });
  }
  const bangs = Math.min(3, r.text.match(/!/g)?.length ?? 0);
  if (sum !== 0) sum *= 1 + 0.08 * bangs;
  return { score: round(sum / Math.sqrt(sum * sum + 6)), hits };
}

const round = (x: number) => Math.round(x * 100) / 100;
