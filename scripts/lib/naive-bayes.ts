// A multinomial naive Bayes baseline for the side-by-side troll benchmark (tests/bench/trolls-compare):
// the textbook classifier a team would write first, trained on the same examples as Tact's
// "offensive" output, so the comparison shows what the logistic model and its features add.
//
// Features: the folded words of the comment (Tact's tokenizer: lower case, no accents, stretched
// letters shrunk; leet is NOT read back, as in a textbook baseline) and word bigrams. Laplace
// smoothing; the decision threshold on the log-odds is chosen on a validation split of the training
// data, never on a reported split.
import { fold } from '../../utils/text/fold';
import { tokenize } from '../../utils/text/tokens';

export interface NaiveBayes {
  /** log P(word | offensive) - log P(word | not), per known feature. */
  ratio: Map<string, number>;
  /** Log-ratio given to a feature never seen in training. */
  unseen: number;
  /** log P(offensive) - log P(not). */
  prior: number;
  /** Decision threshold on the log-odds. */
  threshold: number;
}

/** The words and bigrams of a comment. */
export function nbFeatures(text: string): string[] {
  const words = tokenize(fold(text)).map((t) => (t.text.startsWith('@') ? '@user' : t.text));
  const out = words.slice();
  for (let i = 1; i < words.length; i++) out.push(words[i - 1] + ' ' + words[i]);
  return out;
}

/** Trains on labelled texts (`weight` multiplies an example's counts). */
export function trainNaiveBayes(
  examples: Array<{ text: string; positive: boolean; weight?: number }>,
  alpha = 1,
): NaiveBayes {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  const docs = [0, 0];
  for (const e of examples) {
    const c = e.positive ? 1 : 0;
    const w = e.weight ?? 1;
    docs[c]! += w;
    for (const f of nbFeatures(e.text)) {
      counts[c]!.set(f, (counts[c]!.get(f) ?? 0) + w);
      totals[c]! += w;
    }
  }
  const vocab = new Set([...counts[0]!.keys(), ...counts[1]!.keys()]);
  const denom = [totals[0]! + alpha * (vocab.size + 1), totals[1]! + alpha * (vocab.size + 1)];
  const ratio = new Map<string, number>();
  for (const f of vocab) {
    ratio.set(
      f,
      Math.log(((counts[1]!.get(f) ?? 0) + alpha) / denom[1]!) -
        Math.log(((counts[0]!.get(f) ?? 0) + alpha) / denom[0]!),
    );
  }
  return {
    ratio,
    unseen: Math.log(alpha / denom[1]!) - Math.log(alpha / denom[0]!),
    prior: Math.log(docs[1]! / docs[0]!),
    threshold: 0,
  };
}

/** Log-odds that the comment is offensive. */
export function nbScore(nb: NaiveBayes, text: string): number {
  let s = nb.prior;
  for (const f of nbFeatures(text)) s += nb.ratio.get(f) ?? nb.unseen;
  return s;
}

/** Picks the threshold on the log-odds that maximises macro-F1 on validation examples. */
export function tuneNaiveBayes(nb: NaiveBayes, val: Array<{ text: string; positive: boolean }>): NaiveBayes {
  const scored = val.map((e) => ({ s: nbScore(nb, e.text), y: e.positive })).sort((a, b) => b.s - a.s);
  const pos = scored.filter((x) => x.y).length;
  const neg = scored.length - pos;
  let best = { t: 0, f1: -1 };
  let tp = 0;
  let fp = 0;
  // predicting the first k as offensive, for every k
  for (let k = 0; k <= scored.length; k++) {
    if (k > 0) {
      if (scored[k - 1]!.y) tp++;
      else fp++;
      if (k < scored.length && scored[k]!.s === scored[k - 1]!.s) continue;
    }
    const fn = pos - tp;
    const tn = neg - fp;
    const f1 = ((tp ? (2 * tp) / (2 * tp + fp + fn) : 0) + (tn ? (2 * tn) / (2 * tn + fp + fn) : 0)) / 2;
    if (f1 > best.f1)
      best = { t: k === 0 ? Infinity : k === scored.length ? -Infinity : (scored[k - 1]!.s + scored[k]!.s) / 2, f1 };
  }
  return { ...nb, threshold: best.t };
}
