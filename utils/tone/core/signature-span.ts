// Where a folded draft ends with the brand's signature, `{agent}` standing for 1–60 characters of one line.
// Linear in the draft: a dynamic programme over the draft's tail, never a regex (a regex with one lazy gap
// per `{agent}` backtracked for seconds a keystroke, issue #13).

/** The longest text `{agent}` stands for (characters, white-space runs counted once). */
const GAP = 60;

/**
 * The folded index where the signature starts, when `text` (folded, trimmed at the end) ends with it;
 * -1 otherwise. `template` is folded, its white space collapsed to single spaces and trimmed; a space in
 * it matches any run of white space, and the leftmost possible start is returned.
 */
export function signatureStart(text: string, template: string): number {
  const parts = template.split('{agent}');
  const gaps = parts.length - 1;
  const { chars, at } = tail(text, template.length - 7 * gaps + GAP * gaps + 1);
  const n = chars.length;
  // ok[p]: the template's parts from `i` on (with their gaps) match chars[p, n).
  let ok: Uint8Array = new Uint8Array(n + 1);
  ok[n] = 1;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (i < parts.length - 1) ok = gapBefore(chars, ok);
    const part = parts[i]!;
    const next = new Uint8Array(n + 1);
    for (let p = 0; p + part.length <= n; p++) if (ok[p + part.length] && partAt(chars, p, part)) next[p] = 1;
    ok = next;
  }
  for (let p = 0; p <= n; p++) if (ok[p]) return p === n ? text.length : at[p]!;
  return -1;
}

/** Positions from which 1–GAP characters of one line reach a position marked in `ok`. */
function gapBefore(chars: string[], ok: Uint8Array): Uint8Array {
  const n = chars.length;
  const out = new Uint8Array(n + 1);
  let nearest = -1; // the nearest marked position to the right with no line break in between
  for (let q = n; q >= 0; q--) {
    if (q < n && chars[q] === '\n') nearest = -1;
    if (nearest !== -1 && nearest - q <= GAP) out[q] = 1;
    if (ok[q]) nearest = q;
  }
  return out;
}

function partAt(chars: string[], p: number, part: string): boolean {
  for (let k = 0; k < part.length; k++) {
    const c = chars[p + k]!;
    if (part[k] === ' ' ? c !== ' ' && c !== '\n' : c !== part[k]) return false;
  }
  return true;
}

/**
 * The last `max` characters of `text`, each white-space run as one character ('\n' when it holds a line
 * break, ' ' otherwise), with the index in `text` where each starts.
 */
function tail(text: string, max: number): { chars: string[]; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  let i = text.length;
  while (i > 0 && chars.length < max) {
    let j = i;
    let line = false;
    while (j > 0 && /\s/u.test(text[j - 1]!)) if (text[--j] === '\n') line = true;
    if (j < i) {
      chars.push(line ? '\n' : ' ');
      at.push(j);
      i = j;
    } else {
      chars.push(text[--i]!);
      at.push(i);
    }
  }
  return { chars: chars.reverse(), at: at.reverse() };
}
