// Reading a request body safely: the size is capped per route before anything is read, the nesting
// depth is measured on the raw text before JSON.parse (a 2 MB `[[[[…` costs nothing to refuse), and
// strings PostgreSQL cannot store (NUL, lone surrogates) are refused with a 400, never a 500.
import { ApiError } from './store';

/** Deepest nesting of `[`/`{` in JSON text, outside strings; linear, no parse, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) max = Math.max(max, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/** The first string (key or value) PostgreSQL cannot store: holding NUL or a lone UTF-16 surrogate. */
export function findUnstorableString(v: unknown): string | undefined {
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'string') {
      if (!storable(x)) return x;
    } else if (Array.isArray(x)) {
      for (const item of x) stack.push(item);
    } else if (x !== null && typeof x === 'object') {
      for (const [k, item] of Object.entries(x)) {
        if (!storable(k)) return k;
        stack.push(item);
      }
    }
  }
  return undefined;
}

// NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (s: string) => !UNSTORABLE.test(s);

/** Parse JSON text that was already size-limited: depth first, then parse, then the strings. */
export function parseJsonText(text: string, maxDepth: number): unknown {
  if (jsonDepth(text) > maxDepth) throw new ApiError(400, 'too_deep', `JSON nested deeper than ${maxDepth} levels.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_json', 'The body is not valid JSON.');
  }
  if (findUnstorableString(json) !== undefined)
    throw new ApiError(
      400,
      'bad_text',
      'The body holds a NUL character or a lone UTF-16 surrogate (half an emoji), which cannot be stored.',
    );
  return json;
}
