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
  /** Per word row: the response of every (width, offset, filter), computed on first use. */
  proj: Array<Float32Array | undefined>;
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
  if (words.length !== count || codes.length !== Math.ceil((count * dims) / 2)) throw new Error('word model: corrupt vocabulary');
  const emb = new Float32Array((count + 1) * dims);
  for (let i = 0; i < count * dims; i++) {
    const nib = (codes[i >> 1]! >> ((i & 1) * 4)) & 15;
    emb[dims + i] = ((nib << 28) >> 28) * file.step[i % dims]!;
  }
  const nets = await Promise.all(file.nets.map(async (n) => ({ q: new Int8Array((await unpackBytes(n.weights)).buffer), n })));
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
    if (at !== q.length || n.bias.length !== widths.length * nf || n.out.length !== widths.length * nf + 1) throw new Error('word model: corrupt filters');
    out[widths.length * NF] = out[widths.length * NF]! + n.out[widths.length * nf]! / N;
  });
  return { ids: new Map(words.map((x, i) => [x, i + 1])), dims, widths, nf: NF, emb, w, bias, out, weight: file.weight, offset: file.offset, proj: new Array<Float32Array | undefined>(count + 1), cached: 0 };
}

// --- scoring -----------------------------------------------------------------------------------------

// at most this many words keep their responses (4,096 × 96 filters × 6 offsets × 4 bytes ≈ 9 MB)
const MAX_CACHED = 4096;

function responses(cnn: WordCnn, row: number): Float32Array {
  const cached = cnn.proj[row];
  if (cached) return cached;
  const { dims, widths, nf, emb, w } = cnn;
  const p = new Float32Array(widths.reduce((a, b) => a + b, 0) * nf);
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
        p[o++] = s;
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

// the comment's words' responses, reused between calls
let seq: Float32Array[] = [];

/**
 * The best (ReLU, max-pooled) response of the filter at offset `o` of width `k` over the words;
 * where it starts goes in `poolAt` (-1 when never positive). Filter-major with the sums kept in registers: about twice as fast
 * as sweeping all filters position by position.
 */
let poolAt = -1;

function pool(sq: Float32Array[], n: number, k: number, o: number, nf: number, b: number): number {
  let best = 0;
  let at = -1;
  if (n >= k && k === 1) {
    for (let s = 0; s < n; s++) {
      const v = b + sq[s]![o]!;
      if (v > best) {
        best = v;
        at = s;
      }
    }
  } else if (n >= k && k === 2) {
    const o1 = o + nf;
    for (let s = 0; s + 1 < n; s++) {
      const v = b + sq[s]![o]! + sq[s + 1]![o1]!;
      if (v > best) {
        best = v;
        at = s;
      }
    }
  } else if (n >= k && k === 3) {
    const o1 = o + nf;
    const o2 = o + 2 * nf;
    for (let s = 0; s + 2 < n; s++) {
      const v = b + sq[s]![o]! + sq[s + 1]![o1]! + sq[s + 2]![o2]!;
      if (v > best) {
        best = v;
        at = s;
      }
    }
  } else {
    // other widths, or fewer words than the width: every start, the words that exist
    const positions = Math.max(1, n - k + 1);
    for (let s = 0; s < positions; s++) {
      let v = b;
      for (let j = 0; j < k && s + j < n; j++) v += sq[s + j]![o + j * nf]!;
      if (v > best) {
        best = v;
        at = s;
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
  const { widths, nf, bias, out } = cnn;
  const n = rows.length;
  if (seq.length < n) seq = new Array<Float32Array>(n * 2);
  const sq = seq;
  for (let t = 0; t < n; t++) sq[t] = responses(cnn, rows[t]!);
  let z = out[widths.length * nf]!;
  let off = 0;
  for (let ki = 0; ki < widths.length; ki++) {
    const k = widths[ki]!;
    for (let f = 0; f < nf; f++) {
      const best = pool(sq, n, k, off * nf + f, nf, bias[ki * nf + f]!);
      const at = poolAt;
      if (at < 0) continue;
      const c = out[ki * nf + f]! * best;
      z += c;
      if (attrib) {
        const m = Math.min(k, n - at);
        for (let j = 0; j < m; j++) attrib[at + j] = attrib[at + j]! + c / m;
      }
    }
    off += k;
  }
  return z;
}
