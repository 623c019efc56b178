// Matching one comment against the brands: DESIGN's budget is well under 1 ms (goal: tens of µs).
import type { Benchmark } from '../../scripts/bench';
import { findMentions } from '../../utils/mentions/core/match';
import { brandInputSchema } from '../../utils/mentions/core/brand';
import { analyseMention } from '../../utils/mentions/core/analyse';

const brands = ['Acme', 'Orange', 'Crème Café', 'Globex', 'Initech'].map((name, i) => ({
  ...brandInputSchema.parse({
    name,
    aliases: [`${name} Corp`],
    handles: [`@${name.replace(/\W/g, '').toLowerCase()}`],
    hashtags: [`#${name.replace(/\W/g, '')}`],
    products: [`${name} Pro ${i}`],
    exclude: [`${name} juice`],
  }),
  id: String(i),
}));

const comments = [
  "Franchement @acme, ma commande n'est jamais arrivée, c'est la troisième fois !!! 😡",
  'Just got my Orange box and the network is down again, anyone else? #orange',
  'Le Crème Café de ce matin était parfait ☕️ merci',
  'Nothing to do with any brand, just a long comment about the weather and football and the news today.',
  'ACME CORP support answered in 5 minutes, impressive. Globex could learn from that.',
];
const long = comments.join(' ').repeat(8);

export const benchmarks: Benchmark[] = [
  {
    name: 'findMentions, 1 comment, 5 brands',
    run: (i) => findMentions(comments[i % comments.length]!, brands),
    budgetMicros: 1000,
  },
  { name: 'findMentions, 3 kB comment, 5 brands', run: () => findMentions(long, brands), budgetMicros: 1000 },
  // Matcher + intent + sentiment + priority, as the page and the CLI run it on each comment.
  {
    name: 'analyseMention, 1 comment, 5 brands',
    run: (i) => analyseMention(comments[i % comments.length]!, { brands, followers: 1200, since: 0, now: 3_600_000 }),
    budgetMicros: 1000,
  },
];
