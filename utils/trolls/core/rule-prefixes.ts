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
  const r = new PrefixReader(source);
  try {
    const all = r.alternation();
    if (r.i !== source.length) r.fail('could not read');
    if (all.some((p) => p.s === '')) return null;
    return new Set(all.map((p) => p.s));
  } catch {
    return null;
  }
}

const cap = (p: P): P => (p.s.length >= PREFIX_LEN ? { s: p.s.slice(0, PREFIX_LEN), done: false } : p);
function dedupe(ps: P[]): P[] {
  const seen = new Map<string, P>();
  for (const p of ps) seen.set(`${p.done ? 1 : 0}${p.s}`, p);
  return [...seen.values()];
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

/** A recursive-descent reader of a rule's source, from position `i`; throws on what it cannot read. */
class PrefixReader {
  i = 0;
  constructor(private readonly source: string) {}

  fail(why: string): never {
    throw new Error(`${why} at ${this.i} in ${this.source}`);
  }

  alternation(): P[] {
    const out = this.sequence();
    while (this.source[this.i] === '|') {
      this.i++;
      out.push(...this.sequence());
    }
    return out;
  }

  sequence(): P[] {
    const source = this.source;
    let acc: P[] = EMPTY;
    while (this.i < source.length && source[this.i] !== '|' && source[this.i] !== ')') {
      const item = this.quantified();
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

  quantified(): P[] {
    const source = this.source;
    let a = this.atom();
    const q = source[this.i];
    if (q === '?') {
      this.i++;
      a = a.concat(EMPTY);
    } else if (q === '*' || q === '+' || q === '{') {
      let min = q === '+' ? 1 : 0;
      if (q === '{') {
        const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(this.i)) ?? this.fail('bad repeat');
        this.i += m[0].length;
        min = Number(m[1]);
        if (m[2] === undefined && min === 1) return a; // {1}
      } else this.i++;
      // one repetition read, the rest cut off
      a = a.map((p) => ({ s: p.s, done: false }));
      if (min === 0) a = a.concat(EMPTY);
    }
    if (source[this.i] === '?' && q !== undefined && '?*+}'.includes(q)) this.i++; // lazy
    return a;
  }

  atom(): P[] {
    const source = this.source;
    const c = source[this.i]!;
    if (c === '(') return this.group();
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') this.fail('unexpected');
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return CUT;
    }
    if (c === '\\') {
      const e = source[this.i + 1];
      if (e === 'b' || e === 'B') {
        this.i += 2;
        return EMPTY;
      }
      return chars(this.escapeChars());
    }
    return chars([this.char()]);
  }

  /** The next character (a whole code point). */
  char(): string {
    const ch = String.fromCodePoint(this.source.codePointAt(this.i)!);
    this.i += ch.length;
    return ch;
  }

  /** A group; a lookaround matches nothing, so it adds nothing to a prefix. */
  group(): P[] {
    const source = this.source;
    this.i++;
    let zeroWidth = false;
    if (source[this.i] === '?') {
      const kind = source.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.i += 2;
        zeroWidth = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.i += 3;
        zeroWidth = true;
      } else this.fail('unsupported group');
    }
    const inner = this.alternation();
    if (source[this.i] !== ')') this.fail('unclosed group');
    this.i++;
    return zeroWidth ? EMPTY : inner;
  }

  /** One escape (outside or inside a class): its characters, or null for a wide one. */
  escapeChars(): string[] | null {
    const source = this.source;
    const e = source[this.i + 1] ?? this.fail('trailing backslash');
    if (e === 'p' || e === 'P') {
      const close = source.indexOf('}', this.i);
      if (close < 0) this.fail('bad \\p');
      this.i = close + 1;
      return null;
    }
    this.i += 2;
    if (e === 'd') return '0123456789'.split('');
    if ('DsSwW'.includes(e)) return null;
    if (/[0-9a-zA-Z]/.test(e)) this.fail(`unsupported escape \\${e}`);
    return [e]; // an escaped punctuation character stands for itself
  }

  charClass(): P[] {
    const source = this.source;
    this.i++;
    let negated = false;
    if (source[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let cs: string[] | null = [];
    while (source[this.i] !== ']') {
      if (this.i >= source.length) this.fail('unclosed class');
      let one: string[] | null;
      if (source[this.i] === '\\') {
        if (source[this.i + 1] === 'b') this.fail('\\b in a class');
        one = this.escapeChars();
      } else one = [this.char()];
      if (source[this.i] === '-' && source[this.i + 1] !== ']') one = this.range(one);
      cs = cs === null || one === null ? null : cs.concat(one);
    }
    this.i++;
    return negated ? CUT : chars(cs);
  }

  /** A range in a class: from the single character just read (`one`) to the next one. */
  range(one: string[] | null): string[] | null {
    this.i++;
    const hi = this.source[this.i] === '\\' ? this.escapeChars() : [this.char()];
    if (!one || !hi || one.length !== 1 || hi.length !== 1) return null;
    const lo = one[0]!.codePointAt(0)!;
    const top = hi[0]!.codePointAt(0)!;
    if (top - lo > 256) return null;
    const out: string[] = [];
    for (let cp = lo; cp <= top; cp++) out.push(String.fromCodePoint(cp));
    return out;
  }
}
