// Intent on everyday phrasings, second batch (issue #14, item 4): questions without a "?", purchase
// intent said in passing, praise without the usual words, urgent matters in plain words, and
// ordinary chatter that must stay "other". Written before the rules they test were widened.
import { describe, expect, it } from 'vitest';
import { classifyIntent, type Intent } from '../../utils/mentions/core/intent';

const CASES: Array<[lang: string, text: string, intent: Intent]> = [
  // questions
  ['en', 'Need to know if the warranty covers water damage', 'question'],
  ['en', 'Any way to turn off the beeping', 'question'],
  ['fr', 'Je cherche à savoir si la housse passe en machine', 'question'],
  ['fr', 'Quelqu’un a testé avec une prise anglaise', 'question'],
  ['en', 'Can you ship to Canada', 'question'],
  // purchase intent
  ['en', 'My birthday is next week, this is going straight on my wishlist', 'purchase_intent'],
  ['en', 'Shut up and take my money', 'purchase_intent'],
  ['fr', 'Il me la faut absolument', 'purchase_intent'],
  ['fr', 'Je passe en boutique samedi pour la prendre', 'purchase_intent'],
  ['en', 'Is there a student discount? Would love to grab one', 'purchase_intent'],
  // praise
  ['en', 'Hats off to the delivery guy, came through the storm', 'praise'],
  ['en', 'Honestly the smoothest setup I have ever done', 'praise'],
  ['fr', 'Au top comme d’habitude, merci l’équipe', 'praise'],
  ['fr', 'Je ne regrette pas mon achat, elle tient toute la journée', 'praise'],
  ['en', 'You guys nailed it with this one', 'praise'],
  // urgent
  ['en', 'The heater sparked and now the socket is black, kids were right next to it', 'urgent'],
  ['en', 'Your app leaked my card number, I see charges I never made', 'urgent'],
  ['fr', 'Mon fils s’est coupé avec la lame qui s’est détachée', 'urgent'],
  ['fr', 'Toute la ville est privée de réseau depuis ce matin', 'urgent'],
  // other
  ['en', 'Happy Friday everyone', 'other'],
  ['en', 'Watching the game tonight with the whole crew', 'other'],
  ['fr', 'Il pleut encore à Lyon', 'other'],
  ['fr', 'Premier jour de vacances, on part à la mer', 'other'],
];

describe('everyday phrasings, second batch', () => {
  it.each(CASES)('%s: %s → %s', (_lang, text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
