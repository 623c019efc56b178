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
  /** Since v2: when a CM marked it replied, for first-response time. */
  repliedAt: z.number().nullable(),
});
export type StoredItem = z.infer<typeof storedItemSchema>;

/** What the core said of a mention: stored with the item for the inbox. */
export type ItemAnalysis = Pick<StoredItem, 'intent' | 'sentiment' | 'priority'>;
