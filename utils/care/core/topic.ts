// What a message is about, in a few words, for a welcome ("Thanks for your first message about
// delivery"): a product of the brand when the message names one, else the first of a short list of
// everyday topics whose cue words it holds (FR and EN cues, answered in the reply's language).
// Undefined when unsure: the welcome then uses lines without a topic. Pure and fast (one fold, a
// few regular expressions).
import { foldTerm } from '../../text/fold';

interface Topic {
  cues: RegExp;
  en: string;
  fr: string;
}

// Cues match folded text (lower case, no accents). Order: the more specific first.
const TOPICS: readonly Topic[] = [
  {
    cues: /\b(rembours\w*|refund\w*|retour(?:ner)? (?:un|mon|ma|le|la)\b|return(?:ed|ing)? (?:a|my|the)\b)/,
    en: 'refunds and returns',
    fr: 'les retours et remboursements',
  },
  {
    cues: /\b(livr\w*|colis|expedi\w*|deliver\w*|shipping|shipped|parcel|package)\b/,
    en: 'delivery',
    fr: 'la livraison',
  },
  { cues: /\b(commande[sr]?|(?<!in )order(?:ed|s)?)\b/, en: 'orders', fr: 'les commandes' },
  { cues: /\b(prix|tarifs?|cher|couteux|price[sd]?|pricing|expensive|cost(?:s|ly)?)\b/, en: 'prices', fr: 'les prix' },
  { cues: /\b(promo\w*|soldes|reduction|code promo|discount\w*|coupon\w*)\b/, en: 'offers', fr: 'les offres' },
  { cues: /\b(abonnement\w*|forfait\w*|subscri\w*)\b/, en: 'subscriptions', fr: 'les abonnements' },
  {
    cues: /\b(appli|application|app|site web|website|bug\w*|mise a jour|update)\b/,
    en: 'the app',
    fr: 'l’application',
  },
  { cues: /\b(compte|mot de passe|connexion|account|password|log ?in|sign ?in)\b/, en: 'accounts', fr: 'les comptes' },
  { cues: /\b(magasin\w*|boutique\w*|store\w*|shop)\b/, en: 'our stores', fr: 'nos magasins' },
  {
    cues: /\b(horaires?|ouvert\w*|opening hours|open(?:s|ing)? (?:on|at|hours))\b/,
    en: 'opening hours',
    fr: 'les horaires',
  },
  { cues: /\b(tailles?|pointure\w*|sizes?|sizing)\b/, en: 'sizes', fr: 'les tailles' },
  { cues: /\b(recette\w*|recipe\w*|cuisine|cooking)\b/, en: 'recipes', fr: 'les recettes' },
  { cues: /\b(evenement\w*|salon|concours|event\w*|giveaway|contest)\b/, en: 'our events', fr: 'nos événements' },
  {
    cues: /\b(service client|sav|support|customer service|hotline)\b/,
    en: 'customer service',
    fr: 'le service client',
  },
];

const MAX_WORDS = 5;

/**
 * The topic of `text` in `lang`, or undefined when unsure. `products`: the brand's products; the
 * first one the text names (as whole words, ignoring case and accents) is the topic.
 */
export function topicOf(text: string, lang: 'fr' | 'en', products: readonly string[] = []): string | undefined {
  const folded = ` ${foldTerm(text.slice(0, 2000))} `;
  for (const product of products) {
    const p = foldTerm(product).trim();
    if (p.length < 2 || product.trim().split(/\s+/).length > MAX_WORDS) continue;
    if (wholeWords(folded, p)) return product.trim();
  }
  for (const topic of TOPICS) if (topic.cues.test(folded)) return topic[lang];
  return undefined;
}

function wholeWords(folded: string, term: string): boolean {
  const at = folded.indexOf(term);
  if (at < 0) return false;
  const before = folded[at - 1] ?? ' ';
  const after = folded[at + term.length] ?? ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
