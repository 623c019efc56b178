// The mentions' messages: what a page shows (page.*, items.seen), the brands watched (brands.*), the
// triage of items (items.*), spike alerts (alerts.*) and the popup's tab summary. Contract only.
import { z } from '../shared/zod';
import { brandInputSchema, brandSchema } from './core/brand';
import { analysisSchema, itemStatusSchema, mentionSchema } from './core/item-state';
import { INTENTS } from './core/intent';
import { SENTIMENT_LABELS } from './core/correction';
import { authorMemorySchema, trollVerdictSchema } from '../trolls/core/author';
import { itemSchema } from '../platforms/item';
import { PLATFORMS } from '../platforms/ids';
import { contentRoute, route } from '../messaging/route';
import { careInfoSchema } from '../care/core/care-info';

const pageUrl = z.string().url().max(2048);
/** Counts the pages a tab's content script has shown (SPA navigations): late batches of an old page are told apart. */
const pageNumber = z.number().int().nonnegative().optional();
const platform = z.enum(PLATFORMS);
const sentiment = z.enum(SENTIMENT_LABELS).optional();

/** What to draw on one item of a batch. */
const seenResultSchema = z.object({
  key: z.string(),
  mentions: z.array(mentionSchema),
  attention: z.boolean(),
  /** What the mention is, for the badge and its card; null when the item names no brand. */
  analysis: analysisSchema.nullable().default(null),
  /** The troll verdict when flagged at the user's sensitivity (or an unhappy customer); else null. */
  troll: trollVerdictSchema.nullable().default(null),
  /** What Tact remembers of the author, for the chip; null when the item has no author. */
  author: authorMemorySchema.nullable().default(null),
  /** Written by one of a brand's own accounts: drawn as "Our account", never as a mention. */
  ours: z.boolean().optional(),
  /** Community care: newcomer, advocate or detractor, the charter clause a troll breaks, its open incident. */
  care: careInfoSchema.nullable().optional(),
});

export const mentionsRoutes = {
  /** A content script started on a page (load or SPA navigation): the tab's list starts afresh. */
  'page.start': route(['content'], z.object({ platform, url: pageUrl, page: pageNumber }), z.object({})),
  /** A batch of items read on the page; answered with what to draw on each. */
  'items.seen': route(
    ['content'],
    z.object({ platform, url: pageUrl, items: z.array(itemSchema).min(1).max(200), page: pageNumber }),
    z.object({ results: z.array(seenResultSchema) }),
  ),
  /** How many items an adapter found on a page where it expected some. */
  'page.health': route(
    ['content'],
    z.object({ platform, url: pageUrl, found: z.number().int().nonnegative() }),
    z.object({}),
  ),
  'brands.list': route(['page'], z.object({}), z.array(brandSchema)),
  'brands.save': route(['page'], z.object({ brand: brandInputSchema }), brandSchema),
  'brands.delete': route(['page'], z.object({ id: z.string().min(1) }), z.object({ deleted: z.boolean() })),
  'items.setStatus': route(
    ['page'],
    z.object({ key: z.string().min(1), status: itemStatusSchema }),
    z.object({ updated: z.boolean() }),
  ),
  /**
   * A CM corrects what the core made of a mention (intent, sentiment or both); asking for the model's
   * own value undoes. Logged with who and when; answered with the item's values after it.
   */
  'items.correct': route(
    ['page'],
    z
      .object({ key: z.string().min(1).max(300), intent: z.enum(INTENTS).optional(), sentiment })
      .refine((p) => p.intent !== undefined || p.sentiment !== undefined, 'error.nothingToCorrect'),
    z.object({
      found: z.boolean(),
      intent: z.string(),
      sentiment: z.enum(SENTIMENT_LABELS),
      original: z.object({ intent: z.string().nullable(), sentiment: z.enum(SENTIMENT_LABELS).nullable() }),
    }),
  ),
  /** Brings the CM to an item: its tab if one still shows it, else its permalink in a new tab. */
  'items.open': route(
    ['page'],
    z.object({ key: z.string().min(1) }),
    z.object({ opened: z.enum(['tab', 'new_tab', 'none']) }),
  ),
  /** Hides a spike alert from the popup and the side panel. */
  'alerts.dismiss': route(
    ['page'],
    z.object({ id: z.number().int().nonnegative() }),
    z.object({ dismissed: z.boolean() }),
  ),
  /** What the popup shows for a tab. */
  'tab.summary': route(
    ['page'],
    z.object({ tabId: z.number().int().nonnegative(), url: z.string().max(2048).optional() }),
    z.object({
      platform: platform.nullable(),
      items: z.number().int(),
      mentions: z.number().int(),
      attention: z.number().int(),
      health: z.enum(['ok', 'no_items', 'unknown']),
    }),
  ),
} as const;

export const mentionsContentRoutes = {
  /** Scroll to an item and open its card: "open" from the inbox brings the CM back to it. */
  'overlay.reveal': contentRoute(
    z.object({ platformId: z.string().min(1).max(200) }),
    z.object({ found: z.boolean() }),
  ),
} as const;
