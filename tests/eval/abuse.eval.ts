// The committed abuse model (utils/trolls/core/model/abuse-model.json) on data it never trained on:
// the official OLID sub-task A test set; the held-out 20% folds of MLMA-FR and of the YouTube spam
// sets (fixed by a seeded hash in scripts/lib/abuse-data.ts); the French Multilingual HateCheck
// cases (never trained on). Thresholds are the ones stored in the model, chosen by scripts/train.ts on
// validation folds of the training sets, never on these.
import type { Evaluation } from '../../scripts/eval';
import {
  datasetsAvailable,
  loadHateCheckFr,
  loadMlma,
  loadOlid,
  loadYoutube,
  type Example,
} from '../../scripts/lib/abuse-data';
import type { Row } from '../../scripts/lib/report';
import { loadAbuseModel, scoreAbuse, type AbuseModel } from '../../utils/trolls/core/abuse';
import { count, prf } from './metrics';

const SKIPPED: Row[] = [{ set: 'all', metric: 'skipped: ../shared/datasets not found', value: '', target: '', n: 0 }];

function binary(model: AbuseModel, examples: Example[], head: 'offensive' | 'spam') {
  const h = head === 'offensive' ? 0 : 3;
  const pairs = examples.map((e) => ({
    expected: e.y[h] === 1,
    predicted: scoreAbuse(e.text, model)[head] >= model.thresholds[head],
  }));
  const c = count(pairs);
  const pos = prf(c);
  const neg = prf({ tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp });
  return {
    f1: pos.f1,
    macroF1: (pos.f1 + neg.f1) / 2,
    accuracy: (c.tp + c.tn) / pairs.length,
    precision: pos.precision,
    recall: pos.recall,
    n: pairs.length,
  };
}

const fmt = (x: number) => Number(x.toFixed(3));

export const evaluations: Evaluation[] = [
  {
    name: 'abuse: OLID sub-task A (official test)',
    async run() {
      if (!datasetsAvailable()) return SKIPPED;
      const model = await loadAbuseModel();
      const r = binary(
        model,
        loadOlid().filter((e) => e.split === 'test'),
        'offensive',
      );
      return [
        { set: 'OLID-A test (EN)', metric: 'macro-F1', value: fmt(r.macroF1), target: '≥ 0.78', n: r.n },
        {
          set: 'OLID-A test (EN)',
          metric: 'F1 OFF / accuracy',
          value: `${fmt(r.f1)} / ${fmt(r.accuracy)}`,
          target: '',
          n: r.n,
        },
      ];
    },
  },
  {
    name: 'abuse: MLMA-FR (held-out 20%)',
    async run() {
      if (!datasetsAvailable()) return SKIPPED;
      const model = await loadAbuseModel();
      const test = loadMlma('fr').filter((e) => e.split === 'test');
      const r = binary(model, test, 'offensive');
      const base = test.filter((e) => e.y[0] === 1).length / test.length;
      return [
        { set: 'MLMA-FR held-out', metric: 'F1 hostile', value: fmt(r.f1), target: '', n: r.n },
        {
          set: 'MLMA-FR held-out',
          metric: 'accuracy (majority class)',
          value: `${fmt(r.accuracy)} (${fmt(Math.max(base, 1 - base))})`,
          target: '',
          n: r.n,
        },
        { set: 'MLMA-FR held-out', metric: 'macro-F1', value: fmt(r.macroF1), target: '', n: r.n },
      ];
    },
  },
  {
    name: 'abuse: YouTube spam (held-out 20%)',
    async run() {
      if (!datasetsAvailable()) return SKIPPED;
      const model = await loadAbuseModel();
      const r = binary(
        model,
        loadYoutube().filter((e) => e.split === 'test'),
        'spam',
      );
      return [
        { set: 'YouTube spam held-out', metric: 'F1 spam', value: fmt(r.f1), target: '', n: r.n },
        { set: 'YouTube spam held-out', metric: 'accuracy', value: fmt(r.accuracy), target: '', n: r.n },
      ];
    },
  },
  {
    name: 'abuse: French HateCheck (never trained on)',
    async run() {
      if (!datasetsAvailable()) return SKIPPED;
      const model = await loadAbuseModel();
      const cases = loadHateCheckFr();
      const byFunc = new Map<string, { hateful: boolean; hate: number; abuse: number; n: number }>();
      for (const e of cases) {
        const s = scoreAbuse(e.text, model);
        const r = byFunc.get(e.tag!) ?? { hateful: e.y[2] === 1, hate: 0, abuse: 0, n: 0 };
        r.n++;
        if (s.hate >= model.thresholds.hate) r.hate++;
        if (s.hate >= model.thresholds.hate || s.offensive >= model.thresholds.offensive) r.abuse++;
        byFunc.set(e.tag!, r);
      }
      const rows: Row[] = [];
      const sorted = [...byFunc.entries()].sort(([a], [b]) => a.localeCompare(b));
      for (const [func, r] of sorted.filter(([, r]) => !r.hateful)) {
        rows.push({
          set: 'HateCheck-FR',
          metric: `${func}: flagged hate (flagged any abuse)`,
          value: `${fmt(r.hate / r.n)} (${fmt(r.abuse / r.n)})`,
          target: '≤ 0.15',
          n: r.n,
        });
      }
      const obf = sorted.filter(([f]) => f.startsWith('spell_'));
      for (const [func, r] of obf)
        rows.push({
          set: 'HateCheck-FR',
          metric: `${func}: recall hate (any abuse)`,
          value: `${fmt(r.hate / r.n)} (${fmt(r.abuse / r.n)})`,
          target: '',
          n: r.n,
        });
      const sum = (xs: Array<[string, { hate: number; abuse: number; n: number }]>, k: 'hate' | 'abuse') =>
        xs.reduce((s, [, r]) => s + r[k], 0) / xs.reduce((s, [, r]) => s + r.n, 0);
      const hatefulAll = sorted.filter(([, r]) => r.hateful);
      rows.push({
        set: 'HateCheck-FR',
        metric: 'obfuscated (spell_*) recall hate (any abuse)',
        value: `${fmt(sum(obf, 'hate'))} (${fmt(sum(obf, 'abuse'))})`,
        target: '',
        n: obf.reduce((s, [, r]) => s + r.n, 0),
      });
      rows.push({
        set: 'HateCheck-FR',
        metric: 'all hateful recall hate (any abuse)',
        value: `${fmt(sum(hatefulAll, 'hate'))} (${fmt(sum(hatefulAll, 'abuse'))})`,
        target: '',
        n: hatefulAll.reduce((s, [, r]) => s + r.n, 0),
      });
      return rows;
    },
  },
];
