// A charter as a file and as text to paste. Export: a versioned JSON file
// `{ "tact": "charter", "version": 1, "brand": name, "clauses": [...] }` (what import reads back,
// exactly), and the charter as Markdown or plain text in one language, for the brand's page. Import:
// the file parsed and checked, or a clear reason (FR and EN) naming what is wrong: not JSON, not a
// charter file, a newer version, too many clauses, a clause that is invalid (which one, which field),
// a file too long. Pure.
import type { z } from '../../shared/zod';
import { CHARTER_COVERS, CHARTER_JSON_MAX, CLAUSES_MAX, clauseSchema, type Charter } from './charter';
import { clauseRef } from './charter-clause';
import { enCharter, frCharter } from '../messages-charter';

export const CHARTER_FILE_KIND = 'charter';
export const CHARTER_FILE_VERSION = 1;
/** A file longer than this is refused before parsing (a full charter is about 25 KB). */
export const CHARTER_FILE_MAX = 128 * 1024;

export interface CharterFile {
  tact: typeof CHARTER_FILE_KIND;
  version: typeof CHARTER_FILE_VERSION;
  brand: string;
  clauses: Charter['clauses'];
}

export type CharterFileErrorCode =
  | 'tooLong'
  | 'notJson'
  | 'notCharter'
  | 'newerVersion'
  | 'badVersion'
  | 'noClauses'
  | 'tooMany'
  | 'badClause'
  | 'duplicateId'
  | 'tooBig';

export interface CharterFileError {
  code: CharterFileErrorCode;
  /** Values for the message: the clause number, the field, the version, the limits. */
  params: Record<string, string | number>;
}

export type CharterImport = { ok: true; brand: string; charter: Charter } | { ok: false; error: CharterFileError };

/** The JSON file of a brand's charter (2-space indented, one trailing newline). */
export function exportCharterJson(brand: string, charter: Charter): string {
  const file: CharterFile = {
    tact: CHARTER_FILE_KIND,
    version: CHARTER_FILE_VERSION,
    brand,
    clauses: charter.clauses.map((c) => ({
      id: c.id,
      title: { fr: c.title.fr, en: c.title.en },
      text: { fr: c.text.fr, en: c.text.en },
      covers: [...c.covers],
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file name to save it under: `charter-<brand>.json` (or .md / .txt), the brand folded to a slug. */
export function charterFileName(brand: string, ext: 'json' | 'md' | 'txt', lang?: 'fr' | 'en'): string {
  const slug =
    brand
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'brand';
  return `charter-${slug}${lang ? `-${lang}` : ''}.${ext}`;
}

const HEADINGS = {
  fr: (brand: string) => `Charte de la communauté${brand ? ` — ${brand}` : ''}`,
  en: (brand: string) => `Community charter${brand ? ` — ${brand}` : ''}`,
};
const ARTICLE = { fr: 'Article', en: 'Article' };

/** The charter in one language as Markdown: a title, then "## Article N — title" and its text per clause. */
export function charterMarkdown(brand: string, charter: Charter, lang: 'fr' | 'en'): string {
  const lines = [`# ${md(HEADINGS[lang](brand))}`];
  charter.clauses.forEach((c, i) => {
    const ref = clauseRef(c, i + 1, lang);
    lines.push('', `## ${ARTICLE[lang]} ${ref.n} — ${md(ref.title)}`, '', md(ref.text));
  });
  return `${lines.join('\n')}\n`;
}

/** The charter in one language as plain text: "N. title" and its text per clause. */
export function charterText(brand: string, charter: Charter, lang: 'fr' | 'en'): string {
  const lines = [HEADINGS[lang](brand)];
  charter.clauses.forEach((c, i) => {
    const ref = clauseRef(c, i + 1, lang);
    lines.push('', `${ref.n}. ${ref.title}`, ref.text);
  });
  return `${lines.join('\n')}\n`;
}

/** Markdown's own characters in the user's words, escaped so they show as typed. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/gu, (c) => `\\${c}`);
}

/** Reads a charter file; the charter exactly as exported, or what is wrong with it. */
export function importCharterJson(text: string): CharterImport {
  const fail = (code: CharterFileErrorCode, params: CharterFileError['params'] = {}): CharterImport => ({
    ok: false,
    error: { code, params },
  });
  if (text.length > CHARTER_FILE_MAX) return fail('tooLong', { max: Math.round(CHARTER_FILE_MAX / 1024) });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return fail('notJson');
  }
  if (!isObject(raw) || raw.tact !== CHARTER_FILE_KIND) return fail('notCharter');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) return fail('badVersion');
  if (raw.version > CHARTER_FILE_VERSION)
    return fail('newerVersion', { version: raw.version, supported: CHARTER_FILE_VERSION });
  if (!Array.isArray(raw.clauses)) return fail('noClauses');
  if (raw.clauses.length > CLAUSES_MAX) return fail('tooMany', { count: raw.clauses.length, max: CLAUSES_MAX });
  const clauses: Charter['clauses'] = [];
  const ids = new Set<string>();
  for (const [i, c] of raw.clauses.entries()) {
    const parsed = clauseSchema.safeParse(c);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail('badClause', { n: i + 1, field: fieldName(issue.path), reason: reasonOf(issue) });
    }
    if (ids.has(parsed.data.id)) return fail('duplicateId', { n: i + 1, id: parsed.data.id });
    ids.add(parsed.data.id);
    clauses.push(parsed.data);
  }
  // Quotes and line breaks count twice in JSON: the whole must still fit one team-sync field.
  const size = JSON.stringify({ clauses }).length;
  if (size > CHARTER_JSON_MAX) return fail('tooBig', { size, max: CHARTER_JSON_MAX });
  const brand = typeof raw.brand === 'string' ? raw.brand.slice(0, 200) : '';
  return { ok: true, brand, charter: { clauses } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fieldName(path: readonly PropertyKey[]): string {
  const parts = path.filter((p) => typeof p === 'string' || typeof p === 'number').map(String);
  // "covers.3" names the list, "title.fr" the field and its language.
  return (parts[0] === 'covers' ? ['covers'] : parts.slice(0, 2)).join('.') || 'clause';
}

type Reason = 'tooLong' | 'empty' | 'unknownCover' | 'invalid';
function reasonOf(issue: z.core.$ZodIssue): Reason {
  if (issue.message === 'error.tooLong' || issue.code === 'too_big') return 'tooLong';
  if (issue.message === 'error.empty' || issue.code === 'too_small') return 'empty';
  if (issue.path[0] === 'covers' && issue.code === 'invalid_value') return 'unknownCover';
  return 'invalid';
}

/** The reason a file was refused, in `lang` (the UI and the CLI show it as it is). */
export function charterFileMessage(error: CharterFileError, lang: 'fr' | 'en'): string {
  const dict: Record<string, string> = lang === 'fr' ? frCharter : enCharter;
  const params: Record<string, string | number> = { ...error.params };
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/gu, (m, k: string) => (k in params ? String(params[k]) : m));
  if (error.code === 'badClause') {
    if (error.params.reason === 'unknownCover') params.known = CHARTER_COVERS.join(', ');
    const reason = dict[`charter.file.reason.${String(error.params.reason)}`];
    params.reason = reason ? fill(reason) : String(error.params.reason);
  }
  return fill(dict[`charter.file.error.${error.code}`] ?? error.code);
}
