// The troll typology (utils/trolls/core/verdict.ts) on comments written for this project, FR and EN,
// each with the brand post and the visible thread:
//
// - typology-eval.jsonl: the TEST set, 430 comments (40 per type, 30 ordinary comments). Written in
//   one go after the first version of the rules; its per-case failures were never looked at. Figures
//   so far: first version of the rules macro-F1 0.818, unhappy customers flagged 12.5%; after tuning
//   on the dev set only, 0.899 and 7.5%; after a second round on the dev set only (32 more dev cases:
//   customers who do not write in the first person, complaints that hide another type), 0.905 and
//   5.0% (2 of 40).
// - typology-dev.jsonl: the DEV set (124 comments, two product posts) the rules were tuned on;
//   reported beside the test set so the gap is visible.
//
// The author of both sets also wrote the rules, so neither is an independent test: read the figures
// as an upper bound until a set labelled by someone else exists.
//
// Reports typology macro-F1 over the ten ids (ordinary comments count as false positives of the type
// they are given), per-type F1, and the rate of unhappy customers given a troll type or a troll score
// >= 0.5 (target <= 5%).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evaluation } from '../../scripts/eval';
import type { Row } from '../../scripts/lib/report';
import { loadAbuseModel } from '../../utils/trolls/core/abuse';
import { TROLL_TYPE_IDS, type TrollTypeId } from '../../utils/trolls/core/typology';
import { classifyComment, type ClassifyInput } from '../../utils/trolls/core/verdict';
import { prf } from './metrics';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Case extends ClassifyInput {
  id: string;
  type: TrollTypeId | null;
}

export function loadTypologyCases(file = 'typology-eval.jsonl'): Case[] {
  return readFileSync(path.join(ROOT, 'tests/fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

const fmt = (x: number) => Number(x.toFixed(3));

function evaluation(name: string, file: string, set: string): Evaluation {
  return {
    name,
    async run() {
      const model = await loadAbuseModel();
      const cases = loadTypologyCases(file);
      const results = cases.map((c) => ({ c, v: classifyComment(c, model) }));
      const rows: Row[] = [];
      const f1s: number[] = [];
      for (const id of TROLL_TYPE_IDS) {
        const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
        for (const { c, v } of results) {
          const e = c.type === id;
          const p = v.type === id;
          if (e && p) counts.tp++;
          else if (p) counts.fp++;
          else if (e) counts.fn++;
          else counts.tn++;
        }
        const r = prf(counts);
        f1s.push(r.f1);
        rows.push({
          set,
          metric: `F1 ${id} (P/R ${fmt(r.precision)}/${fmt(r.recall)})`,
          value: fmt(r.f1),
          target: '',
          n: counts.tp + counts.fn,
        });
      }
      const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
      const customers = results.filter((r) => r.c.type === 'unhappy_customer');
      const flagged = customers.filter(
        (r) => (r.v.type !== null && r.v.type !== 'unhappy_customer') || r.v.troll >= 0.5,
      ).length;
      const ordinary = results.filter((r) => r.c.type === null);
      const ordinaryFlagged = ordinary.filter((r) => r.v.type !== null && r.v.type !== 'unhappy_customer').length;
      for (const lang of ['fr', 'en']) {
        const sub = results.filter((r) => r.c.lang === lang);
        const acc = sub.filter((r) => r.v.type === r.c.type).length / sub.length;
        rows.unshift({
          set: `${set} (${lang})`,
          metric: 'accuracy (11 outcomes incl. none)',
          value: fmt(acc),
          target: '',
          n: sub.length,
        });
      }
      rows.unshift(
        { set, metric: 'macro-F1 (10 types)', value: fmt(macro), target: '≥ 0.80', n: cases.length },
        {
          set,
          metric: 'unhappy customers flagged as trolls',
          value: fmt(flagged / customers.length),
          target: '≤ 0.05',
          n: customers.length,
        },
        {
          set,
          metric: 'ordinary comments given a troll type',
          value: fmt(ordinaryFlagged / ordinary.length),
          target: '',
          n: ordinary.length,
        },
      );
      return rows;
    },
  };
}

export const evaluations: Evaluation[] = [
  evaluation('typology: test set (FR+EN, with context)', 'typology-eval.jsonl', 'typology-eval'),
  evaluation('typology: dev set (tuned on)', 'typology-dev.jsonl', 'typology-dev'),
];
