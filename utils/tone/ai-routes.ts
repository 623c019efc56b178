// The AI rewriting messages (issue #6 part 4), spread into `protocol` in protocol.ts. Kept apart so
// the rest of the protocol does not grow with provider details.
import { z } from '../shared/zod';
import { PLATFORMS } from '../platforms/ids';
import { PROBLEM_KINDS } from './core/check';
import { aiSettingsPatchSchema, aiSettingsPublicSchema } from './core/ai/settings';

const message = z.object({ fr: z.string(), en: z.string() });
export const problemSchema = z.object({
  kind: z.enum(PROBLEM_KINDS),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  message,
  fix: z
    .object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      label: message,
    })
    .optional(),
});

export const availabilitySchema = z.union([
  z.object({ state: z.literal('unavailable'), reason: z.string().max(500).optional() }),
  z.object({ state: z.literal('downloadable') }),
  z.object({ state: z.literal('downloading'), progress: z.number().min(0).max(1).optional() }),
  z.object({ state: z.literal('available') }),
]);

export const aiRewriteRequestSchema = z.object({
  /** The draft or the suggestion: the only text of the CM sent to the provider. */
  text: z.string().trim().min(1).max(5000),
  platform: z.enum(PLATFORMS),
  lang: z.enum(['fr', 'en']),
  /** The brand whose tone profile applies; the first brand by name otherwise (as on pages). */
  brandId: z.string().min(1).max(100).optional(),
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
  provider: z.enum(['builtin', 'openai']),
  /** The tone profile used, by name; null when no profile is defined yet. */
  profile: z.string().nullable(),
});

const pageOnly: readonly ('page' | 'content')[] = ['page'];
export const aiRoutes = {
  /** Rewrites a draft in the brand's tone with the provider the user enabled; fails with ai.error.disabled when off. */
  'ai.rewrite': {
    from: ['page', 'content'] as readonly ('page' | 'content')[],
    request: aiRewriteRequestSchema,
    response: aiRewriteResponseSchema,
  },
  /** Whether AI rewriting is on, and with what: lets a page or the overlay show (or hide) a "Rewrite with AI" button. */
  'ai.status': {
    from: ['page', 'content'] as readonly ('page' | 'content')[],
    request: z.object({}),
    response: z.object({ active: z.boolean(), provider: z.enum(['builtin', 'openai']).nullable() }),
  },
  /** The AI settings without the API key (only whether one is set). */
  'ai.settings.get': { from: pageOnly, request: z.object({}), response: aiSettingsPublicSchema },
  'ai.settings.set': { from: pageOnly, request: aiSettingsPatchSchema, response: aiSettingsPublicSchema },
  /** Sends a fixed test prompt (no user text) to the configured endpoint. */
  'ai.test': {
    from: pageOnly,
    request: z.object({}),
    response: z.object({ ok: z.literal(true), ms: z.number().nonnegative(), reply: z.string().max(200) }),
  },
} as const;
