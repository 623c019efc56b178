// The brand form's values and their way to and from a Brand: the fields in page order, their
// labels and hints, the text lists ("a, b\nc") split into entries, and issues put on their field.
import { LANGUAGES, type Brand, type Language } from '../core/brand';
import type { MessageKey } from '../../i18n/translate';
import type { I18n } from '../../../components/i18n';
import { placeIssues, type Found, type Issue } from '../../../components/use-form';

export const LIST_FIELDS = ['aliases', 'handles', 'hashtags', 'products', 'misspellings', 'exclude'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const FIELDS = ['name', ...LIST_FIELDS, 'query', 'languages', 'ownAccounts', 'competitor'] as const;
export type Field = (typeof FIELDS)[number];

export interface BrandValues {
  name: string;
  lists: Record<ListField, string>;
  query: string;
  languages: Language[];
  /** One per line: a page name may hold a comma ("Acme, Inc."). */
  ownAccounts: string;
  competitor: boolean;
}

// Every field has its label and hint key (typed: a missing key does not compile).
export const label = (f: Field): MessageKey => `brand.field.${f}`;
const hint = (f: Field): MessageKey => `brand.hint.${f}`;
export const HINTS = Object.fromEntries(FIELDS.map((f) => [f, hint(f)])) as Record<Field, MessageKey>;

/** "a, b\nc" → ["a", "b", "c"]: commas and new lines separate, blanks are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function valuesOf(brand: Brand | undefined): BrandValues {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, (brand?.[f] ?? []).join('\n')]));
  return {
    name: brand?.name ?? '',
    lists: lists as Record<ListField, string>,
    query: brand?.query ?? '',
    languages: brand?.languages ?? [...LANGUAGES],
    ownAccounts: (brand?.ownAccounts ?? []).join('\n'),
    competitor: brand?.competitor ?? false,
  };
}

/** The brand the form describes, unvalidated (the id kept when editing). */
export function draftOf(values: BrandValues, id: string | undefined) {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, splitList(values.lists[f])]));
  return {
    ...(id ? { id } : {}),
    name: values.name,
    ...lists,
    query: values.query,
    languages: values.languages,
    ownAccounts: values.ownAccounts
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    competitor: values.competitor,
  } as Record<string, unknown>;
}

/**
 * Puts each issue on its field. Paths come from zod (['handles', 0]) or from the background as
 * strings ('brand.handles.0'); an issue on one entry of a list quotes that entry.
 */
export function fieldErrorsOf(
  issues: readonly Issue[],
  sent: Record<string, unknown>,
  i18n: Pick<I18n, 't' | 'issue'>,
): Found<Field> {
  return placeIssues(issues, FIELDS, i18n, 'brand', ([field, index], text) => {
    const list = field ? sent[field] : undefined;
    const entry = index !== undefined && Array.isArray(list) ? list[Number(index)] : undefined;
    return [field ?? '', typeof entry === 'string' ? i18n.t('brand.itemError', { item: entry, message: text }) : text];
  });
}
