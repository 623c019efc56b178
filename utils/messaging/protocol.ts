// Every message the extension's parts exchange, in one place: a zod schema for each request and
// each response, and who may send it. The background validates all of it (see router.ts).
import { z } from '../shared/zod';
import { brandInputSchema, brandSchema, LANGUAGES } from '../mentions/core/brand';
import { itemSchema } from '../platforms/item';
import { PLATFORMS } from '../platforms/ids';
import { settingsPatchSchema, settingsSchema, uiLanguageSchema } from '../settings/core/schema';
import { aiRoutes } from '../tone/ai-routes';
import { tonePageContentProtocol, tonePageProtocol } from '../tone/page-routes';
import { toneProfileSchema } from '../tone/core/profile';
import { snippetInputSchema, snippetSchema } from '../snippets/core/snippet';
import {
  authorKeySchema,
  authorLabelRequestSchema,
  authorMemorySchema,
  itemKeySchema,
  trollVerdictSchema,
} from '../trolls/routes';
import { kitProtocol } from '../kit/routes';
import { syncProtocol } from '../sync/routes';

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

const pageUrl = z.string().url().max(2048);
/** Counts the pages a tab's content script has shown (SPA navigations): late batches of an old page are told apart. */
const pageNumber = z.number().int().nonnegative().optional();
const platform = z.enum(PLATFORMS);
const storedToneProfileSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  profile: toneProfileSchema,
  updatedAt: z.number().int().nonnegative(),
  /** The built-in default of a brand that has no saved profile for the language. */
  isDefault: z.boolean(),
});

/** Who may send a message: a content script in a platform tab, or one of the extension's pages. */
export type Origin = 'content' | 'page';

function route<Req extends z.ZodType, Res extends z.ZodType>(from: readonly Origin[], request: Req, response: Res) {
  return { from, request, response };
}

export const protocol = {
  /** A content script started on a page (load or SPA navigation): the tab's list starts afresh. */
  'page.start': route(['content'], z.object({ platform, url: pageUrl, page: pageNumber }), z.object({})),
  /** A batch of items read on the page; answered with what to draw on each. */
  'items.seen': route(
    ['content'],
    z.object({ platform, url: pageUrl, items: z.array(itemSchema).min(1).max(200), page: pageNumber }),
    z.object({
      results: z.array(
        z.object({
          key: z.string(),
          mentions: z.array(mentionSchema),
          attention: z.boolean(),
          /** What the mention is, for the badge and its card; null when the item names no brand. */
          analysis: analysisSchema.nullable().default(null),
          /** The troll verdict when flagged at the user's sensitivity (or an unhappy customer); else null. */
          troll: trollVerdictSchema.nullable().default(null),
          /** What Tact remembers of the author, for the chip; null when the item has no author. */
          author: authorMemorySchema.nullable().default(null),
        }),
      ),
    }),
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
  /** The moderator confirms or dismisses a troll verdict; a dismissed one is not flagged again. */
  'trolls.review': route(
    ['content', 'page'],
    z.object({ key: itemKeySchema, review: z.enum(['confirmed', 'dismissed']) }),
    z.object({ updated: z.boolean(), author: authorMemorySchema.nullable() }),
  ),
  'authors.get': route(['content', 'page'], z.object({ key: authorKeySchema }), authorMemorySchema.nullable()),
  /** Sets the moderator's labels and note on an author (replacing the previous ones). */
  'authors.label': route(['content', 'page'], authorLabelRequestSchema, authorMemorySchema.nullable()),
  'settings.get': route(['page', 'content'], z.object({}), settingsSchema),
  'settings.set': route(['page'], settingsPatchSchema, settingsSchema),
  /** Tone of voice: one profile per brand and language. */
  'tone.list': route(['page'], z.object({}), z.array(storedToneProfileSchema)),
  /** The profile to use for a brand (the default one when none is saved); null for an unknown brand. */
  'tone.get': route(
    ['content', 'page'],
    z.object({ brandId: z.string().min(1).max(100), language: z.enum(LANGUAGES).optional() }),
    storedToneProfileSchema.nullable(),
  ),
  'tone.save': route(
    ['page'],
    z.object({ brandId: z.string().min(1).max(100), profile: toneProfileSchema }),
    storedToneProfileSchema,
  ),
  'tone.delete': route(['page'], z.object({ id: z.string().min(1).max(210) }), z.object({ deleted: z.boolean() })),
  /** The snippet library. */
  'snippets.list': route(['content', 'page'], z.object({}), z.array(snippetSchema)),
  'snippets.save': route(['page'], z.object({ snippet: snippetInputSchema }), snippetSchema),
  'snippets.delete': route(['page'], z.object({ id: z.string().min(1).max(100) }), z.object({ deleted: z.boolean() })),
  /** A snippet was inserted: counts one use (null when it no longer exists). */
  'snippets.used': route(
    ['content', 'page'],
    z.object({ id: z.string().min(1).max(100) }),
    z.object({ usageCount: z.number().int().nullable() }),
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
  ...aiRoutes,
  ...tonePageProtocol,
  ...kitProtocol,
  ...syncProtocol,
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

export const envelopeSchema = z.object({
  type: z.string().max(64),
  payload: z.unknown(),
});

export type ErrorCode = 'bad_message' | 'unknown_type' | 'forbidden' | 'invalid' | 'failed';
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Field paths at fault, for forms ("brand.handles.0"). */
  issues?: Array<{ path: string; message: string }>;
  /** A failure explained in both languages (an AI endpoint's 401, 429…). */
  detail?: { fr: string; en: string };
}
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(['bad_message', 'unknown_type', 'forbidden', 'invalid', 'failed']),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      detail: z.object({ fr: z.string(), en: z.string() }).optional(),
    }),
  }),
]);

// Messages to a content script, from the extension's own pages or the background
// (browser.tabs.sendMessage). The content script checks the sender is this extension.
export const insertResultSchema = z.union([
  z.object({ ok: z.literal(true), method: z.enum(['paste', 'execCommand', 'textarea']) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['not_editable', 'not_inserted', 'no_composer']),
    copied: z.boolean(),
  }),
]);

export const contentProtocol = {
  /** Write a reply into the composer of an item (or the focused/first one on the page); never posts. */
  'composer.insert': {
    request: z.object({ text: z.string().min(1).max(10_000), platformId: z.string().min(1).max(200).optional() }),
    response: insertResultSchema,
  },
  /** Scroll to an item and open its card: "open" from the inbox brings the CM back to it. */
  'overlay.reveal': {
    request: z.object({ platformId: z.string().min(1).max(200) }),
    response: z.object({ found: z.boolean() }),
  },
  ...tonePageContentProtocol,
  /** An author was labelled or a verdict reviewed elsewhere: the chips and cards of that author follow. */
  'overlay.author': {
    request: authorMemorySchema,
    response: z.object({ updated: z.number().int().nonnegative() }),
  },
  /** The UI language setting changed in the options: the page UI (badges, cards, flags…) follows. */
  'overlay.settings': {
    request: z.object({ language: uiLanguageSchema }),
    response: z.object({ changed: z.boolean() }),
  },
} as const;

export type ContentMessageType = keyof typeof contentProtocol;
export type ContentRequestOf<K extends ContentMessageType> = z.input<(typeof contentProtocol)[K]['request']>;
export type ContentResponseOf<K extends ContentMessageType> = z.output<(typeof contentProtocol)[K]['response']>;
