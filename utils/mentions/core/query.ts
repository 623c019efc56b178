// Boolean queries as listening tools write them: `orange AND (forfait OR box) NOT (jus OR fruit)`.
// Operators in capitals (AND/ET, OR/OU, NOT/SAUF), parentheses, "quoted phrases"; two terms side by
// side mean AND. Parsed once into a tree; evaluated against the set of words a text contains.

export type Query = { op: 'term'; text: string } | { op: 'and' | 'or'; args: Query[] } | { op: 'not'; arg: Query };

export class QueryError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

const OPS: Record<string, 'and' | 'or' | 'not'> = {
  AND: 'and',
  ET: 'and',
  OR: 'or',
  OU: 'or',
  NOT: 'not',
  SAUF: 'not',
};

type Lexeme = { kind: '(' | ')' | 'and' | 'or' | 'not' | 'term'; text: string; at: number };

function lex(src: string): Lexeme[] {
  const out: Lexeme[] = [];
  const re = /\s*(?:(\()|(\))|"([^"]*)"|([^\s()"]+))/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    const at = m.index;
    if (m[1]) out.push({ kind: '(', text: '(', at });
    else if (m[2]) out.push({ kind: ')', text: ')', at });
    else if (m[3] !== undefined) out.push({ kind: 'term', text: m[3], at });
    else if (m[4]) out.push(OPS[m[4]] ? { kind: OPS[m[4]]!, text: m[4], at } : { kind: 'term', text: m[4], at });
  }
  if (src.slice(re.lastIndex).trim()) throw new QueryError('Unclosed quote', re.lastIndex);
  return out;
}

export function parseQuery(query: string): Query {
  // French and typographic quotes work like "…" (same length, so error positions still hold).
  const src = query.replace(/[«»“”]/g, '"');
  const lx = lex(src);
  let i = 0;
  const peek = () => lx[i];
  const orExpr = (): Query => {
    const args = [andExpr()];
    while (peek()?.kind === 'or') {
      i++;
      args.push(andExpr());
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };
  const andExpr = (): Query => {
    const args = [unary()];
    for (;;) {
      const k = peek()?.kind;
      if (k === 'and') i++;
      else if (k !== 'not' && k !== 'term' && k !== '(') break;
      args.push(unary());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const unary = (): Query => {
    const t = peek();
    if (!t) throw new QueryError('A term is missing at the end', src.length);
    if (t.kind === 'not') {
      i++;
      return { op: 'not', arg: unary() };
    }
    if (t.kind === '(') {
      i++;
      const inner = orExpr();
      if (peek()?.kind !== ')') throw new QueryError('A closing parenthesis is missing', peek()?.at ?? src.length);
      i++;
      return inner;
    }
    if (t.kind === 'term') {
      i++;
      if (!t.text.trim()) throw new QueryError('Empty phrase', t.at);
      return { op: 'term', text: t.text };
    }
    throw new QueryError(`Unexpected "${t.text}"`, t.at);
  };
  if (lx.length === 0) throw new QueryError('The query is empty', 0);
  const q = orExpr();
  if (i < lx.length) throw new QueryError(`Unexpected "${lx[i]!.text}"`, lx[i]!.at);
  return q;
}

/** Every term of a query that counts for it (not under a NOT). */
export function positiveTerms(q: Query, negated = false): string[] {
  switch (q.op) {
    case 'term':
      return negated ? [] : [q.text];
    case 'not':
      return positiveTerms(q.arg, !negated);
    default:
      return q.args.flatMap((a) => positiveTerms(a, negated));
  }
}

export function allTerms(q: Query): string[] {
  return q.op === 'term' ? [q.text] : q.op === 'not' ? allTerms(q.arg) : q.args.flatMap(allTerms);
}

export function evaluate(q: Query, has: (term: string) => boolean): boolean {
  switch (q.op) {
    case 'term':
      return has(q.text);
    case 'not':
      return !evaluate(q.arg, has);
    case 'and':
      return q.args.every((a) => evaluate(a, has));
    case 'or':
      return q.args.some((a) => evaluate(a, has));
  }
}
