// Brand kit import at the largest sizes the format allows: parsing a near-5 MB kit (validation,
// hostile-key walk, depth scan) and planning it against a large library must not freeze the
// service worker. Budgets: a few hundred ms each on these 2-core machines.
import type { Benchmark } from '../../scripts/bench';
import { KIT_FORMAT, parseKit } from '../../utils/kit/core/document';
import { mergeKit, type LocalState } from '../../utils/kit/core/merge';
import { encodeRoaming } from '../../utils/sync/core/roaming';

const snippet = (i: number, body: string) => ({
  id: `s${i}`,
  name: `reponse-${i}`,
  language: i % 2 ? 'fr' : 'en',
  body,
  tags: ['sav', `t${i % 50}`],
  intents: ['complaint'],
  trollTypes: [],
  updatedAt: 1000 + i,
});
// 10,000 snippets of ~290 characters: about 4 MB, just under the 5 MB limit.
const body = 'Bonjour {prénom}, merci pour votre message 🙏 Nous sommes désolés pour ce retard de livraison. '.repeat(
  3,
);
const big = JSON.stringify({
  format: KIT_FORMAT,
  version: 1,
  snippets: Array.from({ length: 10_000 }, (_, i) => snippet(i, body)),
});
const parsed = parseKit(big);
if (!parsed.ok) throw new Error(`bench kit invalid: ${JSON.stringify(parsed.issues[0])}`);
const kit = parsed.kit;
// A library of 5,000 snippets: half share ids with the kit (some edited later), the rest are others.
const local: LocalState = {
  brands: [],
  toneProfiles: [],
  snippets: Array.from({ length: 5000 }, (_, i) => ({
    ...kit.snippets[i * 2]!,
    body: i % 3 ? kit.snippets[i * 2]!.body : 'edited',
    updatedAt: i % 3 ? 1000 + i * 2 : 99_999,
    usageCount: 1,
  })),
  authors: [],
};

export const benchmarks: Benchmark[] = [
  {
    name: `parseKit, ${(big.length / 1e6).toFixed(1)} MB kit, 10,000 snippets`,
    run: () => parseKit(big),
    budgetMicros: 1_500_000,
  },
  {
    name: 'mergeKit, 10,000 incoming snippets vs 5,000 local',
    run: () => mergeKit(local, kit, {}, { now: 1, newId: () => 'x' }),
    budgetMicros: 500_000,
  },
  {
    name: 'encodeRoaming, settings blob',
    run: (i) => encodeRoaming({ v: 1, at: i, settings: { language: 'fr' } }),
    budgetMicros: 1000,
  },
];
