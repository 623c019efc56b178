// The matcher's fast path. Most comments name no brand, yet folding, tokenizing and walking them
// with strings and token objects cost ~40 ms per MB. This pass reads the text once as char codes
// into reusable buffers (fold, token boundaries, stretched letters, leetspeak) and hashes each
// word instead of slicing it, then asks only: could any word start a term, join glued words into
// one, be one edit from a name, or hold a name inside a hashtag? When the answer is no, the text
// has no mention; when it is yes (or in a rare shape it does not model: letters spelled out one
// by one), the exact matcher runs. So it may answer yes wrongly (a hash collision), never no
// wrongly: it mirrors fold.ts and tokens.ts step by step, and tests compare both paths.
import { foldChar } from '../../text/fold';
import { LEET as LEET_LETTERS } from '../../text/tokens';

/** The same polynomial hash as deletionHashes (edit-distance.ts): h = h * 31 + code, 32 bits. */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

// A set of 32-bit hashes with a bit table in front: most lookups are answered by one array read.
// The table is sized to its content (about 16 bits per hash): a small one stays in the CPU's
// nearest cache, where a fixed large one missed it on nearly every word.
class HashSet {
  private bits = new Uint32Array(1);
  private shift = 32;
  private exact = new Set<number>();
  add(h: number) {
    this.exact.add(h);
  }
  /** Builds the bit table once every hash is in. */
  seal() {
    let log = 10;
    while (log < 21 && 1 << log < this.exact.size * 16) log++;
    this.bits = new Uint32Array(1 << (log - 5));
    this.shift = 32 - log;
    for (const h of this.exact) {
      const m = mix(h) >>> this.shift;
      this.bits[m >>> 5]! |= 1 << (m & 31);
    }
  }
  has(h: number): boolean {
    const m = mix(h) >>> this.shift;
    return (this.bits[m >>> 5]! & (1 << (m & 31))) !== 0 && this.exact.has(h);
  }
}

// Well-spread bits of a hash, highest first (the low bits of h * 31 + c alone follow the last letter).
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

// Character classes of UTF-16 units as tokens.ts tests them (each unit on its own), learnt once.
const WORD = 1; // [\p{L}\p{N}_]
const LETTER = 2; // \p{L}
const LEET = 4; // what unleet() replaces: 0-9 @ $
const KNOWN = 8;
const CLASS = new Uint8Array(65536);
// Leetspeak as unleet() reads it; every other code reads as itself.
const UNLEET = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) UNLEET[c] = c;
for (const [k, v] of Object.entries(LEET_LETTERS)) UNLEET[k.charCodeAt(0)] = v.charCodeAt(0);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const digit = c >= 48 && c <= 57;
  CLASS[c] =
    KNOWN |
    (letter || digit || c === 95 ? WORD : 0) |
    (letter ? LETTER : 0) |
    (digit || c === 64 || c === 36 ? LEET : 0);
}
const WORD_RE = /^[\p{L}\p{N}_]$/u;
const LETTER_RE = /^\p{L}$/u;
function learn(c: number): number {
  const s = String.fromCharCode(c);
  return (CLASS[c] = KNOWN | (WORD_RE.test(s) ? WORD : 0) | (LETTER_RE.test(s) ? LETTER : 0));
}

// fold() of one UTF-16 unit when it is one unit (0: not known yet, or not one unit).
const FOLD1 = new Uint16Array(65536);
for (let c = 1; c < 128; c++) FOLD1[c] = c >= 65 && c <= 90 ? c + 32 : c;

const pair = (a: number, b: number) => (Math.imul(a, 31) + b) & 0xffff;

// 31^n, the weight of a word of n letters when words are joined into one hash.
const POW = new Int32Array(64);
POW[0] = 1;
for (let k = 1; k < POW.length; k++) POW[k] = Math.imul(POW[k - 1]!, 31);
function power(n: number): number {
  let p = 1;
  for (let k = 0; k < n; k++) p = Math.imul(p, 31);
  return p;
}

export interface PrefilterTerms {
  /** Every word that can start a term (the keys at the root of the matcher's trie). */
  firstWords: Iterable<string>;
  /** deletionHashes of every name read fuzzily, and the word lengths worth trying. */
  fuzzyHashes: Iterable<number>;
  fuzzyLengths: Iterable<number>;
  /** The names read fuzzily (five letters or more). */
  fuzzyWords: Iterable<string>;
  /** Names looked for inside hashtags. */
  compound: readonly string[];
}

