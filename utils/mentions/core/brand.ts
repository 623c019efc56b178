// The brand profile: what Tact looks for on a page. Validation messages are i18n keys so the
// options page can show them in the user's language next to the field at fault.
import { z } from '../../shared/zod';
import { parseQuery, QueryError } from './query';
import { charterSchema, EMPTY_CHARTER } from '../../care/core/charter';
import { checklistItemSchema, CHECKLIST_MAX, HOLDING_MAX, holdingStatementSchema } from '../../care/core/crisis-kit';

const term = z.string().trim().min(1, 'error.empty').max(100, 'error.tooLong');
const list = (item: z.ZodType<string>) => z.array(item).max(200, 'error.tooMany').default([]);

export const handleSchema = z
  .string()
  .trim()
  .regex(/^@[\p{L}\p{N}_.-]{1,50}$/u, 'error.handle');
export const hashtagSchema = z
  .string()
  .trim()
  .regex(/^#[\p{L}\p{N}_]{1,100}$/u, 'error.hashtag');

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a user (or an import, or the command line) provides. */
export const brandInputSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  name: term,
  aliases: list(term),
  handles: list(handleSchema),
  hashtags: list(hashtagSchema),
  products: list(term),
  /** Known misspellings, matched like names. */
  misspellings: list(term),
  exclude: list(term),
  /** Optional boolean query that decides what counts as a mention: `orange AND (box OR forfait) NOT jus`. */
  query: z
    .string()
    .trim()
    .max(1000, 'error.tooLong')
    .refine((q) => q === '' || validQuery(q), 'error.query')
    .default(''),
  languages: z.array(z.enum(LANGUAGES)).default(['fr', 'en']),
  /**
   * The brand's own accounts on the sites ("our accounts"): `@handle`, a page name as the site shows
   * it, or a profile URL. An item they wrote is ours: never a mention to handle, never judged, and it
   * marks what it answers as answered. The brand's `handles` count as own accounts too.
   */
  ownAccounts: list(z.string().trim().min(1, 'error.empty').max(300, 'error.tooLong')),
  /** A brand tracked for comparison (share of voice), not one the user looks after. */
  competitor: z.boolean().default(false),
  /**
   * Since v8: the places that are the brand's community besides the threads under its own accounts'
   * posts: a page, group or profile URL, or `r/name` for a subreddit. Authors seen there for the first
   * time are newcomers (utils/care).
   */
  communities: list(z.string().trim().min(1, 'error.empty').max(300, 'error.tooLong')),
  /** Since v8: the community charter moderation cites (utils/care/core/charter.ts). */
  charter: charterSchema.default(EMPTY_CHARTER),
  /** Since v8: crisis holding statements, per language, with placeholders. */
  holdingStatements: z.array(holdingStatementSchema).max(HOLDING_MAX, 'error.tooMany').default([]),
  /** Since v8: what to do during an incident, ticked (timed) on the incident. */
  crisisChecklist: z.array(checklistItemSchema).max(CHECKLIST_MAX, 'error.tooMany').default([]),
});
export type BrandInput = z.input<typeof brandInputSchema>;

/** A stored brand. */
export const brandSchema = brandInputSchema.extend({
  id: z.string().min(1).max(100),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Brand = z.infer<typeof brandSchema>;

function validQuery(q: string): boolean {
  try {
    parseQuery(q);
    return true;
  } catch (e) {
    if (e instanceof QueryError) return false;
    throw e;
  }
}

/** The words that find a brand, in the order the matcher reports them. */
export function brandTerms(
  brand: Pick<Brand, 'name' | 'aliases' | 'handles' | 'hashtags' | 'products'> & { misspellings?: string[] },
): string[] {
  return [
    brand.name,
    ...brand.aliases,
    ...brand.handles,
    ...brand.hashtags,
    ...brand.products,
    ...(brand.misspellings ?? []),
  ];
}
