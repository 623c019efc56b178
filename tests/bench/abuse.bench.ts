// Scoring one comment with the abuse model: issue 5 wants ≥ 10,000 comments/s on one core (≤ 100 µs each).
import type { Benchmark } from '../../scripts/bench';
import { loadAbuseModel, scoreAbuse } from '../../utils/core/trolls/abuse';

const model = await loadAbuseModel();

const comments = [
  "Franchement @acme, ma commande n'est jamais arrivée, c'est la troisième fois !!! 😡",
  "T'es vraiment un gros c o n n a r d, ferme ta gueule 🤡",
  'Check out my channel, new video every day! http://bit.ly/xyz',
  'Arrête de dire que les femmes sont nulles, c’est faux.',
  'Thanks for the quick answer, the new version works great and my kids love it.',
  'You are a 1d10t and everyone knows it!!!',
  'Les réfugiés arrivent à la gare ce soir, une association organise l’accueil.',
];
const long = comments.join(' ').repeat(6);

export const benchmarks: Benchmark[] = [
  { name: 'scoreAbuse, 1 comment', run: (i) => scoreAbuse(comments[i % comments.length]!, model), budgetMicros: 100 },
  { name: 'scoreAbuse, 3 kB comment', run: () => scoreAbuse(long, model), budgetMicros: 2000 },
];
