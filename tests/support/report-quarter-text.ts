// Texts, authors and permalinks for the generated quarter (tests/support/report-quarter.ts): what a
// community manager reads on the four sites, in French and English, by intent.
import type { Platform } from '../../utils/platforms/ids';
import { pick } from './random';

type Lang = 'fr' | 'en';

const TEXTS: Record<string, Record<Lang, string[]>> = {
  question: {
    fr: [
      'Est-ce que {b} livre en Belgique ? Je ne trouve pas l’info',
      'Bonjour {b}, la {p} est-elle compatible avec les bornes publiques ?',
      'Quelqu’un sait combien de temps dure la garantie {b} ?',
    ],
    en: [
      'Does {b} ship to Ireland? Cannot find it on the site',
      'Hey {b}, is the {p} compatible with public chargers?',
      'Anyone know how long the {b} warranty lasts?',
    ],
  },
  complaint: {
    fr: [
      'Commande {b} toujours pas arrivée après 3 semaines, c’est inadmissible',
      'Le SAV {b} ne répond plus, ma {p} est en panne depuis lundi',
      'Déçu par {b}, la batterie de ma {p} tient deux jours',
    ],
    en: [
      'My {b} order still has not arrived after 3 weeks, unacceptable',
      '{b} support stopped answering, my {p} has been broken since Monday',
      'Disappointed with {b}, the {p} battery lasts two days',
    ],
  },
  praise: {
    fr: ['Franchement la {p} de {b} est top, merci !', 'Super accueil chez {b} ce matin 👏', 'Bravo {b} pour le suivi'],
    en: [
      'Honestly the {b} {p} is great, thanks!',
      'Lovely service at {b} this morning 👏',
      'Well done {b}, "as always";\nsee you at the race',
    ],
  },
  purchase_intent: {
    fr: ['J’hésite à commander la {p} de {b}, des avis ?', 'Je vais craquer pour la {p} {b} ce week-end'],
    en: ['Thinking of buying the {b} {p}, any reviews?', 'About to order the {b} {p} this weekend'],
  },
  urgent: {
    fr: ['URGENT : ma {p} {b} fume pendant la charge !', '{b} aidez-moi, ma {p} a pris feu dans le garage'],
    en: ['URGENT: my {b} {p} is smoking while charging!', '{b} help, my {p} caught fire in the garage'],
  },
  other: {
    fr: ['Vu une pub {b} dans le métro ce matin', '{b} sponsorise la course de dimanche ?', 'Le logo de {b} a changé'],
    en: ['Saw a {b} ad on the subway today', 'Is {b} sponsoring the race on Sunday?', 'The {b} logo changed'],
  },
};

/** Texts of the incident: one product's batteries overheating, many people at once. */
const INCIDENT: Record<Lang, string[]> = {
  fr: [
    'Ma {p} {b} a surchauffé aussi, vous faites quoi ?',
    'Rappel de la {p} {b} ? Batterie brûlante chez moi aussi',
    '{b} la {p} chauffe anormalement, c’est dangereux',
  ],
  en: [
    'My {b} {p} overheated too, what are you doing about it?',
    'Is there a recall on the {b} {p}? Battery burning hot here too',
    '{b} your {p} gets dangerously hot',
  ],
};

export function mentionText(
  rnd: () => number,
  intent: string,
  lang: Lang,
  brand: string,
  product: string,
  burst = false,
) {
  const list = burst ? INCIDENT[lang] : (TEXTS[intent] ?? TEXTS.other!)[lang];
  return pick(rnd, list).replaceAll('{b}', brand).replaceAll('{p}', product);
}

export function replyText(rnd: () => number, lang: Lang): string {
  return lang === 'fr'
    ? pick(rnd, ['Bonjour, nous regardons cela tout de suite. Pouvez-vous nous écrire en privé ?', 'Merci beaucoup !'])
    : pick(rnd, ['Hi, we are looking into it right now. Could you DM us?', 'Thank you so much!']);
}

const FIRST = ['Camille', 'Léa', 'Hugo', 'Inès', 'Tom', 'Sarah', 'Noah', 'Chloé', 'Liam', 'Emma', 'Jules', 'Zoé'];
const LAST = ['Martin', 'Durand', 'Smith', 'Nguyen', 'Bernard', 'Garcia', 'Brown', 'Petit', 'Moreau', 'Lopez'];

/** The i-th author of a platform: stable name and handle. */
export function authorOf(platform: Platform, i: number): { name: string; handle: string; url: string } {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const name = `${first} ${last}${i >= 120 ? ` ${i}` : ''}`;
  const handle = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  const url = {
    x: `https://x.com/${handle}`,
    facebook: `https://www.facebook.com/${handle}`,
    reddit: `https://www.reddit.com/user/${handle}`,
    linkedin: `https://www.linkedin.com/in/${handle}`,
  }[platform];
  return { name, handle: platform === 'x' || platform === 'reddit' ? `@${handle}` : '', url };
}

/** A permalink in the platform's shape for a platform id. */
export function permalinkOf(platform: Platform, id: string, author: string): string {
  const h = author.replace(/^@/, '') || 'someone';
  switch (platform) {
    case 'x':
      return `https://x.com/${h}/status/${id}`;
    case 'facebook':
      return `https://www.facebook.com/acme/posts/pfbid${id}`;
    case 'reddit':
      return `https://www.reddit.com/r/ebikes/comments/${id}/`;
    default:
      return `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;
  }
}