export class Prefilter {
  private first = new HashSet();
  private fuzzy = new HashSet();
  private fuzzyLength = new Uint8Array(256);
  private fuzzyEnds = new Uint8Array(65536);
  private compound = new HashSet();
  private compoundLengths: number[];
  // Reusable buffers: the folded text, then per token its hashes and shape.
  private f = new Uint16Array(1024);
  private w = new Uint16Array(256);
  private pre = new Int32Array(257);
  private suf = new Int32Array(257);
  private tRaw = new Int32Array(64);
  private tLeet = new Int32Array(64);
  private tPow = new Int32Array(64);
  private tKinds = new Uint8Array(64);
  private tGlued = new Uint8Array(64);

  constructor(terms: PrefilterTerms) {
    for (const w of terms.firstWords) this.first.add(hashWord(w));
    for (const h of terms.fuzzyHashes) this.fuzzy.add(h);
    for (const n of terms.fuzzyLengths) if (n >= 0 && n < 256) this.fuzzyLength[n] = 1;
    // One edit leaves the first two letters of a word of four or more as they were, or its last
    // two: a word that shares neither with any name cannot be one edit from it.
    for (const w of terms.fuzzyWords) {
      const n = w.length;
      if (n < 5) throw new Error(`A name read fuzzily has five letters or more: ${w}`);
      this.fuzzyEnds[pair(w.charCodeAt(0), w.charCodeAt(1))] = 1;
      this.fuzzyEnds[pair(w.charCodeAt(n - 2), w.charCodeAt(n - 1))] = 1;
    }
    for (const w of terms.compound) this.compound.add(hashWord(w));
    this.first.seal();
    this.fuzzy.seal();
    this.compound.seal();
    this.compoundLengths = [...new Set(terms.compound.map((w) => w.length))].filter((n) => n > 0).sort((a, z) => a - z);
  }

  /** False when `word` (folded) cannot be one edit from a name: it shares neither end with one. */
  mayBeOneEdit(word: string): boolean {
    const n = word.length;
    return (
      n >= 4 &&
      (this.fuzzyEnds[pair(word.charCodeAt(0), word.charCodeAt(1))] === 1 ||
        this.fuzzyEnds[pair(word.charCodeAt(n - 2), word.charCodeAt(n - 1))] === 1)
    );
  }

  /** False only when the exact matcher would find nothing at all in `text`. */
  mayMatch(text: string): boolean {
    const n = this.foldInto(text);
    return this.scan(n);
  }

