// The abuse model: four logistic regressions (offensive, insult, hate, spam) over the hashed
// features of features.ts, trained by scripts/train.ts and committed as model/abuse-model.json
// (int8 weights, pruned slots, gzip + base64). On English comments the offensive output also hears
// the word network of word-cnn.ts (model/word-cnn.json): the two logits are averaged. Pure code: runs
// the same in Node, the extension and the CLI.
import { DIM, HASH_BITS, damp, visitFeatures } from './features';
import { readsEnglish } from './lang-guess';
import { packBytes, unpackBytes } from './packed';
import { cnnTokens, parseWordCnn, wordCnnLogit, type CnnToken, type WordCnn, type WordCnnFile } from './word-cnn';
import { fold, type FoldedText } from '../../text/fold';

export const HEADS = ['offensive', 'insult', 'hate', 'spam'] as const;
export type AbuseHead = (typeof HEADS)[number];
const H = HEADS.length;
const SPAM = 3;

/** The committed JSON form. */
export interface AbuseModelFile {
  format: 'tact-abuse/2';
  hashBits: number;
  heads: string[];
  bias: number[];
  /** Weight of one int8 step, per head. */
  scale: number[];
  /** Decision thresholds chosen on validation splits of the training data (never on a reported split). */
  thresholds: Record<AbuseHead, number>;
  /** Number of kept slots. */
  count: number;
  /** packBytes of the kept slots as unsigned LEB128 deltas. */
  slots: string;
  /** packBytes of int8 weights, `count` × heads, slot-major. */
  weights: string;
  /** Datasets and sets the weights come from. */
  trainedOn: string[];
}

export interface AbuseModel {
  bias: Float64Array;
  scale: Float64Array;
  thresholds: Record<AbuseHead, number>;
  /** Dense int8 weights, DIM × heads. */
  w: Int8Array;
  trainedOn: string[];
  /** The word network for English offensive language, when shipped. */
  cnn?: WordCnn;
}

export interface AbuseCue {
  /** Span in the original text (end exclusive). */
  start: number;
  end: number;
  /** How much this word raised the strongest output, in logit units. */
  weight: number;
}

export interface AbuseScore {
  offensive: number;
  insult: number;
  hate: number;
  spam: number;
  cues: AbuseCue[];
}

// --- (de)serialisation -------------------------------------------------------------------------------

/**
 * Packs trained float weights (DIM × heads, slot-major) into the committed form, keeping at most
 * `maxSlots`; the int8 step of each head is set by the `clip` quantile of its weights' magnitudes.
 */
export async function packModel(
  weights: Float32Array | Float64Array,
  bias: number[],
  thresholds: Record<AbuseHead, number>,
  trainedOn: string[],
  clip: number,
  maxSlots: number,
): Promise<AbuseModelFile> {
  // One int8 step per head: the largest weights are clipped to a high quantile rather than setting
  // the step themselves, so that the mass of small weights keeps more than a few levels.
  const scale = HEADS.map((_, h) => {
    const mags: number[] = [];
    for (let i = 0; i < DIM; i++) {
      const a = Math.abs(weights[i * H + h]!);
      if (a > 0) mags.push(a);
    }
    if (mags.length === 0) return 1;
    mags.sort((a, b) => a - b);
    return mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))]! / 127 || 1;
  });
  // importance of a slot: its largest quantised weight
  const keep: Array<[number, number]> = [];
  for (let i = 0; i < DIM; i++) {
    let imp = 0;
    for (let h = 0; h < H; h++) imp = Math.max(imp, Math.abs(weights[i * H + h]!) / scale[h]!);
    if (imp >= 0.5) keep.push([i, imp]);
  }
  keep.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = keep
    .slice(0, maxSlots)
    .map((k) => k[0])
    .sort((a, b) => a - b);
  const deltas: number[] = [];
  let last = 0;
  for (const i of kept) {
    let d = i - last;
    last = i;
    while (d >= 0x80) {
      deltas.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    deltas.push(d);
  }
  const q = new Int8Array(kept.length * H);
  kept.forEach((i, k) => {
    for (let h = 0; h < H; h++)
      q[k * H + h] = Math.max(-127, Math.min(127, Math.round(weights[i * H + h]! / scale[h]!)));
  });
  return {
    format: 'tact-abuse/2',
    hashBits: HASH_BITS,
    heads: [...HEADS],
    bias: bias.map((b) => Number(b.toFixed(5))),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    thresholds,
    count: kept.length,
    slots: await packBytes(Uint8Array.from(deltas)),
    weights: await packBytes(new Uint8Array(q.buffer)),
    trainedOn,
  };
}

/** Turns the committed JSON into a ready model. */
export async function parseAbuseModel(file: AbuseModelFile, cnnFile?: WordCnnFile): Promise<AbuseModel> {
  if (file.format !== 'tact-abuse/2' || file.hashBits !== HASH_BITS || file.heads.join() !== HEADS.join()) {
    throw new Error('abuse model: unsupported format');
  }
  const deltas = await unpackBytes(file.slots);
  const q = new Int8Array((await unpackBytes(file.weights)).buffer);
  const w = new Int8Array(DIM * H);
  let pos = 0;
  let slot = 0;
  for (let k = 0; k < file.count; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      const b = deltas[pos++]!;
      d |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    slot += d;
    for (let h = 0; h < H; h++) w[slot * H + h] = q[k * H + h]!;
  }
  const cnn = cnnFile ? await parseWordCnn(cnnFile) : undefined;
  return {
    bias: Float64Array.from(file.bias),
    scale: Float64Array.from(file.scale),
    thresholds: file.thresholds,
    w,
    trainedOn: file.trainedOn,
    cnn,
  };
}

