// Spelling distance for misspelled brand names: true when `a` and `b` differ by at most one
// insertion, deletion, substitution or swap of two neighbouring letters (Damerau, restricted).
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every string one deletion away from `word`, with the word itself: the keys of a fuzzy index. */
export function deletions(word: string): string[] {
  const out = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

const POW: number[] = [1];
for (let i = 1; i < 256; i++) POW.push(Math.imul(POW[i - 1]!, 31));

/**
 * Hashes of `word` and of every string one deletion away from it, computed from prefix and
 * suffix hashes without building the strings: the hot path of the misspelling lookup. Equal
 * strings hash equally; collisions are weeded out by withinOneEdit.
 */
export function deletionHashes(word: string): number[] {
  const n = word.length;
  if (n >= POW.length) return [];
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, 31) + word.charCodeAt(i)) | 0;
  const suffix = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(word.charCodeAt(i), POW[n - 1 - i]!) + suffix[i + 1]!) | 0;
  const out = [prefix[n]!];
  for (let i = 0; i < n; i++) out.push((Math.imul(prefix[i]!, POW[n - 1 - i]!) + suffix[i + 1]!) | 0);
  return out;
}
