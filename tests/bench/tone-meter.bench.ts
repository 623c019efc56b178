// The live tone meter runs checkDraft in the page once the CM pauses typing (150 ms debounce): one
// check must fit in a frame (16 ms) so typing never stutters; the "/" quick insert matches snippets on
// every keystroke after "/" and must stay far below that (2 ms).
import type { Benchmark } from '../../scripts/bench';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { matchSnippets, slashQuery } from '../../utils/snippets/core/quick';

const profile = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  emoji: 'sparing',
  signature: '— {agent}, équipe Acme',
  banned: ['malheureusement', 'pas de chance', 'comme déjà dit'],
  preferred: [{ use: 'souci', not: ['problème', 'bug'] }],
  maxLength: { x: 280 },
});
const drafts = [
  'Bonjour Marie, malheureusement nous avons un problème avec votre commande. Peux-tu nous écrire en MP ? 😊😊',
  'Bonjour, merci pour votre message ! Nous regardons cela tout de suite.\n— Julie, équipe Acme',
  'JE VOUS AI DÉJÀ RÉPONDU, comme déjà dit ce n’est pas notre faute.',
];
const long = drafts.join(' ').repeat(6);
const snippets = Array.from({ length: 300 }, (_, i) => ({
  id: String(i),
  name: `modele-${i}-${['merci', 'excuses', 'retard', 'livraison'][i % 4]}`,
  language: (i % 2 ? 'fr' : 'en') as 'fr' | 'en',
  body: 'Bonjour {prénom}',
}));

export const benchmarks: Benchmark[] = [
  {
    name: 'checkDraft, one reply being typed (X)',
    run: (i) => checkDraft(drafts[i % drafts.length]!, profile, { platform: 'x' }),
    budgetMicros: 16_000,
  },
  {
    name: 'checkDraft, 1.5 kB draft (Facebook)',
    run: () => checkDraft(long, profile, { platform: 'facebook' }),
    budgetMicros: 16_000,
  },
  {
    name: '"/" quick insert: slashQuery + matchSnippets over 300 snippets',
    run: () => matchSnippets(snippets, slashQuery('Bonjour /modele-1')!.query, 'fr'),
    budgetMicros: 2000,
  },
];
