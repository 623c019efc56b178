// The "/" quick insert's logic, pure: what the CM is typing after "/", which snippets it names,
// and a snippet's body filled with what is known of the item being answered.
import { fold } from '../../text/fold';

export interface SlashQuery {
  /** What follows "/" (possibly empty). */
  query: string;
  /** Length of "/query", the text to replace, which ends at the caret. */
  length: number;
}

// "/" at the start of the box or after white space, then a snippet name's characters up to the caret:
// "http://", "1/2" or "and/or" never open the list.
const SLASH = /(?:^|[\s\u00a0])\/([\p{L}\p{N}_-]{0,60})$/u;

/** The "/name" being typed just before the caret, or null. */
export function slashQuery(beforeCaret: string): SlashQuery | null {
  const m = SLASH.exec(beforeCaret);
  if (!m) return null;
  const query = m[1] ?? '';
  return { query, length: query.length + 1 };
}

export interface QuickSnippet {
  id: string;
  name: string;
  language: 'fr' | 'en';
  body: string;
}

/**
 * Snippets whose name starts with `query` (case and accents ignored), then those containing it;
 * the reply's language first. Keeps the input order (most used first) within each group.
 */
export function matchSnippets<S extends QuickSnippet>(
  snippets: readonly S[],
  query: string,
  lang?: 'fr' | 'en',
  max = 8,
): S[] {
  const q = fold(query).text;
  const starts: S[] = [];
  const contains: S[] = [];
  for (const s of snippets) {
    const name = fold(s.name).text;
    if (name.startsWith(q)) starts.push(s);
    else if (q !== '' && name.includes(q)) contains.push(s);
  }
  const byLang = (list: S[]) =>
    lang ? [...list.filter((s) => s.language === lang), ...list.filter((s) => s.language !== lang)] : list;
  return [...byLang(starts), ...byLang(contains)].slice(0, max);
}

export interface FillValues {
  firstName?: string;
  brand?: string;
  product?: string;
  agent?: string;
  orderId?: string;
  link?: string;
}

export interface Filled {
  text: string;
  /** The first variable left as `{name}` (nothing known for it), to select for the CM to type over. */
  firstUnfilled: { start: number; end: number; name: string } | null;
}

/**
 * Fills `{firstName}`/`{prénom}`, `{brand}`, `{product}`, `{agent}`, `{orderId}`, `{link}` where
 * known; leaves the rest.
 */
export function fillSnippet(body: string, values: FillValues): Filled {
  const lookup: Record<string, string | undefined> = { ...values, prénom: values.firstName };
  const text = body.replace(/\{([\p{L}_]+)\}/gu, (whole, name: string) => {
    const v = lookup[name];
    return v !== undefined && v.trim() !== '' ? v : whole;
  });
  const m = /\{([\p{L}_]+)\}/u.exec(text);
  return { text, firstUnfilled: m ? { start: m.index, end: m.index + m[0].length, name: m[1]! } : null };
}

/**
 * The first name in a display name ("Marie Dupont" → "Marie"; handles and initials give nothing).
 * The same rule as suggest.ts's firstNameOf, kept here so the content script does not load the
 * suggestion engine and its lexicons for the quick insert.
 */
export function firstNameIn(author: string | null | undefined): string | undefined {
  const name = author?.trim();
  if (!name || name.startsWith('@') || /^u\//.test(name)) return undefined;
  const first = name.split(/\s+/)[0]!;
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(first) ? first : undefined;
}
