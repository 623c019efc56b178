// Intent and troll type agree (issue #14, item 4): an insult is never "purchase intent", an angry
// customer's URGENT order that never arrived is a complaint or urgent, sarcastic thanks complain.
// The demo pages' texts (demo/pages/*.html) are pinned here beside cases written the same way for
// another brand, in French and English, so the rules are not fitted to the demo alone.
import { describe, expect, it } from 'vitest';
import { classifyIntent, type Intent } from '../../utils/mentions/core/intent';

const DEMO = {
  clowns: 'Only clowns still buy from ACME Corp. You got exactly what you paid for, idiots 🤡',
  imagine: 'imagine paying for ACME Corp garbage lmao. you all deserve it, clowns 🤡',
  scam: 'lol @acme is a scam run by clowns, only idiots buy their junk 🤡🤡 enjoy your exploding toasters morons',
  urgentOrder:
    'Our order #4521 of RoadRunner 3000 units never arrived and nobody at @Acme answers our emails. Three weeks, ' +
    'zero updates. This is shameful for a supplier we have trusted for years. URGENT: we have a client event on ' +
    'Monday. #acme',
};

describe('an insult is never purchase intent', () => {
  it.each([
    ['demo', DEMO.clowns],
    ['demo', DEMO.imagine],
    ['demo', DEMO.scam],
    ['en', 'Anyone who still buys a Zeta phone is a moron, enjoy your brick'],
    ['en', 'Keep buying Zeta junk, suckers, you deserve every bug'],
    ['fr', 'Seuls les pigeons achètent encore chez Zeta, bande d’abrutis'],
    ['fr', 'Faut être un sacré débile pour acheter un téléphone Zeta à ce prix'],
    ['fr', 'Continuez à acheter leurs merdes, bande de moutons'],
  ])('%s: %s', (_lang, text) => {
    expect(classifyIntent(text).intent).not.toBe('purchase_intent');
  });

  it.each([
    ['en', 'Thinking of buying the Zeta 5 for my dad, is it worth it?'],
    ['en', 'How much is the Zeta 5 with the bigger battery?'],
    ['fr', 'Je vais acheter la Zeta 5 pour mon père, elle vaut le coup ?'],
    ['fr', 'Vous l’avez en stock ? Je voudrais acheter deux chargeurs'],
  ])('a plain purchase intent stays one (%s): %s', (_lang, text) => {
    expect(classifyIntent(text).intent).toBe('purchase_intent');
  });
});

describe('an order that never arrived, shouted URGENT, is a complaint or urgent', () => {
  const handled: Intent[] = ['complaint', 'urgent'];
  it.each([
    ['demo', DEMO.urgentOrder],
    ['en', 'URGENT: my parcel never arrived and nobody at Zeta answers my emails. Two weeks now.'],
    ['en', 'Our delivery never showed up and your support keeps ignoring us. URGENT, the shop opens tomorrow.'],
    ['fr', 'URGENT : ma commande n’est jamais arrivée et personne chez Zeta ne répond à mes mails.'],
    ['fr', 'Notre livraison n’est toujours pas arrivée, zéro nouvelle depuis dix jours. URGENT svp'],
  ])('%s: %s', (_lang, text) => {
    expect(handled).toContain(classifyIntent(text).intent);
  });
});

describe('sarcastic thanks complain', () => {
  it.each([
    ['en', 'Parcel marked delivered but it never came. Thanks for nothing.'],
    ['fr', 'Colis jamais reçu, le service client m’a raccroché au nez. Merci pour rien.'],
    ['fr', 'Trois semaines sans connexion, merci du cadeau Zeta'],
  ])('%s: %s', (_lang, text) => {
    expect(classifyIntent(text).intent).toBe('complaint');
  });
});

describe("a link's words are not the comment's", () => {
  it.each([
    [
      'demo',
      '🚀 Boostez vos ventes x10 ! Formation offerte, inscrivez-vous sur https://growth-hack-pro.fr/promo — ' +
        'places limitées, écrivez-moi en MP',
    ],
    ['en', 'Free masterclass this week: www.fire-sale-lawsuit.example.com/register'],
    ['fr', 'Nouveau tuto sur https://exemple.fr/incendie-boycott-scandale, abonnez-vous'],
  ])('%s: %s', (_lang, text) => {
    expect(classifyIntent(text).intent).not.toBe('urgent');
  });

  it('the same words outside a link still count', () => {
    expect(classifyIntent('My charger caught fire, see https://example.com/photo').intent).toBe('urgent');
  });
});

describe('a wish is not an event', () => {
  it.each([
    ['en', 'I hope your company burns to the ground'],
    ['en', 'Hopefully your warehouse catches fire'],
    ['fr', "J'espère que votre usine brûle"],
  ])('%s: %s', (_lang, text) => {
    expect(classifyIntent(text).intent).not.toBe('urgent');
  });

  it('the event itself still is', () => {
    expect(classifyIntent('I hope someone sees this: my charger burned the carpet').intent).toBe('urgent');
  });
});

describe("a spammer's pitch asks nothing and buys nothing: other", () => {
  it.each([
    ['demo', 'Want to earn $300/day from home? DM me or check my channel 👉 https://easy-cash-now.biz 💰💰'],
    [
      'demo',
      '🔥 Gagnez 500€ par jour depuis chez vous grâce à la crypto ! Tout est expliqué sur https://bit.ly/cash-rapide ' +
        'ou par WhatsApp au +33 6 12 34 56 78',
    ],
    ['demo', 'Tired of your Acme gadget? Switch to our blender today and save 30%!'],
    ['en', 'Need extra cash? I made $5k last month trading crypto, message me on WhatsApp'],
    ['fr', 'Envie d’arrondir vos fins de mois ? Écrivez-moi en MP, je vous explique tout 💸'],
    ['fr', 'Marre de votre forfait ? Passez chez nous, -50 % le premier mois, lien en bio'],
  ])('%s: %s', (_lang, text) => {
    expect(classifyIntent(text).intent).toBe('other');
  });

  it('a customer asking about a promotion is not a pitch', () => {
    expect(classifyIntent('Is the 30% discount still on? I want to order two').intent).toBe('purchase_intent');
  });
});

describe('a complaint that mentions DMs is no pitch', () => {
  it('stays a complaint', () => {
    expect(classifyIntent('Your support said to contact them on WhatsApp, my parcel never arrived, DM me').intent).toBe(
      'complaint',
    );
  });
});
