// A snippet: a named reply template of the team's library. Stored in the `snippets` table, shared by
// the brand kit and team sync, offered by suggestions and by the "/name" quick insert in reply boxes.
// Validation messages are i18n keys, like the brand profile's.
import { z } from '../../shared/zod';
import { LANGUAGES } from '../../mentions/core/brand';
import { INTENTS } from '../../mentions/core/intent';
import { TROLL_TYPE_IDS } from '../../trolls/core/typology';

/** The variables a snippet body may hold; both spellings of the first name are accepted. */
export const SNIPPET_VARIABLES = ['firstName', 'prénom', 'brand', 'product', 'agent', 'orderId', 'link'] as const;

const name = z
  .string()
  .trim()
  .min(1, 'error.empty')
  .max(60, 'error.tooLong')
  // Typed after "/" in a reply box: letters (any script), digits, dash and underscore, no spaces.
  .regex(/^[\p{L}\p{N}_-]+$/u, 'error.snippetName');

/** What a snippet is for: an ordinary reply, a welcome to a newcomer, thanks to an advocate. */
export const SNIPPET_KINDS = ['reply', 'welcome', 'thanks'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

/** What a user (form, import, sync) provides; ids and counters are filled in by the store. */
export const snippetInputSchema = z.object({
  id: z.string().trim().min(1).max(100).optional(),
  name,
  language: z.enum(LANGUAGES, { error: 'error.language' }),
  body: z.string().trim().min(1, 'error.empty').max(5000, 'error.tooLong'),
  tags: z.array(z.string().trim().min(1, 'error.empty').max(40, 'error.tooLong')).max(20, 'error.tooMany').default([]),
  /** The mention intents it answers; empty = any. */
  intents: z.array(z.enum(INTENTS)).max(INTENTS.length).default([]),
  /** The troll types it fits (playbook replies); empty = none in particular. */
  trollTypes: z.array(z.enum(TROLL_TYPE_IDS)).max(TROLL_TYPE_IDS.length).default([]),
  /** Since v8: reply (default), welcome (newcomers) or thanks (advocates). */
  kind: z.enum(SNIPPET_KINDS).default('reply'),
});
export type SnippetInput = z.input<typeof snippetInputSchema>;

export const snippetSchema = snippetInputSchema.extend({
  id: z.string().trim().min(1).max(100),
  /** How many times it was inserted (local counter). */
  usageCount: z.number().int().nonnegative().default(0),
  updatedAt: z.number().int().nonnegative(),
});
export type Snippet = z.infer<typeof snippetSchema>;
