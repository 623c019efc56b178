// The committed abuse model (no dependency on ../shared): what it must flag, what it must not,
// and its contract (size, determinism, cue spans in the original text).
import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadAbuseModel, scoreAbuse, type AbuseModel } from '../../utils/trolls/core/abuse';
import { extractFeatures } from '../../utils/trolls/core/features';
import { TROLL_TYPE_IDS, TYPOLOGY } from '../../utils/trolls/core/typology';

let model: AbuseModel;
beforeAll(async () => {
  model = await loadAbuseModel();
});

const flagged = (text: string, head: 'offensive' | 'insult' | 'hate' | 'spam') =>
  scoreAbuse(text, model)[head] >= model.thresholds[head];

describe('typology data', () => {
  test('ten ids in the order of typology.md, unhappy_customer not a troll', () => {
    expect(TYPOLOGY.map((t) => t.id)).toEqual([...TROLL_TYPE_IDS]);
    expect(TYPOLOGY).toHaveLength(10);
    expect(TYPOLOGY.filter((t) => !t.isTroll).map((t) => t.id)).toEqual(['unhappy_customer']);
    for (const t of TYPOLOGY) {
      expect(t.name.fr && t.name.en && t.description.fr && t.description.en && t.action.fr && t.action.en).toBeTruthy();
      expect(t.cues.fr.length).toBeGreaterThan(0);
      expect(t.cues.en.length).toBeGreaterThan(0);
    }
  });
});

describe('should flag', () => {
  test.each([
    ['fr', "T'es vraiment un gros connard."],
    ['fr', "Ferme ta gueule, espèce d'abruti."],
    ['fr', 'Quel abruuuuti celui-là'],
    ['fr', 'c o n n a r d'],
    ['fr', 'Bande de débiles, vous comprenez rien à rien'],
    ['en', "You're a fucking idiot."],
    ['en', 'Shut up, you stupid loser.'],
    ['en', 'what a m0r0n'],
  ])('offensive [%s] %s', (_lang, text) => {
    expect(flagged(text, 'offensive')).toBe(true);
  });

  test.each([
    ['fr', 'Gagnez 1000€ par semaine depuis chez vous, écrivez-moi sur WhatsApp +33 6 12 34 56 78'],
    ['fr', 'Abonnez-vous à ma chaîne, nouvelle vidéo chaque jour !! bit.ly/machaine'],
    ['en', 'Check out my channel, new video every day! http://bit.ly/xyz'],
    ['en', 'Earn money from home, DM me for details, guaranteed returns'],
  ])('spam [%s] %s', (_lang, text) => {
    expect(flagged(text, 'spam')).toBe(true);
  });

  test.each([
    ['fr', 'Les migrants sont des parasites, dehors !'],
    ['en', 'Muslims are vermin, get rid of them all.'],
  ])('hate [%s] %s', (_lang, text) => {
    expect(flagged(text, 'hate')).toBe(true);
  });
});

describe('must not flag as hate', () => {
  test.each([
    ['fr', 'identity', 'Je suis musulmane.'],
    ['fr', 'identity', 'Ma sœur est lesbienne et elle adore votre marque.'],
    ['fr', 'identity', 'Une association aide les réfugiés à trouver un logement.'],
    ['en', 'identity', 'I am a gay man.'],
    ['en', 'identity', 'My neighbours are Muslims.'],
    ['fr', 'counter-speech', 'Arrête de dire que les femmes sont nulles.'],
    ['en', 'counter-speech', 'Saying that immigrants are criminals is wrong.'],
    ['en', 'counter-speech', "It's not ok to call people retards."],
    ['fr', 'negation', "Je n'ai rien contre les Arabes."],
    ['fr', 'quotation', 'Il m’a écrit « sale arabe », je l’ai signalé.'],
    ['fr', 'unhappy customer', "Votre SAV est nul, c'est une honte, je veux être remboursé !!!"],
    ['en', 'unhappy customer', 'Worst customer service ever, my order never arrived and nobody answers. Pathetic.'],
  ])('[%s] %s: %s', (_lang, _kind, text) => {
    expect(flagged(text, 'hate')).toBe(false);
  });
});

