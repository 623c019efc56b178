// Intent on everyday phrasings (issue #14, item 4: intent that holds on comments nobody tuned for).
// Written before the rules they test were widened, in French and English, across the six intents:
// money taken wrongly, waiting and silence, devices that die, accusations of theft are complaints;
// the rest must keep their intent.
import { describe, expect, it } from 'vitest';
import { classifyIntent, type Intent } from '../../utils/mentions/core/intent';

const CASES: Array<[lang: string, text: string, intent: Intent]> = [
  // complaint: money taken wrongly
  ['fr', 'Vous m’avez prélevé deux fois ce mois-ci, je veux être remboursée', 'complaint'],
  ['fr', 'Débitée de 49 € pour une commande annulée, et personne pour m’expliquer', 'complaint'],
  ['en', 'You billed me twice for the same plan this month', 'complaint'],
  ['en', 'Got charged for a subscription I cancelled in March', 'complaint'],
  // complaint: waiting and silence
  ['en', 'Been waiting a month for my package, not a single email from you', 'complaint'],
  ['en', 'Five emails, zero answers. Is anyone even working there', 'complaint'],
  ['fr', 'Quatrième mail sans réponse, je commence à perdre patience', 'complaint'],
  ['fr', 'J’attends mon colis depuis trois semaines et le suivi ne bouge plus', 'complaint'],
  // complaint: devices that die
  ['en', 'The update bricked my speaker, it is stuck on the logo', 'complaint'],
  ['en', 'My earbuds died after two weeks, the left one will not pair', 'complaint'],
  ['fr', 'Depuis la mise à jour ma montre reste bloquée sur le logo', 'complaint'],
  ['fr', 'La batterie a rendu l’âme au bout de trois semaines', 'complaint'],
  // complaint: accusations
  ['en', 'Thieves. You kept my deposit and never sent the router', 'complaint'],
  ['fr', 'Bande de voleurs, vous avez gardé ma caution sans rien envoyer', 'complaint'],
  // the other intents keep theirs
  ['en', 'Is the charger included in the box', 'question'],
  ['fr', 'Vous livrez en Belgique ?', 'question'],
  ['en', 'Ordering two for the kids this weekend', 'purchase_intent'],
  ['fr', 'Je craque, je la commande ce soir', 'purchase_intent'],
  ['en', 'Two years in and it still works like day one, thank you', 'praise'],
  ['fr', 'Franchement rien à redire, livraison rapide et produit nickel', 'praise'],
  ['en', 'Posting this from the train, see you all at the meetup', 'other'],
  ['fr', 'On se retrouve au salon jeudi, stand B12', 'other'],
];

describe('everyday phrasings', () => {
  it.each(CASES)('%s: %s → %s', (_lang, text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
