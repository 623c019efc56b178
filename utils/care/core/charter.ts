// A brand's community charter: numbered clauses (FR and EN), each with a short title, its text and the
// troll types or behaviours it covers. Stored on the brand (so it travels in the brand kit and team
// sync as one field: its bounds keep it well under a sync field's 32 KB, see care-limits test).
// A clause's number is its position in the list, 1-based.
import { z } from '../../shared/zod';
import { TROLL_TYPE_IDS } from '../../trolls/core/typology';

/** Behaviours a clause may cover besides troll types. */
export const CHARTER_BEHAVIOURS = [
  'insult',
  'profanity',
  'personal_data',
  'off_topic',
  'advertising',
  'impersonation',
  'illegal',
] as const;
/** What a clause may cover: a troll type (never the unhappy customer, who breaks no rule) or a behaviour. */
export const CHARTER_COVERS = [
  ...TROLL_TYPE_IDS.filter(
    (t): t is Exclude<(typeof TROLL_TYPE_IDS)[number], 'unhappy_customer'> => t !== 'unhappy_customer',
  ),
  ...CHARTER_BEHAVIOURS,
] as const;
export type CharterCover = (typeof CHARTER_COVERS)[number];

export const CLAUSE_TITLE_MAX = 80;
export const CLAUSE_TEXT_MAX = 600;
export const CLAUSES_MAX = 15;

/** A text in both languages; one of them may be empty, not both. */
const bilingual = (max: number) =>
  z
    .object({
      fr: z.string().trim().max(max, 'error.tooLong').default(''),
      en: z.string().trim().max(max, 'error.tooLong').default(''),
    })
    .refine((t) => t.fr !== '' || t.en !== '', 'error.empty');

export const clauseSchema = z.object({
  /** Stable id (a review records it; renumbering the list does not change what was cited). */
  id: z.string().trim().min(1).max(40),
  title: bilingual(CLAUSE_TITLE_MAX),
  text: bilingual(CLAUSE_TEXT_MAX),
  covers: z.array(z.enum(CHARTER_COVERS)).max(CHARTER_COVERS.length).default([]),
});
export type Clause = z.infer<typeof clauseSchema>;

/**
 * A charter's JSON must fit one team-sync field (utils/sync/core/protocol.ts LIMITS.valueChars): the
 * bounds above keep ordinary text well under it, but quotes, backslashes and line breaks are written
 * twice in JSON, so the whole is checked too.
 */
export const CHARTER_JSON_MAX = 32 * 1024;

export const charterSchema = z
  .object({
    clauses: z.array(clauseSchema).max(CLAUSES_MAX, 'error.tooMany').default([]),
  })
  .refine((c) => JSON.stringify(c).length <= CHARTER_JSON_MAX, { message: 'error.tooLong', path: ['clauses'] });
export type Charter = z.infer<typeof charterSchema>;
export const EMPTY_CHARTER: Charter = { clauses: [] };
