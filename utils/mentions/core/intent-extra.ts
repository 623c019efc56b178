// More intent evidence, kept apart from intent.ts's main lexicons: deliveries that never came and
// silence from the brand (complaints), sarcastic thanks ("thanks for nothing", "merci pour rien"), and
// contempt. An insult or a contemptuous word aimed at people ("only clowns still buy…", "bande de
// moutons") is never purchase intent: whoever writes it is not about to buy, so its "buy" and "price"
// cues do not count. French and English; both languages' contempt words count in either (comments mix).
import { PhraseLexicon, type Reading } from './lexicon';

type ExtraCue = [
  phrase: string,
  intent: 'urgent' | 'complaint' | 'question' | 'purchase_intent' | 'praise',
  weight: number,
];

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
  ['(for|since) (2|3|4|5|6|7|8|9|10|two|three|four|five|six|several) (days|weeks|months)', 'complaint', 1],
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
  // again and again, closed without a fix
  ['(second|third|fourth|fifth|2nd|3rd|4th|5th) time', 'complaint', 1.5],
  ['(logs|kicks|throws) me out', 'complaint', 1.5],
  ['without (fixing|solving|resolving|replying|answering|any (fix|reply|answer|explanation))', 'complaint', 2],
  ['closed my (ticket|case|complaint|account)', 'complaint', 1.5],
  // buying several, wanting one
  ['(ordering|buying|getting) (two|2|three|3|another|some|them)', 'purchase_intent', 2.5],
  ['wishlist', 'purchase_intent', 2.5],
  ['wish list', 'purchase_intent', 2.5],
  ['take my money', 'purchase_intent', 3],
  ['grab (one|two)', 'purchase_intent', 2.5],
  ['(pre order*|preorder*)', 'purchase_intent', 2.5],
  ['i need one', 'purchase_intent', 2],
  ['(to|in) my (cart|basket)', 'purchase_intent', 2.5],
  ['(pulled|pull|pulling) the trigger', 'purchase_intent', 2.5],
  ['can t wait to (get|receive|try|unbox)', 'purchase_intent', 2],
  // questions said without a "?"
  ['(need|want|wanted|trying) to (know|find out) (if|whether|what|how|when|where|which)', 'question', 2],
  ['(any|is there a|is there any) way to', 'question', 2],
  ['not sure (if|whether|how)', 'question', 1.5],
  // praise without the usual words
  ['hats off', 'praise', 2.5],
  ['nailed it', 'praise', 2.5],
  ['above and beyond', 'praise', 2.5],
  ['(life saver|lifesaver)', 'praise', 2.5],
  ['spot on', 'praise', 2],
  ['(smoothest|easiest|fastest|nicest|best) * (i|we) (have|ve) ever', 'praise', 2],
  ['(no regrets|don t regret|dont regret|never regret*)', 'praise', 2.5],
  // urgent in plain words
  ['(socket|outlet|plug|wall|cable|wire|wiring) (is|was|went|turned) (black|charred|scorched|melted)', 'urgent', 3],
  ['scorch*', 'urgent', 3],
  ['could have (been|hurt|burned|burnt|electrocuted)', 'urgent', 3],
];