let loading: Promise<AbuseModel> | null = null;

/** Loads the committed model once (lazily: the JSON is only fetched and parsed on first use). */
export function loadAbuseModel(): Promise<AbuseModel> {
  loading ??= Promise.all([import('./model/abuse-model.json'), import('./model/word-cnn.json')]).then(([m, c]) =>
    parseAbuseModel((m.default ?? m) as unknown as AbuseModelFile, (c.default ?? c) as unknown as WordCnnFile),
  );
  return loading;
}

/** The word network's reading of a comment: its words, its logit and each word's share of it. */
interface WordReading {
  tokens: CnnToken[];
  logit: number;
  attrib: Float64Array;
}

/** The word network's reading, or null when the comment does not read as English or none is shipped. */
function readWords(model: AbuseModel, text: string, folded: FoldedText): WordReading | null {
  const cnn = model.cnn;
  if (!cnn) return null;
  const tokens = cnnTokens(folded.text, (w) => cnn.ids.has(w));
  // its vectors are English: it speaks only for comments that surely read as English
  const words = tokens.reduce((n, t) => (t.word === '!' || t.word === '?' ? n : n + 1), 0);
  if (!readsEnglish(text, folded.text, words)) return null;
  const attrib = new Float64Array(tokens.length);
  const logit = wordCnnLogit(
    cnn,
    tokens.map((t) => cnn.ids.get(t.word)!),
    attrib,
  );
  return { tokens, logit, attrib };
}

/** Each n-gram word's share of the word network's logit: a network word's goes to the span holding it. */
function wordShares(cnn: WordCnn, r: WordReading, folded: FoldedText, spans: Array<[number, number]>): Float64Array {
  const perWord = new Float64Array(spans.length);
  let k = 0;
  r.tokens.forEach((t, i) => {
    const at = folded.origin[t.start] ?? 0;
    while (k < spans.length && spans[k]![1] <= at) k++;
    if (k < spans.length && spans[k]![0] <= at) perWord[k] = perWord[k]! + r.attrib[i]! * cnn.weight;
  });
  return perWord;
}

// --- scoring -----------------------------------------------------------------------------------------

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Hate is offence aimed at a group: the hate output is scaled down when the offensive output is below
 * its threshold. Without this, words that merely co-occur with hateful tweets in the training sets
 * ("les réfugiés arrivent…": MLMA-FR is mostly hostile tweets about migrants) are enough to flag hate.
 * The trainer picks the hate threshold on this gated value.
 */
export function gateHate(hate: number, offensive: number, offensiveThreshold: number): number {
  return hate * Math.min(1, offensive / offensiveThreshold);
}

// Per-word contributions (words × outputs), reused between calls: a comment has at most one word
// per character of its folded text, so the buffer grows to the longest comment seen.
let contrib = new Float64Array(1024 * 4);

/** Scores one comment: probabilities per output, and the words that raised them. */
export function scoreAbuse(text: string, model: AbuseModel, folded: FoldedText = fold(text)): AbuseScore {
  const { w, scale } = model;
  const need = (folded.text.length + 1) * H;
  if (contrib.length < need) contrib = new Float64Array(need);
  const acc = contrib;
  acc.fill(0, 0, need);
  const logit = [0, 0, 0, 0];
  // summed in the order extractFeatures lists the features, so scores are the same as from its arrays
  const spans = visitFeatures(text, folded, (slot, fl, t, t2) => {
    const base = slot * H;
    for (let h = 0; h < H; h++) {
      const q = w[base + h]!;
      if (q === 0) continue;
      const c = h === SPAM || fl === 0 ? q : q * damp(fl, q);
      logit[h] = logit[h]! + c;
      if (t >= 0) {
        if (t2 >= 0) {
          acc[t * H + h] = acc[t * H + h]! + c / 2;
          acc[t2 * H + h] = acc[t2 * H + h]! + c / 2;
        } else acc[t * H + h] = acc[t * H + h]! + c;
      }
    }
  });
  const nTok = spans.length;
  const z = logit.map((l, h) => model.bias[h]! + l * scale[h]!);
  const words = readWords(model, text, folded);
  const cnn = model.cnn;
  if (words && cnn) z[0] = (1 - cnn.weight) * z[0]! + cnn.weight * words.logit + cnn.offset;
  const p = z.map(sigmoid);
  p[2] = gateHate(p[2]!, p[0]!, model.thresholds.offensive);
  // the offensive output's cues (below) are only read past half its threshold: only then are the
  // word network's shares mixed in, like the logits
  if (words && cnn && p[0]! >= model.thresholds.offensive / 2) {
    const shares = wordShares(cnn, words, folded, spans);
    for (let t = 0; t < nTok; t++) acc[t * H] = acc[t * H]! * (1 - cnn.weight) + shares[t]! / scale[0]!;
  }
  // cues: words whose contribution raised an output that is at least half-way to its threshold
  const cues: AbuseCue[] = [];
  for (let t = 0; t < nTok; t++) {
    let best = 0;
    for (let h = 0; h < H; h++) {
      if (p[h]! < model.thresholds[HEADS[h]!] / 2) continue;
      best = Math.max(best, acc[t * H + h]! * scale[h]!);
    }
    if (best >= 0.3) cues.push({ start: spans[t]![0], end: spans[t]![1], weight: Number(best.toFixed(3)) });
  }
  cues.sort((a, b) => b.weight - a.weight);
  const top = cues.slice(0, 8).sort((a, b) => a.start - b.start);
  return { offensive: p[0]!, insult: p[1]!, hate: p[2]!, spam: p[3]!, cues: top };
}
