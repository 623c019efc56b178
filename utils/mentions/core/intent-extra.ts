// More intent evidence, kept apart from intent.ts's main lexicons: deliveries that never came and
// silence from the brand (complaints), sarcastic thanks ("thanks for nothing", "merci pour rien"), and
// contempt. An insult or a contemptuous word aimed at people ("only clowns still buy…", "bande de
// moutons") is never purchase intent: whoever writes it is not about to buy, so its "buy" and "price"
// cues do not count. French and English; both languages' contempt words count in either (comments mix).
import { PhraseLexicon, type Reading } from './lexicon';

type ExtraCue = [phrase: string, intent: 'urgent' | 'complaint' | 'purchase_intent', weight: number];

export const EXTRA_EN: ExtraCue[] = [
  ['never (arrived|came|showed up|turned up|got here|delivered|received|shipped|sent)', 'complaint', 2.5],
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
  // money taken wrongly
  ['billed', 'complaint', 1.5],
  ['overcharg*', 'complaint', 2.5],
  ['double (charged|billed)', 'complaint', 3],
  ['kept (my|our) (deposit|money|payment|refund)', 'complaint', 2],
  ['thieves', 'complaint', 2],
  ['crooks', 'complaint', 2],
  // waiting and silence
  ['been waiting', 'complaint', 2],
  ['waiting for (my|our) (refund|order|package|parcel|reply|answer|delivery|money)', 'complaint', 2],
  ['not (a|one) single (email|e mail|reply|answer|word|call|update|response)', 'complaint', 2],
  // devices that die
  ['bricked', 'complaint', 2.5],
  ['boot loop', 'complaint', 2.5],
  ['stuck (on|in|at) (the|a)', 'complaint', 2],
  // a device that died is a complaint, not a death: it takes back what "died" gave urgent
  [
    '(it|mine|battery|phone|earbuds|earphones|headphones|charger|screen|speaker|laptop|tablet|watch|console|' +
      'router|modem|device|unit|scooter|drone|camera) died',
    'urgent',
    -3,
  ],
  [
    '(it|mine|battery|phone|earbuds|earphones|headphones|charger|screen|speaker|laptop|tablet|watch|console|' +
      'router|modem|device|unit|scooter|drone|camera) died',
    'complaint',
    2,
  ],
  ['(will|would) not (pair|work|connect|charge|start|turn on|boot|load|open|sync)', 'complaint', 2],
  ['(won|wont) t? (pair|boot|load|open|sync)', 'complaint', 2],
  // buying several
  ['(ordering|buying|getting) (two|2|three|3|another|some|them)', 'purchase_intent', 2.5],
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
  // argent pris à tort
  ['preleve*', 'complaint', 1.5],
  ['debite*', 'complaint', 1.5],
  ['commande annulee', 'complaint', 1.5],
  ['voleur*', 'complaint', 2],
  ['garde (ma|mon|mes|notre|nos) (caution|argent|acompte|remboursement)', 'complaint', 2],
  ['sans rien (envoyer|recevoir|livrer)', 'complaint', 2],
  // attente et silence
  ['sans reponse', 'complaint', 2],
  ['perdre patience', 'complaint', 2],
  ['j attends (toujours|encore|mon|ma|mes|le|la|les|depuis)', 'complaint', 2],
  ['ne bouge (plus|pas)', 'complaint', 1.5],
  // appareils qui lâchent
  ['bloque*', 'complaint', 1.5],
  ['rendu l ame', 'complaint', 2.5],
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
