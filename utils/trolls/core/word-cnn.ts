// A small convolutional network over pretrained English word vectors (GloVe 6B, reduced by PCA and
// stored as 4-bit codes): it reads short word sequences and knows words the hashed n-grams never saw
// in training (a rare insult lands near common ones). It only speaks for the offensive output of
// English comments; its logit is averaged with the n-gram model's (see abuse.ts). Trained by
// scripts/train.ts (scripts/lib/word-cnn-train.ts), committed as model/word-cnn.json.
//
// Speed: a filter's response to a word only depends on the word, so each word's responses (every
// net, width and offset) are computed once and kept; a comment then costs a few additions per word.
import { unpackBytes } from './packed';

export const CNN_MAX_TOKENS = 200;

/** The committed JSON form. */
export interface WordCnnFile {
  format: 'tact-word-cnn/1';
  dims: number;
  widths: number[];
  /** Filters per width. */
  filters: number;
  /** Number of vocabulary words. */
  count: number;
  /** packBytes of the words joined by "\n"; word i has row i + 1 (row 0 is padding). */
  words: string;
  /** Step of the 4-bit codes, per dimension. */
  step: number[];
  /** packBytes of the 4-bit codes (signed, -7…7), two per byte, low nibble first, word-major. */
  vectors: string;
  nets: WordCnnNetFile[];
  /** Fusion with the n-gram offensive logit: (1 − weight)·n-gram + weight·cnn + offset. */
  weight: number;
  offset: number;
  trainedOn: string[];
}

export interface WordCnnNetFile {
  /** Step of the int8 filter weights. */
  scale: number;
  /** packBytes of the int8 filter weights: per width, per filter, k·dims values (offset-major). */
  weights: string;
  /** Filter biases, per width then filter. */
  bias: number[];
  /** Output weights (widths × filters) then the output bias. */
  out: number[];
}

/**
 * A ready network. The nets of the file are merged into one wide net (their filters side by side,
 * output weights divided by their number): the mean of their logits is that net's logit.
 */
export interface WordCnn {
  ids: Map<string, number>;
  dims: number;
  widths: number[];
  /** Filters per width, all nets together. */
  nf: number;
  /** Dequantised vectors, (count + 1) × dims. */
  emb: Float32Array;
  /** Per width: nf × k × dims (offset-major). */
  w: Float32Array[];
  /** widths × nf. */
  bias: Float32Array;
  /** widths × nf, then the output bias. */
  out: Float32Array;
  weight: number;
  offset: number;
  /**
   * Per word row: the response of every (width, offset, filter), computed on first use, in steps of
   * `step`. 16-bit integers: half the memory of floats, and a window's sum is exact integer addition.
   */
  proj: Array<Int16Array | undefined>;
  step: number;
  /** How many rows `proj` holds. */
  cached: number;
}

// --- words -------------------------------------------------------------------------------------------

export interface CnnToken {
  word: string;
  /** Span in the folded text. */
  start: number;
  end: number;
}

