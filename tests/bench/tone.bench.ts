// The tone of voice on every keystroke and on every opened comment: the live check of a draft must
// stay far below a frame (≤ 1 ms for a reply-sized draft), and three suggestions (filled, fitted and
// re-checked) must feel instant (≤ 5 ms).
import type { Benchmark } from '../../scripts/bench';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { suggest } from '../../utils/tone/core/suggest';

const profile = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  languages: ['fr', 'en'],
  address: 'vous',
  emoji: 'sparing',
  emojiAllowed: ['😊'],
  signature: '— {agent}, équipe Acme',
  banned: ['malheureusement', 'problème', 'galère', 'nul', 'impossible'],
  preferred: [{ use: 'souci', not: ['bug', 'pépin'] }],
  maxLength: { x: 280, facebook: 8000 },
});
const drafts = [
  'Bonjour Marie, malheureusement tu dois attendre. NOUS FAISONS LE MAXIMUM 😊😊',
  'Bonjour Karim, nous regardons votre commande 458921 tout de suite. Pouvez-vous nous écrire en message ' +
    'privé ?\n— MA, équipe Acme',
  'Hi Sarah, thanks for your message! Unfortunately that is not our problem, as I said. Calm down.',
];
const long = drafts.join(' ').repeat(10);
const comments = [
  { text: 'Ma commande n°458921 n’est jamais arrivée, c’est honteux', platform: 'x' as const, author: 'Karim B.' },
  { text: 'J’adore mon RoadRunner 3000, merci Acme !', platform: 'facebook' as const, author: 'Léa Martin' },
  { text: 'Do you ship to Canada?', platform: 'x' as const, author: '@maplefan' },
];
const brand = { name: 'Acme', products: ['RoadRunner 3000'] };

export const benchmarks: Benchmark[] = [
  {
    name: 'checkDraft, reply-sized draft',
    run: (i) => checkDraft(drafts[i % drafts.length]!, profile, { platform: 'x', agent: 'MA' }),
    budgetMicros: 1000,
  },
  {
    name: 'checkDraft, 2.5 kB draft',
    run: () => checkDraft(long, profile, { platform: 'facebook', agent: 'MA' }),
    budgetMicros: 5000,
  },
  {
    name: 'suggest, three replies',
    run: (i) => suggest(comments[i % comments.length]!, profile, [], { agent: 'MA', brand }),
    budgetMicros: 5000,
  },
  {
    name: 'suggest, troll verdict (no reply)',
    run: () => suggest({ ...comments[0]!, troll: 'flamer' }, profile, [], { agent: 'MA', brand }),
    budgetMicros: 1000,
  },
];
