// A member of a brand community: an author Tact has seen post in it, kept so that "new here" means
// the first time in that community (not the first time on a page view). One row per brand and
// author (table `members`); the community is the brand's places (its `communities` list) and the
// threads under its own accounts' posts, on every platform.
import { z } from '../../shared/zod';

export const memberSchema = z.object({
  /** `${brandId}|${authorKey}` (authorKey: trolls/core/author.ts authorKeyOf). */
  key: z.string().min(1).max(700),
  brandId: z.string().min(1).max(100),
  authorKey: z.string().min(1).max(600),
  platform: z.string().min(1).max(40),
  name: z.string().max(200),
  handle: z.string().max(200),
  firstSeenAt: z.number().int().nonnegative(),
  /** The item they were first seen with (the one a welcome answers). */
  firstItemKey: z.string().max(300),
  welcomedAt: z.number().int().nonnegative().nullable(),
  welcomedBy: z.string().max(200).nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export function memberKey(brandId: string, authorKey: string): string {
  return `${brandId}|${authorKey}`;
}
