// What the page is told about an item's author and rules, besides mentions and troll verdicts: a
// newcomer to the brand community, an advocate or a detractor, the charter clause a troll breaks,
// and the open incident the item belongs to. Part of each items.seen result (`care`).
import { z } from '../../shared/zod';
import type { Item } from '../../platforms/item';
import type { TrollTypeId } from '../../trolls/core/typology';

/** What a suggestion is for: an ordinary reply, or one of community care's. */
export const REPLY_PURPOSES = ['reply', 'welcome', 'thanks', 'charter', 'holding'] as const;
export type ReplyPurpose = (typeof REPLY_PURPOSES)[number];

export const standingSchema = z.object({
  kind: z.enum(['advocate', 'detractor']),
  /** Positive / negative mentions by the author in the last `days` days. */
  positives: z.number().int().nonnegative(),
  negatives: z.number().int().nonnegative(),
  /** Of those, how many were answered (by Tact or seen on the page). */
  answered: z.number().int().nonnegative(),
  days: z.number().int().positive(),
});
export type Standing = z.infer<typeof standingSchema>;

/** A charter clause as a troll card shows and cites it, in the item's language. */
export const clauseRefSchema = z.object({
  id: z.string().max(40),
  n: z.number().int().positive(),
  title: z.string().max(80),
  text: z.string().max(600),
});
export type ClauseRef = z.infer<typeof clauseRefSchema>;

export const careInfoSchema = z.object({
  /** First time the author is seen in this brand's community (and not a spammer or troll). */
  newcomer: z.boolean(),
  standing: standingSchema.nullable(),
  clause: clauseRefSchema.nullable(),
  /** The brand's open incident this item belongs to, if any. */
  incidentId: z.string().max(100).nullable(),
});
export type CareInfo = z.infer<typeof careInfoSchema>;

export const NO_CARE: CareInfo = { newcomer: false, standing: null, clause: null, incidentId: null };

/** One item of an items.seen batch as community care reads it. */
export interface CareEntry {
  key: string;
  item: Item;
  /** The brands it mentions. */
  brandIds: string[];
  ours: boolean;
  /** The language of its analysis, when it is a mention. */
  lang: 'fr' | 'en' | null;
  /** The troll verdict type at the user's sensitivity (unhappy_customer included), or null. */
  troll: TrollTypeId | null;
  /** Tact has flagged the author as a troll before (or in this batch): no welcome for any of their items. */
  authorTroll?: boolean;
}
