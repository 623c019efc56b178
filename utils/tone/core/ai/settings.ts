// AI rewriting settings (issue #6 part 4): off by default. Kept in their own local row, apart from the
// general settings, because they hold an API key: the key never leaves this browser's database except
// in the Authorization header sent to the endpoint the user chose, and is never sent to a page.
import { z } from '../../../shared/zod';

export const aiProviderChoiceSchema = z.enum(['none', 'builtin', 'openai']);
export type AiProviderChoice = z.infer<typeof aiProviderChoiceSchema>;

/** http only on this machine (the key would travel in clear otherwise); https anywhere. */
export function isAllowedEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

const baseUrl = z
  .string()
  .trim()
  .max(500, 'error.tooLong')
  .refine((v) => v === '' || isAllowedEndpoint(v), 'error.aiEndpoint');

export const aiSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  provider: aiProviderChoiceSchema.default('none'),
  baseUrl: baseUrl.default(''),
  model: z.string().trim().max(200, 'error.tooLong').default(''),
  apiKey: z.string().trim().max(500, 'error.tooLong').default(''),
  timeoutMs: z.number().int().min(1000).max(300_000).default(30_000),
});
export type AiSettings = z.infer<typeof aiSettingsSchema>;
export const DEFAULT_AI_SETTINGS: AiSettings = aiSettingsSchema.parse({});

/** What extension pages see: everything but the key itself. */
export const aiSettingsPublicSchema = aiSettingsSchema.omit({ apiKey: true }).extend({ hasApiKey: z.boolean() });
export type AiSettingsPublic = z.infer<typeof aiSettingsPublicSchema>;

/**
 * A change; `apiKey: ''` removes the key, an absent `apiKey` keeps it (unless the endpoint's origin
 * changes: see mergeAiSettings).
 */
export const aiSettingsPatchSchema = z.object({
  enabled: z.boolean().optional(),
  provider: aiProviderChoiceSchema.optional(),
  baseUrl: baseUrl.optional(),
  model: z.string().trim().max(200, 'error.tooLong').optional(),
  apiKey: z.string().trim().max(500, 'error.tooLong').optional(),
  timeoutMs: z.number().int().min(1000).max(300_000).optional(),
});
export type AiSettingsPatch = z.infer<typeof aiSettingsPatchSchema>;

/** The origin of an endpoint address; '' when none or not a URL. */
function endpointOrigin(baseUrl: string): string {
  try {
    return baseUrl === '' ? '' : new URL(baseUrl).origin;
  } catch {
    return '';
  }
}

/**
 * Applies a patch (its undefined fields change nothing). A key belongs to the host it was entered for:
 * when the endpoint's origin changes and the patch brings no key, the stored key is dropped rather
 * than sent to the new host. A new path on the same origin keeps it.
 */
export function mergeAiSettings(current: AiSettings, patch: AiSettingsPatch): AiSettings {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as AiSettingsPatch;
  const next = aiSettingsSchema.parse({ ...current, ...defined });
  if (defined.apiKey === undefined && endpointOrigin(next.baseUrl) !== endpointOrigin(current.baseUrl))
    next.apiKey = '';
  return next;
}

export function publicAiSettings(s: AiSettings): AiSettingsPublic {
  const { apiKey, ...rest } = s;
  return { ...rest, hasApiKey: apiKey !== '' };
}

/** Whether a rewrite may be sent anywhere at all. */
export function aiActive(s: AiSettings): s is AiSettings & { provider: 'builtin' | 'openai' } {
  return s.enabled && s.provider !== 'none';
}

/** The host-permission pattern for an endpoint: Chrome and Firefox match any port when none is given. */
export function originPattern(baseUrl: string): string | null {
  if (!isAllowedEndpoint(baseUrl)) return null;
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
