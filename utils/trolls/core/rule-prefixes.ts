// The ways a match of a cue rule can begin, read from the rule's source: every match starts with one
// of these strings (lower-case ASCII, at most 3 characters), so that findCues (cues.ts) tries a rule
// only where the text starts that way. Knows the syntax the cue rules use (groups, lookarounds,
// alternation, classes, escapes, quantifiers). Never too strict: a prefix is cut short at anything
// it does not pin down (a wide escape such as \p{L} or \s, a negated class, a non-ASCII character,
// a repeat), a lookaround or \b adds nothing since it consumes nothing, and a source it cannot read
// gives null (the rule is then tried everywhere).

export const PREFIX_LEN = 3;

/**
 * The form of a character in a prefix, the same for every character a case-insensitive rule matches
 * with it: ASCII and Latin-1/Latin Extended-A letters lower-cased, where the case pairs of Unicode's
 * simple case folding are the plain upper/lower pairs, and ’. Anything else (-1) is not pinned down: a prefix
 * stops before it. Left out: U+0130 İ and U+0131 ı (Turkish i) and U+017F ſ (folds to s), and every
 * character outside these blocks, such as U+212A KELVIN SIGN (folds to k).
 */
export function keyChar(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  // the typographic apostrophe of "t’es", "j’ai": no case, and nothing folds to it; given the code
  // of ſ, which has no key of its own, so that every key fits in 9 bits
  if (c === 0x2019) return 0x17f;
  if (c < 0xc0 || c > 0x17e || c === 0x130 || c === 0x131 || c === 0xd7 || c === 0xf7) return -1;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 && l.charCodeAt(0) >= 0xc0 && l.charCodeAt(0) <= 0x17e ? l.charCodeAt(0) : -1;
}

/** A prefix and whether the part of the pattern read so far ended there (so more may follow). */
type P = { s: string; done: boolean };
const CUT: P[] = [{ s: '', done: false }];
const EMPTY: P[] = [{ s: '', done: true }];

/** Every prefix a match of `source` can begin with, or null when one of them is empty. */
export function rulePrefixes(source: string): Set<string> | null {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i} in ${source}`);
  };

  function alternation(): P[] {
    const out = sequence();
    while (source[i] === '|') {
      i++;
      out.push(...sequence());
    }
    return out;
  }

  function sequence(): P[] {
    let acc: P[] = EMPTY;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const item = quantified();
      if (!acc.some((a) => a.done)) continue; // read, but it cannot extend any prefix
      const next: P[] = [];
      for (const a of acc) {
        if (!a.done) next.push(a);
        else for (const t of item) next.push(cap({ s: a.s + t.s, done: t.done }));
      }
      acc = dedupe(next);
    }
    return acc;
  }

  const cap = (p: P): P => (p.s.length >= PREFIX_LEN ? { s: p.s.slice(0, PREFIX_LEN), done: false } : p);
  function dedupe(ps: P[]): P[] {
    const seen = new Map<string, P>();
    for (const p of ps) seen.set(`${p.done ? 1 : 0}${p.s}`, p);
    return [...seen.values()];
  }

  function quantified(): P[] {
    let a = atom();
    const q = source[i];
    if (q === '?') {
      i++;
      a = a.concat(EMPTY);
    } else if (q === '*' || q === '+' || q === '{') {
      let min = q === '+' ? 1 : 0;
      if (q === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i)) ?? fail('bad repeat');
        i += m[0].length;
        min = Number(m[1]);
        if (m[2] === undefined && min === 1) return a; // {1}
      } else i++;
      // one repetition read, the rest cut off
      a = a.map((p) => ({ s: p.s, done: false }));
      if (min === 0) a = a.concat(EMPTY);
    }
    if (source[i] === '?' && q !== undefined && '?*+}'.includes(q)) i++; // lazy
    return a;
  }

  function atom(): P[] {
    const c = source[i]!;
    if (c === '(') {
      i++;
      let zeroWidth = false;
      if (source[i] === '?') {
        const kind = source.slice(i, i + 3);
        if (kind.startsWith('?:')) i += 2;
        else if (kind.startsWith('?=') || kind.startsWith('?!')) ((i += 2), (zeroWidth = true));
        else if (kind === '?<=' || kind === '?<!') ((i += 3), (zeroWidth = true));
        else fail('unsupported group');
      }
      const inner = alternation();
      if (source[i] !== ')') fail('unclosed group');
      i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') fail('unexpected');
    if (c === '[') return charClass();
    if (c === '^' || c === '$') {
      i++;
      return EMPTY;
    }
    if (c === '.') {
      i++;
      return CUT;
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'b' || e === 'B') {
        i += 2;
        return EMPTY;
      }
      return chars(escapeChars());
    }
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    i += ch.length;
    return chars([ch]);
  }

  /** Single characters as prefixes, in keyChar's form; one it has none for cuts the prefix. */
  function chars(cs: string[] | null): P[] {
    if (cs === null) return CUT;
    const out: P[] = [];
    for (const ch of new Set(cs)) {
      const k = ch.length === 1 ? keyChar(ch.charCodeAt(0)) : -1;
      if (k < 0) out.push(...CUT);
      else out.push({ s: String.fromCharCode(k), done: true });
    }
    return dedupe(out);
  }

  /** One escape (outside or inside a class): its characters, or null for a wide one. */
  function escapeChars(): string[] | null {
    const e = source[i + 1] ?? fail('trailing backslash');
    if (e === 'p' || e === 'P') {
      const close = source.indexOf('}', i);
      if (close < 0) fail('bad \\p');
      i = close + 1;
      return null;
    }
    i += 2;
    if (e === 'd') return '0123456789'.split('');
    if ('DsSwW'.includes(e)) return null;
    if (/[0-9a-zA-Z]/.test(e)) fail(`unsupported escape \\${e}`);
    return [e]; // an escaped punctuation character stands for itself
  }

  function charClass(): P[] {
    i++;
    let negated = false;
    if (source[i] === '^') {
      negated = true;
      i++;
    }
    let cs: string[] | null = [];
    while (source[i] !== ']') {
      if (i >= source.length) fail('unclosed class');
      let one: string[] | null;
      if (source[i] === '\\') {
        if (source[i + 1] === 'b') fail('\\b in a class');
        one = escapeChars();
      } else {
        const ch = String.fromCodePoint(source.codePointAt(i)!);
        i += ch.length;
        one = [ch];
      }
      if (source[i] === '-' && source[i + 1] !== ']') {
        // a range: from the single character just read to the next one
        i++;
        let hi: string[] | null;
        if (source[i] === '\\') hi = escapeChars();
        else {
          const ch = String.fromCodePoint(source.codePointAt(i)!);
          i += ch.length;
          hi = [ch];
        }
        if (!one || !hi || one.length !== 1 || hi.length !== 1) one = null;
        else {
          const lo = one[0]!.codePointAt(0)!;
          const top = hi[0]!.codePointAt(0)!;
          one = [];
          if (top - lo > 256) one = null;
          else for (let cp = lo; cp <= top; cp++) one.push(String.fromCodePoint(cp));
        }
      }
      cs = cs === null || one === null ? null : cs.concat(one);
    }
    i++;
    return negated ? CUT : chars(cs);
  }

  try {
    const all = alternation();
    if (i !== source.length) fail('could not read');
    if (all.some((p) => p.s === '')) return null;
    return new Set(all.map((p) => p.s));
  } catch {
    return null;
  }
}
