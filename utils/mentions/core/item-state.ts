// The one definition of a mention's state: an item's triage status, the mentions found in it and what
// the core made of it (intent, tone, priority), and the item row as stored. Messages and the database
// derive their shapes from these schemas.
import { z } from '../../shared/zod';
import { itemSchema } from '../../platforms/item';

export const itemStatusSchema = z.enum(['new', 'in_progress', 'replied', 'ignored']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const mentionSchema = z.object({
  brandId: z.string(),
  brandName: z.string(),
  term: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const analysisSchema = z.object({
  intent: z.enum(['question', 'complaint', 'praise', 'purchase_intent', 'urgent', 'other']),
  sentiment: z.number().min(-1).max(1),
  priority: z.number().min(0).max(100),
  nextStep: z.string().max(500),
  lang: z.enum(['fr', 'en']),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** An item as the database keeps it (table `items`). */
export const storedItemSchema = itemSchema.extend({
  key: z.string(),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  /** Brands mentioned in the item. */
  brandIds: z.array(z.string()),
  status: itemStatusSchema,
  /** 1 when the item mentions a brand and nobody has handled it yet (indexable, unlike booleans). */
  attention: z.union([z.literal(0), z.literal(1)]),
  /** Since v2: what the mention is (question, complaint…), its tone and how urgent it is. */
  intent: z.string(),
  sentiment: z.number(),
  priority: z.number(),
  /** Since v2: when a reply was inserted with Tact (or a CM marked it replied). */
  repliedAt: z.number().nullable(),
  /** Since v7: when it was posted, read from the page and resolved against when it was seen; null if unknown. */
  postedAt: z.number().nullable(),
  /** Since v7: 1 when one of a brand's own accounts wrote it: never a mention, never judged, not in the inbox. */
  ours: z.union([z.literal(0), z.literal(1)]),
  /** Since v7: when one of our accounts' replies to it was posted (else seen), read from the page. */
  answeredAt: z.number().nullable(),
  /** Since v7: the own account (handle, else name) that answered it on the page. */
  answeredBy: z.string().nullable(),
  /** Since v7: the language the analysis found ('' when not analysed, or stored before v7). */
  lang: z.enum(['fr', 'en', '']),
  /** Since v7: reactions the page showed on it, when it showed them. */
  reactions: z.number().nullable(),
  /** Since v8: who wrote it, as trolls/core/author.ts authorKeyOf says ('' without an author): indexed. */
  authorKey: z.string().default(''),
});
export type StoredItem = z.infer<typeof storedItemSchema>;

/**
 * The item's first response, the one reports read: the earlier of a reply inserted with Tact
 * (`repliedAt`) and one of our accounts' replies seen on the page (`answeredAt`). Both are kept:
 * the page's answer covers replies written elsewhere, Tact's log covers replies never seen posted.
 */
export function firstResponseAt(item: Pick<StoredItem, 'repliedAt' | 'answeredAt'>): number | null {
  const { repliedAt: r, answeredAt: a } = item;
  if (r === null || r === undefined) return a ?? null;
  if (a === null || a === undefined) return r;
  return Math.min(r, a);
}

const FULL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** An item stored before v7: its posted time only when its `time` was a full ISO date (X, Reddit). */
export function storedPostedAt(time: string): number | null {
  if (!FULL_ISO.test(time.trim())) return null;
  const t = Date.parse(time.trim());
  return Number.isNaN(t) ? null : t;
}

/** What the core said of a mention: stored with the item for the inbox. */
export type ItemAnalysis = Pick<StoredItem, 'intent' | 'sentiment' | 'priority'> & { lang?: 'fr' | 'en' };