export const EXTRA_FR: ExtraCue[] = [
  ['jamais (arrive|arrivee|arrives|arrivees|livre|livree|livres|livrees|expedie|expediee)', 'complaint', 2.5],
  ['toujours pas (arrive|arrivee|arrives|arrivees|livre|livree|expedie|expediee)', 'complaint', 2.5],
  ['pas encore (arrive|arrivee|livre|livree)', 'complaint', 2],
  ['marque (comme)? livre', 'complaint', 1.5],
  ['personne (chez|de|du|au|a) * ne (repond*|decroche|rappelle)', 'complaint', 2],
  ['zero (nouvelle|nouvelles|reponse|reponses|retour|retours|suivi|aide|solution)', 'complaint', 2],
  ['resilier', 'complaint', 1.5],
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
  ['sous la neige', 'complaint', 1],
  ['trempe*', 'complaint', 1.5],
  ['(laisse|depose|jete) (le|mon|mes|les) colis', 'complaint', 2],
  ['rendu l ame', 'complaint', 2.5],
  // vouloir l'acheter
  ['il me (la|le|les) faut', 'purchase_intent', 2.5],
  ['je (la|le|les) veux', 'purchase_intent', 2.5],
  ['pour (la|le|les) prendre', 'purchase_intent', 2],
  ['je passe en (boutique|magasin)', 'purchase_intent', 2],
  ['liste (de noel|d envies|de souhaits|de cadeaux)', 'purchase_intent', 2.5],
  ['precommand*', 'purchase_intent', 2.5],
  ['laisser tenter', 'purchase_intent', 2.5],
  ['laisse tenter', 'purchase_intent', 2.5],
  ['hate de (la|le|les|l) (recevoir|avoir|essayer|deballer)', 'purchase_intent', 2.5],
  // questions sans « ? »
  ['(je cherche a|je voudrais|j aimerais|je veux|besoin de) savoir', 'question', 2],
  ['quelqu un (a|aurait) (teste|essaye|un avis|un retour|une idee)', 'question', 2],
  ['(une|petite) question', 'question', 1.5],
  // compliments sans les mots habituels
  ['ne regrette (pas|jamais)', 'praise', 2.5],
  ['aucun regret', 'praise', 2.5],
  ['tient (toute la journee|ses promesses|la route)', 'praise', 1.5],
  // urgent en clair
  ['s est (coupe|coupee|blesse|blessee|brule|brulee|electrocute|electrocutee)', 'urgent', 3],
  ['prive* (de|d) (reseau|courant|electricite|internet|eau|chauffage)', 'urgent', 2],
  ['plomb', 'urgent', 2],
  ['amiante', 'urgent', 3],
  ['c est grave', 'urgent', 1.5],
];

// "I hope your company burns": a wish, not a fire. Safety and crisis words after one are no event.
const WISH = new Set(['hope', 'wish', 'hopefully', 'espere', 'souhaite', 'souhaiterais', 'puisse', 'puissiez']);

/** Whether a wish word stands in the `window` tokens before `from`, in the same clause. */
export function wished(r: Reading, from: number, window = 5): boolean {
  for (let k = from - 1; k >= 0 && k >= from - window; k--) {
    if (r.clause[k] !== r.clause[from]) return false;
    if (WISH.has(r.words[k]!)) return true;
  }
  return false;
}

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

// A spammer's or a rival's pitch: it asks nothing and buys nothing, whatever its "?" and prices say.
// Strong phrases (2) are ones a customer does not write: an invitation to move to "us", a link in a bio.
const PITCH_WORDS: Array<[string, number]> = [
  // English
  ['earn', 1],
  ['make money', 1],
  ['extra cash', 1],
  ['from home', 1],
  ['per day', 1],
  ['(dm|message|text|contact) me', 1],
  ['whatsapp', 1],
  ['telegram', 1],
  ['crypto*', 1],
  ['bitcoin', 1],
  ['forex', 1],
  ['giveaway*', 1],
  ['save', 1],
  ['try our', 1],
  ['check my (channel|page|profile|bio|link)', 2],
  ['link in bio', 2],
  ['link in my bio', 2],
  ['(switch|come|move) to our', 2],
  // French
  ['gagne*', 1],
  ['argent facile', 1],
  ['par jour', 1],
  ['(depuis|de) chez vous', 1],
  ['(ecrivez|ecris|contactez|contacte) moi', 1],
  ['inscrivez vous', 1],
  ['lien en bio', 2],
  ['arrondir vos fins de mois', 2],
  ['(passez|venez) chez nous', 2],
  ['formation offerte', 2],
];
const PITCH = new PhraseLexicon<number>(PITCH_WORDS);

/** How much the comment pitches: the weights of its pitch phrases, each place once. */
export function pitch(r: Reading): number {
  const at = new Map<number, number>();
  for (const h of PITCH.find(r)) at.set(h.from, Math.max(at.get(h.from) ?? 0, h.value));
  let sum = 0;
  for (const w of at.values()) sum += w;
  return sum;
}
