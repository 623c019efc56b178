// Brand mentions and intents on texts written for this project. Three brands
// (tests/fixtures/mentions-brands.json): Acme (short name, handles, products, exclusions), Kiwi
// (an ambiguous word, found through a boolean query) and Lumora (long enough for misspellings).
//
// - mentions-eval.jsonl: the TEST set (332 texts, FR+EN), written before the rules and never used
//   to tune them. Every figure the README quotes comes from it.
// - mentions-dev.jsonl: the DEV set (178 texts) the rules were written against; reported beside
//   the test set so the gap between the two is visible.
// - mentions-labelled.jsonl: the first 42-text Acme set, kept as it was.
//
// Labelling guide for intents (one per text): urgent = risk to people, outage of a whole service,
// legal threat, public crisis (scandal, boycott, recall, data leak); complaint = one customer's
// dissatisfaction, even phrased as a question; question = asks for information without
// dissatisfaction; purchase_intent = wants to buy or subscribe, asks a price or where to buy;
// praise = satisfaction, thanks, recommendation; other = neutral, news, unrelated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '../../scripts/eval';
import type { Row } from '../../scripts/lib/report';
import { brandInputSchema } from '../../utils/mentions/core/brand';
import { findMentions } from '../../utils/mentions/core/match';
import { classifyIntent, INTENTS, type Intent } from '../../utils/mentions/core/intent';
import { count, prf, type Counts } from './metrics';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);

interface Labelled {
  lang: 'fr' | 'en';
  text: string;
  brand: string | null;
  mentions: boolean;
  intent: Intent;
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function loadBrands() {
  const raw = JSON.parse(readFileSync(fixture('mentions-brands.json'), 'utf8')) as unknown[];
  return raw.map((b) => {
    const parsed = brandInputSchema.parse(b);
    return { ...parsed, id: parsed.id ?? parsed.name };
  });
}

// Every numeric column in the same order, so all rows print in one table.
const row = (
  set: string,
  lang: string,
  texts: number,
  m: { precision: number; recall: number; f1: number },
  fp: number,
  fn: number,
): Row => ({
  set,
  lang,
  texts,
  precision: m.precision,
  recall: m.recall,
  f1: m.f1,
  fp,
  fn,
});

/** Matcher precision and recall over (text, brand) pairs: a mention of the wrong brand is both. */
function matcherRows(set: string, rows: Labelled[]): Row[] {
  const brands = loadBrands();
  const out: Row[] = [];
  for (const lang of ['fr', 'en', 'all'] as const) {
    const subset = rows.filter((r) => lang === 'all' || r.lang === lang);
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const r of subset) {
      const found = new Set(findMentions(r.text, brands).map((m) => m.brandName));
      const expected = new Set(r.mentions && r.brand ? [r.brand] : []);
      for (const b of brands) {
        const e = expected.has(b.name);
        const p = found.has(b.name);
        if (e && p) c.tp++;
        else if (p) c.fp++;
        else if (e) c.fn++;
        else c.tn++;
      }
    }
    out.push(row(set, lang, subset.length, prf(c), c.fp, c.fn));
  }
  return out;
}

/** Per-intent precision, recall and F1 (one-vs-rest), then their macro average. */
function intentRows(set: string, rows: Labelled[]): Row[] {
  const predicted = rows.map((r) => classifyIntent(r.text, { lang: r.lang }).intent);
  const out: Row[] = [];
  const per = INTENTS.map((intent) => {
    const c = count(rows.map((r, i) => ({ expected: r.intent === intent, predicted: predicted[i] === intent })));
    const m = prf(c);
    out.push(row(`${set} intent ${intent}`, 'all', c.tp + c.fn, m, c.fp, c.fn));
    return m;
  });
  const mean = (k: 'precision' | 'recall' | 'f1') => per.reduce((s, m) => s + m[k], 0) / per.length;
  for (const lang of ['fr', 'en'] as const) {
    const idx = rows.map((r, i) => (r.lang === lang ? i : -1)).filter((i) => i >= 0);
    const perLang = INTENTS.map((intent) =>
      prf(count(idx.map((i) => ({ expected: rows[i]!.intent === intent, predicted: predicted[i] === intent })))),
    );
    const m = (k: 'precision' | 'recall' | 'f1') => perLang.reduce((s, x) => s + x[k], 0) / perLang.length;
    const wrong = idx.filter((i) => predicted[i] !== rows[i]!.intent).length;
    out.push(
      row(
        `${set} intent macro`,
        lang,
        idx.length,
        { precision: m('precision'), recall: m('recall'), f1: m('f1') },
        wrong,
        wrong,
      ),
    );
  }
  const wrong = rows.filter((r, i) => predicted[i] !== r.intent).length;
  out.push(
    row(
      `${set} intent macro`,
      'all',
      rows.length,
      { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
      wrong,
      wrong,
    ),
  );
  return out;
}

export const evaluations: Evaluation[] = [
  {
    name: 'brand matcher (Acme, Kiwi, Lumora)',
    run: () => [
      ...matcherRows('test', readJsonl<Labelled>(fixture('mentions-eval.jsonl'))),
      ...matcherRows('dev', readJsonl<Labelled>(fixture('mentions-dev.jsonl'))),
    ],
  },
  {
    name: 'intent (6 classes, macro-F1; fp/fn = errors on macro rows)',
    run: () => [
      ...intentRows('test', readJsonl<Labelled>(fixture('mentions-eval.jsonl'))),
      ...intentRows('dev', readJsonl<Labelled>(fixture('mentions-dev.jsonl'))),
    ],
  },
  {
    name: 'brand mentions (Acme, first 42 texts)',
    run() {
      const brand = {
        ...brandInputSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'demo/brand-acme.json'), 'utf8'))),
        id: 'acme',
      };
      const rows = readJsonl<{ text: string; lang: string; mentions: boolean }>(fixture('mentions-labelled.jsonl'));
      return (['fr', 'en'] as const).map((lang) => {
        const subset = rows.filter((r) => r.lang === lang);
        const c = count(
          subset.map((r) => ({ expected: r.mentions, predicted: findMentions(r.text, [brand]).length > 0 })),
        );
        return row('labelled-42', lang, subset.length, prf(c), c.fp, c.fn);
      });
    },
  },
];
