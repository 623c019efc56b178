// Brand-mention detection on texts written for this project (tests/fixtures/mentions-labelled.jsonl):
// each line says whether it mentions the Acme brand. The matcher has no trained part: this set is
// evaluation only, never used to tune it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '../../scripts/eval';
import { brandInputSchema } from '../../utils/core/brands/schema';
import { findMentions } from '../../utils/core/mentions/match';
import { count, prf } from './metrics';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const evaluations: Evaluation[] = [
  {
    name: 'brand mentions (Acme, FR+EN)',
    run() {
      const brand = { ...brandInputSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'demo/brand-acme.json'), 'utf8'))), id: 'acme' };
      const lines = readFileSync(path.join(ROOT, 'tests/fixtures/mentions-labelled.jsonl'), 'utf8').split('\n').filter(Boolean);
      const rows = lines.map((l) => JSON.parse(l) as { text: string; lang: string; mentions: boolean });
      return (['fr', 'en'] as const).map((lang) => {
        const subset = rows.filter((r) => r.lang === lang);
        const c = count(subset.map((r) => ({ expected: r.mentions, predicted: findMentions(r.text, [brand]).length > 0 })));
        return { lang, texts: subset.length, ...prf(c), fp: c.fp, fn: c.fn };
      });
    },
  },
];
