// More intent evidence, kept apart from intent.ts's main lexicons: deliveries that never came and
// silence from the brand (complaints), sarcastic thanks ("thanks for nothing", "merci pour rien"), and
// contempt. An insult or a contemptuous word aimed at people ("only clowns still buy…", "bande de
// moutons") is never purchase intent: whoever writes it is not about to buy, so its "buy" and "price"
// cues do not count. French and English; both languages' contempt words count in either (comments mix).
import { PhraseLexicon, type Reading } from './lexicon';

type ExtraCue = [phrase: string, intent: 'complaint', weight: number];

export const EXTRA_EN: ExtraCue[] = [
  ['never (arrived|came|showed up|turned up|got here|delivered|received|shipped)', 'complaint', 2.5],
  ['(hasn|haven|didn) t (arrived|arrive|come|shown up|turned up)', 'complaint', 2.5],
  ['(hasnt|havent|didnt) (arrived|arrive|come|shown up|turned up)', 'complaint', 2.5],
  ['(not|still not) (arrived|delivered|received) yet', 'complaint', 2.5],
  ['marked (as)? delivered', 'complaint', 1.5],
  ['nobody (at|from|in) * (answer*|repl*|respond*|gets back|picks up)', 'complaint', 2],
  ['no one (at|from|in) * (answer*|repl*|respond*|gets back|picks up)', 'complaint', 2],
  ['zero (updates|update|replies|reply|response|answer|answers|news|help)', 'complaint', 2],
  ['(keeps|keep|kept) ignoring', 'complaint', 2],
  ['ignor* (me|us|my|our)', 'complaint', 2],
  ['thanks for nothing', 'complaint', 2.5],
  ['thank you for nothing', 'complaint', 2.5],
];

export const EXTRA_FR: ExtraCue[] = [
  ['jamais (arrive|arrivee|arrives|arrivees|livre|livree|livres|livrees|expedie|expediee)', 'complaint', 2.5],
  ['toujours pas (arrive|arrivee|arrives|arrivees|livre|livree|expedie|expediee)', 'complaint', 2.5],
  ['pas encore (arrive|arrivee|livre|livree)', 'complaint', 2],
  ['marque (comme)? livre', 'complaint', 1.5],
  ['personne (chez|de|du|au|a) * ne (repond*|decroche|rappelle)', 'complaint', 2],
  ['zero (nouvelle|nouvelles|reponse|reponses|retour|retours|suivi|aide)', 'complaint', 2],
  ['(m|nous) ignore*', 'complaint', 2],
  ['merci pour rien', 'complaint', 2.5],
  ['merci du cadeau', 'complaint', 2.5],
];

const CONTEMPT_WORDS = [
  // English
  'idiot*',
  'moron*',
  'clown*',
  'sucker*',
  'loser*',
  'imbecile*',
  'dumbass*',
  'dimwit*',
  'sheeple',
  'fools',
  'muppets',
  'stupid people',
  'you all deserve it',
  'you deserve it',
  // French
  'abruti*',
  'debile*',
  'cretin*',
  'connard*',
  'connasse*',
  'cons',
  'pigeons',
  'moutons',
  'guignol*',
  'tocard*',
  'boulet*',
  'bouffon*',
  'teube*',
  'bande (de|d) *',
  'leurs merdes',
  'vos merdes',
  'bien fait pour (vous|eux|toi)',
];

const CONTEMPT = new PhraseLexicon<true>(CONTEMPT_WORDS.map((w) => [w, true]));

/** Whether the comment holds contempt for people: an insult or a word of scorn, not negated. */
export function contempt(r: Reading): boolean {
  return CONTEMPT.find(r).length > 0;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\/[^\s<>"]*/giu;

/** The links of a text, as [start, end) spans: their words ("growth-hack-pro.fr") are not the comment's. */
export function linkSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes('.')) return out;
  for (const m of text.matchAll(URL)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether `span` lies inside one of `links`. */
export function inLink(links: Array<[number, number]>, span: { start: number; end: number }): boolean {
  for (const [s, e] of links) if (span.start >= s && span.end <= e) return true;
  return false;
}
