// Intent on everyday phrasings, third batch (issue #14, item 4): written before the rules they test
// were widened, French and English, across the six intents.
import { describe, expect, it } from 'vitest';
import { classifyIntent, type Intent } from '../../utils/mentions/core/intent';

const CASES: Array<[lang: string, text: string, intent: Intent]> = [
  ['en', 'Third time this month the app logs me out mid-payment', 'complaint'],
  ['en', 'The straps snapped on day two, really poor stitching', 'complaint'],
  ['en', 'Customer service closed my ticket without fixing anything', 'complaint'],
  ['fr', 'Le livreur a laissé le colis devant la porte sous la neige, carton trempé', 'complaint'],
  ['fr', 'On m’a promis un rappel sous 48 h, j’attends encore', 'complaint'],
  ['fr', 'Écran rayé à la livraison, emballage n’importe comment', 'complaint'],
  ['en', 'Which size should I take if I am between M and L', 'question'],
  ['en', 'What time does the Lyon store open on Sundays', 'question'],
  ['en', 'Adding the blue one to my basket right now', 'purchase_intent'],
  ['en', 'Finally pulled the trigger on the big one', 'purchase_intent'],
  ['fr', 'Je vais me laisser tenter par la version 128 Go', 'purchase_intent'],
  ['fr', 'Commandé ce matin, hâte de la recevoir', 'purchase_intent'],
  ['en', 'Best customer support I have dealt with in years', 'praise'],
  ['en', 'Still going strong after three winters outside', 'praise'],
  ['fr', 'Service client adorable, problème réglé en deux minutes', 'praise'],
  ['fr', 'Trop contente de mon achat, je recommande à 100 %', 'praise'],
  ['en', 'The charger melted and there is a burning smell in the flat', 'urgent'],
  ['fr', 'Des clients signalent que vos gourdes fuient du plomb, c’est grave', 'urgent'],
  ['en', 'Nothing to add, just following the thread', 'other'],
  ['fr', 'Photo prise hier au festival, quelle ambiance', 'other'],
];

describe('everyday phrasings, third batch', () => {
  it.each(CASES)('%s: %s → %s', (_lang, text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
