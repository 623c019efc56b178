// "Ours" on the command line: a line's `author` (a handle, a page name, a profile URL, or the
// {"name","handle","url"} that `tact extract` writes) checked against the brands' own accounts (their
// `handles` and `ownAccounts`) with the extension's own rule (utils/mentions/core/own.ts).
import { z } from '../../utils/shared/zod';
import type { Brand } from '../../utils/mentions/core/brand';
import { ownBrandOf, type AuthorRef } from '../../utils/mentions/core/own';

const field = z.string().max(1000);
export const authorSchema = z.union([
  field,
  z.object({ name: field.optional(), handle: field.optional(), url: field.optional() }),
]);
export type AuthorInput = z.infer<typeof authorSchema>;

/** The author as the own-account rule reads it: a plain string may be any of the three. */
export function authorRef(author: AuthorInput): AuthorRef {
  if (typeof author !== 'string')
    return { name: author.name ?? '', handle: author.handle ?? '', url: author.url ?? '' };
  const url = /^https?:\/\//i.test(author.trim()) ? author : '';
  return { name: url ? '' : author, handle: url ? '' : author, url };
}

/** The id of the (non-competitor) brand whose own account wrote the line, else null. */
export function ownBrand(author: AuthorInput | undefined, brands: readonly Brand[]): string | null {
  if (author === undefined || brands.length === 0) return null;
  return ownBrandOf(authorRef(author), brands);
}

/** One name for the author in the verdict's thread logic: the handle, else the name, else the URL. */
export function authorName(author: AuthorInput | undefined): string | undefined {
  if (author === undefined || typeof author === 'string') return author;
  return author.handle || author.name || author.url || undefined;
}
