// Tone of voice's messages: profiles (tone.*), suggested replies and their log (suggest.*, replies.*),
// AI rewriting (ai.*), and the keyboard commands sent to a page. Contract only: the entity schemas
// live in core/ (profile.ts, stored-profile.ts, ai/settings.ts).
import { z } from '../shared/zod';
import { REPLY_PURPOSES } from '../care/core/care-info';
import { LANGUAGES } from '../mentions/core/brand';
import { PLATFORMS } from '../platforms/ids';
import { PROBLEM_KINDS } from './core/check';
import { aiSettingsPatchSchema, aiSettingsPublicSchema } from './core/ai/settings';
import { toneProfileSchema } from './core/profile';
import { storedToneProfileSchema } from './core/stored-profile';
import { contentRoute, route } from '../messaging/route';
import type { ReplySource } from '../reports/core/types';

const brandId = z.string().min(1).max(100);
const key = z.string().min(1).max(300);
const suggestion = z.object({ text: z.string().min(1).max(10_000), snippet: z.string().nullable() });
const bilingual = z.object({ fr: z.string(), en: z.string() });
const provider = z.enum(['builtin', 'openai']);
/** Where a logged reply's text came from (utils/reports/core/types.ts ReplySource). */
export const replySourceSchema = z.enum(['snippet', 'suggestion', 'ai', 'typed']) satisfies z.ZodType<ReplySource>;

export const problemSchema = z.object({
  kind: z.enum(PROBLEM_KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message: bilingual,
  fix: z
    .object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      label: bilingual,
    })
    .optional(),
});

export const aiRewriteRequestSchema = z.object({
  /** The draft or the suggestion: the only text of the CM sent to the provider. */
  text: z.string().trim().min(1).max(5000),
  platform: z.enum(PLATFORMS),
  lang: z.enum(['fr', 'en']),
  /** The brand whose tone profile applies; the first brand by name otherwise (as on pages). */
  brandId: brandId.optional(),
  /** "Shorter", "more empathetic"… */
  instruction: z.string().trim().max(500).optional(),
  /** The CM's name or initials, to fill `{agent}` in the signature. Never sent to the provider. */
  agent: z.string().trim().max(100).optional(),
});

export const aiRewriteResponseSchema = z.object({
  text: z.string(),
  /** What still breaks the tone after the checker's own fixes (empty when none). */
  problems: z.array(problemSchema),
  /** The kinds of problem fixed automatically in the model's answer. */
  fixed: z.array(z.enum(PROBLEM_KINDS)),
  provider,
  /** The tone profile used, by name; null when no profile is defined yet. */
  profile: z.string().nullable(),
});

/** Tone profiles: one per brand and language. */
const profileRoutes = {
  'tone.list': route(['page'], z.object({}), z.array(storedToneProfileSchema)),
  /** The profile to use for a brand (the default one when none is saved); null for an unknown brand. */
  'tone.get': route(
    ['content', 'page'],
    z.object({ brandId, language: z.enum(LANGUAGES).optional() }),
    storedToneProfileSchema.nullable(),
  ),
  'tone.save': route(['page'], z.object({ brandId, profile: toneProfileSchema }), storedToneProfileSchema),
  'tone.delete': route(['page'], z.object({ id: z.string().min(1).max(210) }), z.object({ deleted: z.boolean() })),
  /** Every brand's tone profiles, for the live tone meter in the page. */
  'tone.forPage': route(
    ['content'],
    z.object({}),
    z.object({
      brands: z.array(z.object({ brandId: z.string(), brandName: z.string(), profiles: z.array(toneProfileSchema) })),
      defaultBrandId: z.string().nullable(),
    }),
  ),
} as const;

/** In-page replies (issue #6 parts 5 and 6). */
const replyRoutes = {
  /** Three replies in the brand's voice for a stored item; `found` false when the item is unknown. */
  'suggest.forItem': route(
    ['content', 'page'],
    /** `purpose`: an ordinary reply, or community care's welcome, thanks, charter citation, holding statement. */
    z.object({ key, purpose: z.enum(REPLY_PURPOSES).default('reply') }),
    z.object({
      found: z.boolean(),
      replies: z.array(suggestion).max(3),
      lang: z.enum(LANGUAGES),
      brandName: z.string(),
      /** The keys of the "insert-suggestion" command, as the user set them (shown on the card). */
      shortcut: z.string().max(40).nullable().default(null),
    }),
  ),
  /**
   * A reply was put into the item's reply box: logged with who (the CM) and `source`, where its text
   * came from (a card's suggestion, a snippet, an AI rewrite, typed); the item is in progress from now on.
   */
  'replies.log': route(
    ['content', 'page'],
    z.object({
      key,
      text: z.string().min(1).max(10_000),
      source: replySourceSchema,
      /** What the inserted suggestion was for: a welcome marks the newcomer welcomed. */
      purpose: z.enum(REPLY_PURPOSES).default('reply'),
    }),
    z.object({ logged: z.boolean() }),
  ),
} as const;

/** AI rewriting (issue #6 part 4). */
const aiRoutes = {
  /** Rewrites a draft in the brand's tone with the provider the user enabled; fails with ai.error.disabled when off. */
  'ai.rewrite': route(['page', 'content'], aiRewriteRequestSchema, aiRewriteResponseSchema),
  /** Whether AI rewriting is on, and with what: a page or the overlay shows (or hides) "Rewrite with AI". */
  'ai.status': route(
    ['page', 'content'],
    z.object({}),
    z.object({ active: z.boolean(), provider: provider.nullable() }),
  ),
  /** The AI settings without the API key (only whether one is set). */
  'ai.settings.get': route(['page'], z.object({}), aiSettingsPublicSchema),
  'ai.settings.set': route(['page'], aiSettingsPatchSchema, aiSettingsPublicSchema),
  /** Sends a fixed test prompt (no user text) to the configured endpoint. */
  'ai.test': route(
    ['page'],
    z.object({}),
    z.object({ ok: z.literal(true), ms: z.number().nonnegative(), reply: z.string().max(200) }),
  ),
} as const;

export const toneRoutes = { ...profileRoutes, ...replyRoutes, ...aiRoutes } as const;

export const toneContentRoutes = {
  /**
   * The "insert-suggestion" keyboard command: the first suggestion for the item whose reply box has
   * the focus, else the item whose card was opened last, goes into that item's reply box.
   */
  'suggest.insertFirst': contentRoute(
    z.object({}),
    z.object({ inserted: z.boolean(), reason: z.enum(['ok', 'no_item', 'no_suggestion', 'not_inserted']) }),
  ),
  /** The "focus-tone-meter" keyboard command: the focus goes to the tone meter's first fix (Escape comes back). */
  'tone.focusMeter': contentRoute(z.object({}), z.object({ focused: z.boolean() })),
} as const;
