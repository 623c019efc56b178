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

export interface WordCnn {
  ids: Map<string, number>;
  dims: number;
  widths: number[];
  nf: number;
  /** Dequantised vectors, (count + 1) × dims. */
  emb: Float32Array;
  nets: Array<{ w: Float32Array[]; bias: Float32Array; out: Float32Array }>;
  weight: number;
  offset: number;
  /** Per word row: the response of every (net, width, offset, filter), computed on first use. */
  proj: Map<number, Float32Array>;
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
  const nets = await Promise.all(
    file.nets.map(async (n) => {
      const q = new Int8Array((await unpackBytes(n.weights)).buffer);
      const w: Float32Array[] = [];
      let at = 0;
      for (const k of widths) {
        const len = nf * k * dims;
        w.push(Float32Array.from(q.subarray(at, at + len), (x) => x * n.scale));
        at += len;
      }
      if (at !== q.length) throw new Error('word model: corrupt filters');
      return { w, bias: Float32Array.from(n.bias), out: Float32Array.from(n.out) };
    }),
  );
  return { ids: new Map(words.map((w, i) => [w, i + 1])), dims, widths, nf, emb, nets, weight: file.weight, offset: file.offset, proj: new Map() };
}

// --- scoring -----------------------------------------------------------------------------------------

const MAX_CACHED = 20_000;

function responses(cnn: WordCnn, row: number): Float32Array {
  let p = cnn.proj.get(row);
  if (p) return p;
  const { dims, widths, nf, emb, nets } = cnn;
  const span = widths.reduce((a, b) => a + b, 0);
  p = new Float32Array(nets.length * span * nf);
  const e = row * dims;
  let o = 0;
  for (const net of nets) {
    widths.forEach((k, ki) => {
      const w = net.w[ki]!;
      for (let j = 0; j < k; j++) {
        for (let f = 0; f < nf; f++) {
          const base = (f * k + j) * dims;
          let s = 0;
          for (let d = 0; d < dims; d++) s += w[base + d]! * emb[e + d]!;
          p![o++] = s;
        }
      }
    });
  }
  if (cnn.proj.size >= MAX_CACHED) cnn.proj.clear();
  cnn.proj.set(row, p);
  return p;
}

/**
 * The network's offensive logit for a word sequence (vocabulary rows), averaged over its nets.
 * With `attrib` (one slot per word), adds to each word its share of what the filters it fed added.
 */
export function wordCnnLogit(cnn: WordCnn, rows: readonly number[], attrib?: Float64Array): number {
  const { widths, nf, nets } = cnn;
  const n = rows.length;
  const span = widths.reduce((a, b) => a + b, 0);
  const resp = rows.map((r) => responses(cnn, r));
  const best = new Float64Array(nf);
  const arg = new Int32Array(nf);
  let total = 0;
  nets.forEach((net, ni) => {
    let z = net.out[widths.length * nf]!;
    let off = 0;
    widths.forEach((k, ki) => {
      best.fill(0);
      arg.fill(-1);
      const positions = Math.max(1, n - k + 1);
      for (let s = 0; s < positions; s++) {
        for (let f = 0; f < nf; f++) {
          let v = net.bias[ki * nf + f]!;
          for (let j = 0; j < k && s + j < n; j++) v += resp[s + j]![(ni * span + off + j) * nf + f]!;
          if (v > best[f]!) {
            best[f] = v;
            arg[f] = s;
          }
        }
      }
      for (let f = 0; f < nf; f++) {
        if (arg[f]! < 0) continue;
        const c = net.out[ki * nf + f]! * best[f]!;
        z += c;
        if (attrib) {
          const s = arg[f]!;
          const m = Math.min(k, n - s);
          for (let j = 0; j < m; j++) attrib[s + j] = attrib[s + j]! + c / m / nets.length;
        }
      }
      off += k;
    });
    total += z;
  });
  return total / nets.length;
}
