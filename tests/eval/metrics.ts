// Binary classification metrics shared by the evaluations.
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function count(pairs: Array<{ expected: boolean; predicted: boolean }>): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { expected, predicted } of pairs) {
    if (expected && predicted) c.tp++;
    else if (!expected && predicted) c.fp++;
    else if (expected && !predicted) c.fn++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