// Was a known miss: MLMA-FR is full of hostile tweets about migrants arriving, and a short neutral
// sentence about refugees arriving crossed the hate threshold. Fixed by gating the hate output on
// the offensive one (gateHate in abuse.ts), not by training on these sentences.
test.each([
  'Les réfugiés arrivent à la gare ce soir.',
  'Des migrants ont été accueillis par la mairie hier.',
  'Refugees are arriving at the station tonight.',
])('neutral news about a group is not hate: %s', (text) => {
  expect(flagged(text, 'hate')).toBe(false);
});

describe('must not flag as offensive', () => {
  test.each([
    ['fr', 'neutral', 'Merci pour la livraison rapide !'],
    ['fr', 'neutral', 'Est-ce que ce modèle existe en noir ?'],
    ['fr', 'identity', 'Je suis un homme trans et je travaille dans la tech.'],
    ['en', 'neutral', 'Thanks, the new update works great.'],
    ['en', 'identity', 'As a black woman I love this campaign.'],
  ])('[%s] %s: %s', (_lang, _kind, text) => {
    expect(flagged(text, 'offensive')).toBe(false);
  });
});

describe('negation, quotation and counter-speech lower the score', () => {
  test.each([
    ['fr', "T'es un idiot.", "T'es pas un idiot."],
    ['fr', 'Bande de connards.', 'Arrête de traiter les gens de connards.'],
    ['fr', 'Sale con.', 'Il m’a dit « sale con » devant tout le monde.'],
    ['en', "You're an idiot.", "You're not an idiot."],
    ['en', 'You are all morons.', "It's not ok to call people morons."],
  ])('[%s] "%s" > "%s"', (_lang, plain, framed) => {
    expect(scoreAbuse(framed, model).offensive).toBeLessThan(scoreAbuse(plain, model).offensive);
  });

  test.each(['musulmans', 'juifs', 'noirs', 'homos', 'réfugiés', 'Muslims', 'Jews', 'gays'])(
    'the identity term %s alone does not raise hate',
    (g) => {
      const base = scoreAbuse('Mes voisins sont sympas.', model).hate;
      const text = `Mes voisins ${g} sont sympas.`;
      const s = scoreAbuse(text, model);
      expect(s.hate).toBeLessThanOrEqual(base + 0.05);
      expect(s.hate).toBeLessThan(model.thresholds.hate);
      const at = text.indexOf(g);
      expect(s.cues.some((c) => c.start <= at && c.end > at)).toBe(false);
    },
  );
});

describe('contract', () => {
  test('model files (n-grams + word network) ≤ 1 MB together', () => {
    const dir = path.resolve(import.meta.dirname, '../../utils/trolls/core/model');
    const size = statSync(path.join(dir, 'abuse-model.json')).size + statSync(path.join(dir, 'word-cnn.json')).size;
    expect(size).toBeLessThanOrEqual(1024 * 1024);
  });

  test('scores are deterministic', async () => {
    const text = 'Franchement t’es un CONNNARD 🤡 et ton produit est nul';
    const again = await loadAbuseModel();
    expect(scoreAbuse(text, again)).toEqual(scoreAbuse(text, model));
    expect(extractFeatures(text)).toEqual(extractFeatures(text));
  });

  test.each([
    ['Franchement t’es un CONNNARD 🤡', /CONNNARD/],
    ['Écoute-moi bien, c o n n a r d', /c o n n a r d/],
    ['Tu es un 1d10t fini', /1d10t/],
    ['Ferme ta gueule, abruti', /gueule|abruti/],
  ])('cues of %s are spans of the original text', (text, expected) => {
    const s = scoreAbuse(text, model);
    expect(s.cues.length).toBeGreaterThan(0);
    const pieces = s.cues.map((c) => text.slice(c.start, c.end));
    for (const c of s.cues) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(c.end).toBeGreaterThan(c.start);
      expect(c.weight).toBeGreaterThan(0);
    }
    expect(pieces.some((p) => expected.test(p))).toBe(true);
  });
});