const TOKEN = /@[\w.]+|https?:\/\/\S+|www\.\S+|[a-z0-9]+(?:'[a-z0-9]+)*|[!?]/g;
const CLITIC = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/;

/**
 * Words of a folded text as the vectors spell them (GloVe splits "don't" into "do" + "n't"), keeping
 * only words `known` knows. @handles, links and the "URL" placeholder of the training tweets are
 * skipped; stretched letters are shrunk when the long form is unknown ("stuuupid" → "stupid").
 */
export function cnnTokens(folded: string, known: (w: string) => boolean): CnnToken[] {
  const out: CnnToken[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const t = m[0];
    const at = m.index!;
    if (t[0] === '@' || t.startsWith('http') || t.startsWith('www.') || t === 'url') continue;
    if (known(t)) {
      out.push({ word: t, start: at, end: at + t.length });
    } else if (t.includes("'")) {
      const c = CLITIC.exec(t);
      if (c && known(c[1]!)) {
        out.push({ word: c[1]!, start: at, end: at + c[1]!.length });
        if (known(c[2]!)) out.push({ word: c[2]!, start: at + c[1]!.length, end: at + t.length });
      } else {
        const w = t.replaceAll("'", '');
        if (known(w)) out.push({ word: w, start: at, end: at + t.length });
      }
    } else if (/(.)\1\1/.test(t)) {
      const two = t.replace(/(.)\1{2,}/g, '$1$1');
      const one = t.replace(/(.)\1+/g, '$1');
      const w = known(two) ? two : known(one) ? one : null;
      if (w) out.push({ word: w, start: at, end: at + t.length });
    }
    if (out.length >= CNN_MAX_TOKENS) break;
  }
  return out;
}

// --- (de)serialisation -------------------------------------------------------------------------------

/** Turns the committed JSON into a ready network. */
export async function parseWordCnn(file: WordCnnFile): Promise<WordCnn> {
  if (file.format !== 'tact-word-cnn/1') throw new Error('word model: unsupported format');
  const { dims, widths, filters: nf, count } = file;
  const words = new TextDecoder().decode(await unpackBytes(file.words)).split('\n');
  const codes = await unpackBytes(file.vectors);
  if (words.length !== count || codes.length !== Math.ceil((count * dims) / 2))
    throw new Error('word model: corrupt vocabulary');
  const emb = new Float32Array((count + 1) * dims);
  for (let i = 0; i < count * dims; i++) {
    const nib = (codes[i >> 1]! >> ((i & 1) * 4)) & 15;
    emb[dims + i] = ((nib << 28) >> 28) * file.step[i % dims]!;
  }
  const nets = await Promise.all(
    file.nets.map(async (n) => ({ q: new Int8Array((await unpackBytes(n.weights)).buffer), n })),
  );
  const N = nets.length;
  const NF = nf * N;
  const w = widths.map((k) => new Float32Array(NF * k * dims));
  const bias = new Float32Array(widths.length * NF);
  const out = new Float32Array(widths.length * NF + 1);
  nets.forEach(({ q, n }, ni) => {
    let at = 0;
    widths.forEach((k, ki) => {
      const len = nf * k * dims;
      for (let i = 0; i < len; i++) w[ki]![ni * len + i] = q[at + i]! * n.scale;
      at += len;
      for (let f = 0; f < nf; f++) {
        bias[ki * NF + ni * nf + f] = n.bias[ki * nf + f]!;
        out[ki * NF + ni * nf + f] = n.out[ki * nf + f]! / N;
      }
    });
    if (at !== q.length || n.bias.length !== widths.length * nf || n.out.length !== widths.length * nf + 1)
      throw new Error('word model: corrupt filters');
    out[widths.length * NF] = out[widths.length * NF]! + n.out[widths.length * nf]! / N;
  });
  // the step of the 16-bit responses: no response can exceed Σ|weight|·max|vector| of its filter
  const maxEmb = new Float64Array(dims);
  for (let i = dims; i < emb.length; i++) maxEmb[i % dims] = Math.max(maxEmb[i % dims]!, Math.abs(emb[i]!));
  let bound = 0;
  widths.forEach((k, ki) => {
    for (let r = 0; r < NF * k; r++) {
      let b = 0;
      for (let d = 0; d < dims; d++) b += Math.abs(w[ki]![r * dims + d]!) * maxEmb[d]!;
      bound = Math.max(bound, b);
    }
  });
  const step = bound / 32_000 || 1;
  return {
    ids: new Map(words.map((x, i) => [x, i + 1])),
    dims,
    widths,
    nf: NF,
    emb,
    w,
    bias,
    out,
    weight: file.weight,
    offset: file.offset,
    proj: new Array<Int16Array | undefined>(count + 1),
    step,
    cached: 0,
  };
}

// --- scoring -----------------------------------------------------------------------------------------

// at most this many words keep their responses (8,192 × 96 filters × 6 offsets × 2 bytes ≈ 9 MB)
const MAX_CACHED = 8192;

function responses(cnn: WordCnn, row: number): Int16Array {
  const cached = cnn.proj[row];
  if (cached) return cached;
  const { dims, widths, nf, emb, w } = cnn;
  const p = new Int16Array(widths.reduce((a, b) => a + b, 0) * nf);
  const e = row * dims;
  let o = 0;
  for (let ki = 0; ki < widths.length; ki++) {
    const k = widths[ki]!;
    const wk = w[ki]!;
    for (let j = 0; j < k; j++) {
      for (let f = 0; f < nf; f++) {
        const base = (f * k + j) * dims;
        let s = 0;
        for (let d = 0; d < dims; d++) s += wk[base + d]! * emb[e + d]!;
        p[o++] = Math.round(s / cnn.step);
      }
    }
  }
  if (cnn.cached >= MAX_CACHED) {
    cnn.proj.fill(undefined);
    cnn.cached = 0;
  }
  cnn.proj[row] = p;
  cnn.cached++;
  return p;
}

// the comment's words' responses side by side (word-major), reused between calls
let buf = new Int16Array(0);
// where each filter's best window starts (index into `buf`), reused between calls
let starts = new Int32Array(0);

/**
 * The best (ReLU, max-pooled) response of the filter of width `k` whose first offset's responses sit
 * at `o` in each word's block, over the `n` words of `b` (blocks of `stride`); the index in `b` where
 * its best window starts goes in `poolAt` (-1 when never positive). Filter-major, walking one flat
 * array with the sums in registers: several times faster than sweeping all filters position by position.
 */
let poolAt = -1;

function pool(
  b: Int16Array,
  n: number,
  stride: number,
  k: number,
  o: number,
  nf: number,
  bias: number,
  step: number,
): number {
  let best = 0;
  let at = -1;
  const end = n * stride;
  if (n >= k && k === 1) {
    for (let p = o; p < end; p += stride) {
      const v = bias + b[p]! * step;
      if (v > best) {
        best = v;
        at = p;
      }
    }
  } else if (n >= k && k === 2) {
    for (let p = o, q = stride + o + nf; q < end; p += stride, q += stride) {
      const v = bias + (b[p]! + b[q]!) * step;
      if (v > best) {
        best = v;
        at = p;
      }
    }
  } else if (n >= k && k === 3) {
    for (let p = o, q = stride + o + nf, r = 2 * stride + o + 2 * nf; r < end; p += stride, q += stride, r += stride) {
      const v = bias + (b[p]! + b[q]! + b[r]!) * step;
      if (v > best) {
        best = v;
        at = p;
      }
    }
  } else {
    // other widths, or fewer words than the width: every start, with the words that exist
    const positions = Math.max(1, n - k + 1);
    for (let s = 0; s < positions; s++) {
      let sum = 0;
      for (let j = 0; j < k && s + j < n; j++) sum += b[(s + j) * stride + o + j * nf]!;
      const v = bias + sum * step;
      if (v > best) {
        best = v;
        at = s * stride + o;
      }
    }
  }
  poolAt = at;
  return best;
}

/**
 * The network's offensive logit for a word sequence (vocabulary rows).
 * With `attrib` (one slot per word), adds to each word its share of what the filters it fed added.
 */
export function wordCnnLogit(cnn: WordCnn, rows: readonly number[], attrib?: Float64Array): number {
  const { widths, nf, bias, out, step } = cnn;
  const n = rows.length;
  const stride = widths.reduce((x, y) => x + y, 0) * nf;
  if (buf.length < n * stride) buf = new Int16Array(Math.max(n, 32) * stride * 2);
  if (starts.length < widths.length * nf) starts = new Int32Array(widths.length * nf);
  const b = buf;
  for (let t = 0; t < n; t++) b.set(responses(cnn, rows[t]!), t * stride);
  let z: number;
  if (n >= 3 && widths.length === 3 && widths[0] === 1 && widths[1] === 2 && widths[2] === 3) {
    z = logit123(b, n, stride, nf, bias, out, step, starts);
  } else {
    z = out[widths.length * nf]!;
    let off = 0;
    for (let ki = 0; ki < widths.length; ki++) {
      for (let f = 0; f < nf; f++) {
        const best = pool(b, n, stride, widths[ki]!, off * nf + f, nf, bias[ki * nf + f]!, step);
        starts[ki * nf + f] = poolAt;
        z += out[ki * nf + f]! * best;
      }
      off += widths[ki]!;
    }
  }
  if (attrib) {
    // each filter's part of the logit, shared by the words of its best window
    for (let ki = 0; ki < widths.length; ki++) {
      const k = widths[ki]!;
      for (let f = 0; f < nf; f++) {
        const p = starts[ki * nf + f]!;
        if (p < 0) continue;
        const s = Math.floor(p / stride);
        const m = Math.min(k, n - s);
        // the best value, read back from the window's responses
        let sum = 0;
        const o = p - s * stride;
        for (let j = 0; j < m; j++) sum += b[(s + j) * stride + o + j * nf]!;
        const c = out[ki * nf + f]! * (bias[ki * nf + f]! + sum * step);
        for (let j = 0; j < m; j++) attrib[s + j] = attrib[s + j]! + c / m;
      }
    }
  }
  return z;
}

/**
 * `wordCnnLogit` for the shipped widths 1, 2, 3 and at least 3 words: the loops of `pool` written
 * out (about a third faster). Where each filter's maximum starts goes in `at` (-1 when never positive).
 */
function logit123(
  b: Int16Array,
  n: number,
  stride: number,
  nf: number,
  bias: Float32Array,
  out: Float32Array,
  step: number,
  at: Int32Array,
): number {
  const end = n * stride;
  let z = out[3 * nf]!;
  for (let f = 0; f < nf; f++) {
    let best = 0;
    let where = -1;
    const bi = bias[f]!;
    for (let p = f; p < end; p += stride) {
      const v = bi + b[p]! * step;
      if (v > best) {
        best = v;
        where = p;
      }
    }
    at[f] = where;
    z += out[f]! * best;
  }
  for (let f = 0; f < nf; f++) {
    let best = 0;
    let where = -1;
    const bi = bias[nf + f]!;
    for (let p = nf + f, q = stride + 2 * nf + f; q < end; p += stride, q += stride) {
      const v = bi + (b[p]! + b[q]!) * step;
      if (v > best) {
        best = v;
        where = p;
      }
    }
    at[nf + f] = where;
    z += out[nf + f]! * best;
  }
  for (let f = 0; f < nf; f++) {
    let best = 0;
    let where = -1;
    const bi = bias[2 * nf + f]!;
    for (
      let p = 3 * nf + f, q = stride + 4 * nf + f, r = 2 * stride + 5 * nf + f;
      r < end;
      p += stride, q += stride, r += stride
    ) {
      const v = bi + (b[p]! + b[q]! + b[r]!) * step;
      if (v > best) {
        best = v;
        where = p;
      }
    }
    at[2 * nf + f] = where;
    z += out[2 * nf + f]! * best;
  }
  return z;
}