  // fold(text).text, written as char codes into this.f; returns its length.
  private foldInto(text: string): number {
    const len = text.length;
    let f = this.f;
    // Room for one unit per unit; a character that folds to more (ß → ss) grows it below.
    if (f.length < len + 8) f = this.f = new Uint16Array(len * 2 + 8);
    let n = 0;
    for (let i = 0; i < len;) {
      const c = text.charCodeAt(i);
      // Most units fold to one unit: a table read, no branch on the character (branches on
      // "is it upper case?" mispredict and cost more than the read).
      const one = FOLD1[c]!;
      if (one !== 0) {
        f[n++] = one;
        i++;
        continue;
      }
      if (c < 128) {
        f[n++] = c; // NUL
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      const out = foldChar(cp);
      if (out.length === 1 && (cp < 0xd800 || (cp > 0xdfff && cp <= 0xffff)) && out.charCodeAt(0) !== 0)
        FOLD1[cp] = out.charCodeAt(0);
      if (n + out.length + (len - i) + 8 > f.length) {
        const g = new Uint16Array((n + out.length + (len - i) + 8) * 2);
        g.set(f.subarray(0, n));
        f = this.f = g;
      }
      for (let k = 0; k < out.length; k++) f[n++] = out.charCodeAt(k);
      i += cp > 0xffff ? 2 : 1;
    }
    return n;
  }

  // hot loop: kept whole (measured: recording each word through a method cost ~2%); the rare paths
  // (rehash, fuzzyHit) are methods of their own
  // eslint-disable-next-line max-lines-per-function -- hot loop, measured: 1,000 terms, ~85 MB/CPU-s
  private scan(n: number): boolean {
    const f = this.f;
    const first = this.first;
    const fuzzyLength = this.fuzzyLength;
    const hashtags = this.compoundLengths.length > 0;
    let i = 0;
    let gapStart = 0;
    let count = 0;
    let singles = 0; // single-letter words in a row, one separator apart ("a c m e")
    while (i < n) {
      const c = f[i]!;
      const kc = CLASS[c] || learn(c);
      let signed = false;
      if ((kc & WORD) === 0) {
        // "@acme", "#acme": the sign belongs to the word that follows it at once.
        if ((c === 64 || c === 35) && i + 1 < n && ((CLASS[f[i + 1]!] || learn(f[i + 1]!)) & WORD) !== 0) signed = true;
        else {
          i++;
          continue;
        }
      }
      // One word, hashed as it is read (leetspeak and stretched letters, rarer, are redone below).
      const start = i;
      let raw = 0;
      let leet = 0;
      let pow = 1;
      let kinds = 0;
      let repeat = false;
      if (signed) {
        raw = c;
        kinds = c === 64 ? LEET : 0; // "@acme" reads as leetspeak "aacme", as unleet() has it
        i++;
      }
      let p1 = -1;
      let p2 = -1;
      for (;;) {
        // The tight loop: word characters whose class is known.
        while (i < n) {
          const d = f[i]!;
          const k = CLASS[d]!;
          if ((k & WORD) === 0) break;
          if (d === p1 && d === p2) repeat = true;
          p2 = p1;
          p1 = d;
          raw = (Math.imul(raw, 31) + d) | 0;
          kinds |= k;
          i++;
        }
        if (i >= n) break;
        const d = f[i]!;
        if (CLASS[d] === 0) {
          learn(d);
          continue;
        }
        // "4cme" or "ac@me": a digit or @ glued between word characters stays inside the word.
        if ((d === 64 || d === 36) && i > start && i + 1 < n && ((CLASS[f[i + 1]!] || learn(f[i + 1]!)) & WORD) !== 0) {
          if (d === p1 && d === p2) repeat = true;
          p2 = p1;
          p1 = d;
          raw = (Math.imul(raw, 31) + d) | 0;
          kinds |= CLASS[d]!;
          i++;
          continue;
        }
        break;
      }
      const end = i;
      const gap = start - gapStart === 1 ? f[gapStart]! : -1;
      gapStart = end;
      let len = end - start;
      const copied = repeat || (kinds & LEET) !== 0;
      if (copied) {
        // Rarer words: stretched letters ("acmeee") are shrunk as tokens.ts does, and leetspeak
        // ("4cme") is hashed as unleet() reads it. Hash the word again from the buffer.
        len = this.rehash(start, end, repeat);
        raw = this.hRaw;
        leet = this.hLeet;
      } else leet = raw;
      pow = len < POW.length ? POW[len]! : power(len);
      const isLeet = (kinds & (LEET | LETTER)) === (LEET | LETTER);

      // Letters spelled out one by one are joined into a word by tokens.ts: leave those to it.
      const single = len === 1 && (kinds & LETTER) !== 0;
      const sep = gap === 32 || gap === 46 || gap === 45 || gap === 95 || gap === 42; // space . - _ *
      singles = single ? (singles > 0 && sep ? singles + 1 : 1) : 0;
      if (singles >= 3) return true;

      if (first.has(raw) || (isLeet && first.has(leet))) return true;

      // Words glued by one hyphen or dot ("ac-me", "ac.me") are also read as one word.
      if (count === this.tRaw.length) this.grow();
      this.tRaw[count] = raw;
      this.tLeet[count] = leet;
      this.tPow[count] = pow;
      this.tKinds[count] = kinds;
      this.tGlued[count] = gap === 45 || gap === 46 ? 1 : 0;
      if (gap === 45 || gap === 46) if (count > 0 && this.joinedMayMatch(count)) return true;
      count++;

      if (signed) {
        if (c === 35 && hashtags && this.inHashtag(start, end, repeat)) return true;
      } else if (fuzzyLength[len] === 1 && this.fuzzyHit(start, end, len, copied, isLeet)) return true;
    }
    return false;
  }

  // The hashes of the word rehash() last read (raw and as unleet() reads it).
  private hRaw = 0;
  private hLeet = 0;

  // Copies the word f[start, end) into this.w (shrunk with `repeat`) and hashes it; returns its length.
  private rehash(start: number, end: number, repeat: boolean): number {
    const len = this.word(start, end, repeat);
    let raw = 0;
    let leet = 0;
    for (let k = 0; k < len; k++) {
      const d = this.w[k]!;
      raw = (Math.imul(raw, 31) + d) | 0;
      leet = (Math.imul(leet, 31) + UNLEET[d]!) | 0;
    }
    this.hRaw = raw;
    this.hLeet = leet;
    return len;
  }

  // Whether a word of a length some term could be misspelt to may be one edit from a term: its first
  // or last two letters first, read from the buffer rarer words were copied to, or else from the text.
  private fuzzyHit(start: number, end: number, len: number, copied: boolean, isLeet: boolean): boolean {
    const f = this.f;
    const w = this.w;
    let a0 = copied ? w[0]! : f[start]!;
    let a1 = copied ? w[1]! : f[start + 1]!;
    let z1 = copied ? w[len - 2]! : f[end - 2]!;
    let z0 = copied ? w[len - 1]! : f[end - 1]!;
    if (isLeet) {
      a0 = UNLEET[a0]!;
      a1 = UNLEET[a1]!;
      z1 = UNLEET[z1]!;
      z0 = UNLEET[z0]!;
    }
    if (this.fuzzyEnds[pair(a0, a1)] === 1 || this.fuzzyEnds[pair(z1, z0)] === 1) {
      if (!copied) this.word(start, end, false);
      if (this.misspelt(len, isLeet)) return true;
    }
    return false;
  }

  // Copies the word f[start, end) into this.w; with `shrink`, runs of 3+ identical letters become one.
  private word(start: number, end: number, shrink: boolean): number {
    if (this.w.length < end - start) this.w = new Uint16Array((end - start) * 2);
    const f = this.f;
    const w = this.w;
    let len = 0;
    if (!shrink) {
      for (let k = start; k < end; k++) w[len++] = f[k]!;
      return len;
    }
    for (let k = start; k < end;) {
      const d = f[k]!;
      let r = k + 1;
      while (r < end && f[r] === d) r++;
      if (r - k >= 3 && ((CLASS[d] || learn(d)) & LETTER) !== 0) w[len++] = d;
      else for (let q = k; q < r; q++) w[len++] = d;
      k = r;
    }
    return len;
  }

  // The joined words that end at token `last`: from up to three tokens back, while each is glued.
  private joinedMayMatch(last: number): boolean {
    for (let from = last - 1; from >= 0 && from >= last - 3; from--) {
      if (this.tGlued[from + 1] === 0) break;
      let raw = 0;
      let leet = 0;
      let kinds = 0;
      for (let k = from; k <= last; k++) {
        raw = (Math.imul(raw, this.tPow[k]!) + this.tRaw[k]!) | 0;
        leet = (Math.imul(leet, this.tPow[k]!) + this.tLeet[k]!) | 0;
        kinds |= this.tKinds[k]!;
      }
      if (this.first.has(raw) || ((kinds & (LEET | LETTER)) === (LEET | LETTER) && this.first.has(leet))) return true;
    }
    return false;
  }

  // "#boycottacme": a rolling hash over the hashtag, one window length per length of name, looked
  // up among the names' hashes (the way String.includes would find them, without the strings).
  private inHashtag(start: number, end: number, repeat: boolean): boolean {
    const len = this.word(start, end, repeat);
    const w = this.w;
    let kinds = 0;
    for (let k = 1; k < len; k++) kinds |= CLASS[w[k]!] || learn(w[k]!);
    // The buffer is not read again for this word: read the leetspeak in place.
    if ((kinds & (LEET | LETTER)) === (LEET | LETTER)) for (let k = 1; k < len; k++) w[k] = UNLEET[w[k]!]!;
    const body = len - 1;
    for (const n of this.compoundLengths) {
      if (n > body) break;
      const out = n < POW.length ? POW[n]! : power(n);
      let h = 0;
      for (let k = 1; k <= n; k++) h = (Math.imul(h, 31) + w[k]!) | 0;
      if (this.compound.has(h)) return true;
      for (let k = n + 1; k < len; k++) {
        h = (Math.imul(h, 31) + w[k]! - Math.imul(w[k - n]!, out)) | 0;
        if (this.compound.has(h)) return true;
      }
    }
    return false;
  }

  // deletionHashes (edit-distance.ts) of the word in this.w as the matcher reads it, allocating nothing.
  private misspelt(len: number, leet: boolean): boolean {
    const w = this.w;
    const pre = this.pre;
    const suf = this.suf;
    if (leet) for (let k = 0; k < len; k++) w[k] = UNLEET[w[k]!]!;
    pre[0] = 0;
    for (let k = 0; k < len; k++) pre[k + 1] = (Math.imul(pre[k]!, 31) + w[k]!) | 0;
    suf[len] = 0;
    let pow = 1;
    for (let k = len - 1; k >= 0; k--) {
      suf[k] = (Math.imul(w[k]!, pow) + suf[k + 1]!) | 0;
      pow = Math.imul(pow, 31);
    }
    if (this.fuzzy.has(pre[len]!)) return true;
    // Without letter k: prefix before it times 31^(len-1-k), plus the suffix after it.
    pow = 1;
    for (let k = len - 1; k >= 0; k--) {
      if (this.fuzzy.has((Math.imul(pre[k]!, pow) + suf[k + 1]!) | 0)) return true;
      pow = Math.imul(pow, 31);
    }
    return false;
  }

  private grow() {
    const size = this.tRaw.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.tRaw = grow(this.tRaw, new Int32Array(size));
    this.tLeet = grow(this.tLeet, new Int32Array(size));
    this.tPow = grow(this.tPow, new Int32Array(size));
    this.tKinds = grow(this.tKinds, new Uint8Array(size));
    this.tGlued = grow(this.tGlued, new Uint8Array(size));
  }
}
