import { describe, expect, it } from 'vitest';
import { classifyIntent, INTENTS } from '../../utils/mentions/core/intent';

describe('classifyIntent', () => {
  it.each([
    ['en', 'My scooter caught fire in the garage last night', 'urgent'],
    ['fr', 'Ma trottinette a pris feu dans le garage', 'urgent'],
    ['fr', 'La friteuse fume et sent le brûlé', 'urgent'],
    ['fr', 'Je vais porter plainte contre vous', 'urgent'],
    ['en', 'I am calling my lawyer tomorrow', 'urgent'],
    ['en', 'We will sue you for this', 'urgent'],
    ['fr', 'Panne générale du réseau, plus rien ne marche partout en France', 'urgent'],
    ['en', 'The network is down for everyone in the whole city', 'urgent'],
    ['fr', "C'est un scandale, boycott !", 'urgent'],
    ['fr', 'Rappel produit sur les chargeurs', 'urgent'],
    ['en', 'Product recall: stop using the charger', 'urgent'],
    ['en', 'Still no refund after three weeks, this is unacceptable', 'complaint'],
    ['fr', "Toujours pas reçu ma commande, c'est honteux", 'complaint'],
    ['fr', 'Ma box ne marche plus depuis hier, pénible', 'complaint'],
    ['en', 'Does it fold for storage?', 'question'],
    ['fr', 'Est-ce que le tapis se plie', 'question'],
    ['fr', 'Peut-on changer la batterie soi-même', 'question'],
    ['en', 'Do you know if the shop opens on Sunday', 'question'],
    ['fr', 'Comment on réinitialise la lampe', 'question'],
    ['en', 'I want to buy two of them, do you ship to Ireland?', 'purchase_intent'],
    ['fr', 'Combien coûte la version avec la grosse batterie ?', 'purchase_intent'],
    ['fr', 'Je vais commander la lampe ce soir', 'purchase_intent'],
    ['en', 'Love it, best purchase this year', 'praise'],
    ['fr', 'Merci, service client au top', 'praise'],
    ['en', 'The meeting is moved to 3pm', 'other'],
    ['fr', 'La réunion est décalée à 15h', 'other'],
  ] as const)('returns %s intent for %j', (lang, text, intent) => {
    expect(classifyIntent(text, { lang }).intent).toBe(intent);
  });

  describe('negation', () => {
    it.each([
      ['en', 'Not bad at all, it climbs hills easily', 'praise'],
      ['fr', 'Pas mal du tout, elle monte les côtes', 'praise'],
      ['fr', 'Jamais eu de problème avec eux en cinq ans', 'praise'],
      ['en', 'Never had a single problem with the network', 'praise'],
      ['en', "Can't complain, solid and quiet", 'praise'],
      ['en', 'Not happy with the fryer, fries come out soggy', 'complaint'],
      ['fr', 'Pas satisfaite du tout de la friteuse', 'complaint'],
      ['fr', 'Je ne suis pas content du service', 'complaint'],
    ] as const)('returns %s %j as the opposite polarity of its words (%s)', (lang, text, intent) => {
      expect(classifyIntent(text, { lang }).intent).toBe(intent);
    });

    it('returns no urgent cue when the injury is negated ("nobody was hurt")', () => {
      const r = classifyIntent('Nobody was hurt, all good', { lang: 'en' });
      expect(r.cues.filter((c) => c.intent === 'urgent')).toEqual([]);
      expect(r.intent).not.toBe('urgent');
    });
  });

  it.each([
    ['en', 'Is the lamp safe to leave on overnight?', 'urgent'],
    ['en', 'What a beautiful sunset tonight', 'question'],
    ['fr', 'Quelle belle énergie hier soir', 'question'],
    ['en', 'Will buy a second one if there is a bundle offer', 'question'],
    ['en', 'Acne cream recommendations from the dermatologist', 'praise'],
    ['fr', 'On a planté deux kiwis dans le jardin', 'complaint'],
  ] as const)('must not return %s %j as %s', (lang, text, intent) => {
    expect(classifyIntent(text, { lang }).intent).not.toBe(intent);
  });

  it('returns cue spans in the original text, across accents and elisions', () => {
    const text = "L'ÉNORME friteuse a PRIS FEU ! J'appelle l'avocat";
    const r = classifyIntent(text);
    expect(r.lang).toBe('fr');
    const urgent = r.cues.filter((c) => c.intent === 'urgent').map((c) => text.slice(c.start, c.end));
    expect(urgent).toEqual(expect.arrayContaining(['PRIS FEU', 'avocat']));
  });

  it('returns a score for every intent id', () => {
    const r = classifyIntent('Where can I buy it?');
    expect(Object.keys(r.scores).sort()).toEqual([...INTENTS].sort());
    expect(r.scores.purchase_intent).toBeGreaterThan(0);
    expect(r.scores.urgent).toBe(0);
  });

  it('returns other with no cues for an empty or emoji-only text', () => {
    expect(classifyIntent('')).toMatchObject({ intent: 'other', cues: [] });
    expect(classifyIntent('🙂🙂').intent).toBe('praise');
  });

  it('guesses the language when none is given', () => {
    expect(classifyIntent('Est-ce que vous livrez le samedi ?').lang).toBe('fr');
    expect(classifyIntent('Do you deliver on Saturdays?').lang).toBe('en');
  });
});

describe('classifyIntent, batteries and shouted urgency', () => {
  it.each([
    [
      'URGENT @acme : la batterie de ma RoadRunner 3000 a gonflé et chauffe énormément. Qui dois-je appeler ?',
      'urgent',
    ],
    ['Ma batterie a gonflé, c’est normal ?', 'urgent'],
    ['My battery is swollen and very hot, what do I do?', 'urgent'],
    ['Le gâteau a bien gonflé, merci pour la recette', 'praise'],
    ['Urgent question: when do you open on Sunday?', 'question'],
  ])('returns the right intent for %j', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
