// The unhappy customer is a complaint or a negative experience with the brand (issue #14, item 4):
// praise, plain questions and the brand's own replies never are, even when they name an order or the
// after-sales service. The demo pages' texts (demo/pages/*.html) are pinned beside cases written the
// same way for another brand, French and English.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAbuseModel, type AbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment } from '../../utils/trolls/core/verdict';
import { brandVoice } from '../../utils/trolls/core/verdict-customer';

let model: AbuseModel;
beforeAll(async () => {
  model = await loadAbuseModel();
});
const typeOf = (text: string, lang?: string) => classifyComment({ text, lang }, model).type;

describe('never an unhappy customer', () => {
  it.each([
    [
      'demo praise',
      'Shoutout to ACME Corp support: they replaced my RoadRunner 3000 in two days, no questions asked. ' +
        'Brilliant service 🎉 #acme',
    ],
    [
      'demo brand reply',
      'We hear you, Mathieu. Nina, we are very sorry: our team has your order and will call you within the hour.',
    ],
    [
      'demo brand reply',
      'Bonjour Julie, nous sommes désolés. Pouvez-vous nous écrire en message privé avec votre numéro de commande ? ' +
        'Nous regardons tout de suite.',
    ],
    [
      'demo brand reply',
      'Bonjour, ici le support Acme. Envoyez-nous votre numéro de commande en message privé, on regarde tout de suite.',
    ],
    ['en praise', 'Big thanks to the Zeta customer service, my order was replaced the next day. Great job!'],
    ['fr praise', 'Merci au SAV Zeta, ma commande a été remplacée en 48 h, service au top !'],
    [
      'en brand reply',
      "We're sorry about the delay with your order. Please DM us your order number and our team will sort it out.",
    ],
    [
      'fr brand reply',
      "Toutes nos excuses pour le retard de votre commande, écrivez-nous en MP et notre équipe s'en occupe.",
    ],
    ['en question', 'Does the after-sales service cover an order bought abroad?'],
    ['fr question', 'Le SAV prend-il en charge une commande passée à l’étranger ?'],
  ])('%s: %s', (_kind, text) => {
    expect(typeOf(text)).not.toBe('unhappy_customer');
  });
});

describe('still an unhappy customer', () => {
  it.each([
    ['demo', "ma commande #4521 n'est jamais arrivée, c'est honteux @acme. Trois semaines et toujours rien."],
    [
      'demo',
      'Ma RoadRunner 3000 achetée en février ne charge plus du tout, ticket SAV ouvert depuis 15 jours ' +
        'et zéro réponse.',
    ],
    ['en', 'My order #8812 never arrived and customer service hung up on me twice.'],
    ['en', 'Thanks for nothing: my order was marked delivered, it never came and support ignores me.'],
    ['fr', 'Commande #7710 jamais livrée, le SAV ne répond pas depuis dix jours. Merci pour rien.'],
    [
      'en question with a bad experience',
      'My order #5521 arrived broken and support is silent, is this how you treat customers?',
    ],
  ])('%s: %s', (_kind, text) => {
    expect(typeOf(text)).toBe('unhappy_customer');
  });
});

describe('brandVoice', () => {
  it.each([
    ['We are very sorry, our team will call you within the hour.', true],
    ['Nous sommes désolés, écrivez-nous en message privé.', true],
    ['Hi, Zeta support here: please send us your order number by DM.', true],
    ['I am sorry but your product is broken and I want my money back.', false],
    ['Je suis désolé mais votre SAV ne répond jamais.', false],
    ['We are sorry we ever bought from you, our order never arrived.', false],
  ])('%s → %s', (text, expected) => {
    expect(brandVoice(text)).toBe(expected);
  });
});

describe('a business customer writes "we" and "our team" too', () => {
  it.each([
    'Our team has been waiting three weeks for the delivery, order #6610, and nobody answers.',
    'We are sorry to say your support is useless: our team will move to another supplier.',
    'Notre équipe a attendu trois semaines la livraison de la commande #6610, personne ne répond.',
  ])('%s', (text) => {
    expect(brandVoice(text)).toBe(false);
  });
});

describe('a rude customer telling what happened to them is an unhappy customer, not a troll', () => {
  it.each([
    ['en', 'You charged me twice you absolute idiots, fix it'],
    ['en', 'My internet has been down for 4 days and you clowns keep sending the same useless text'],
    ['fr', "Trois techniciens, zéro solution pour ma box, bande d'incompétents, je veux résilier"],
    ['en', 'I have been waiting six weeks for my refund, you are a bunch of crooks'],
    ['fr', 'Mon colis jamais livré et vous me prenez pour un con, bande de guignols'],
  ])('%s: %s', (_lang, text) => {
    expect(typeOf(text)).toBe('unhappy_customer');
  });

  it.each([
    ['en', "I think you're all idiots and your product is garbage"],
    ['en', 'I hope your company burns, morons'],
    ['fr', "Je pense que vous êtes tous des abrutis, votre boîte c'est de la merde"],
    ['demo', 'lol @acme is a scam run by clowns, only idiots buy their junk 🤡🤡 enjoy your exploding toasters morons'],
  ])('no experience told, still not a customer (%s): %s', (_lang, text) => {
    expect(typeOf(text)).not.toBe('unhappy_customer');
  });
});

describe('saying where a message went is not spam', () => {
  it.each([
    ['demo', "Merci, c'est envoyé en DM."],
    ['fr', 'Je vous ai écrit en MP ce matin avec mon numéro de commande'],
    ['en', "Done, I've sent you a DM with my order number"],
  ])('%s: %s', (_lang, text) => {
    expect(typeOf(text)).not.toBe('spammer');
  });

  it.each([
    ['fr', "Plus d'infos en MP, places limitées 💰"],
    ['en', 'DM me for the details, only 3 spots left'],
    ['fr', 'Écrivez-moi en MP pour gagner 300 € par jour'],
  ])('asking for messages still is (%s): %s', (_lang, text) => {
    expect(typeOf(text)).toBe('spammer');
  });
});
