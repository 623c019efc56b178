// The AI rewriting contract (issue #6 part 4): a provider turns a draft into a rewrite in the
// brand's tone. Providers only talk to the model; the tone re-check is done once for all of them
// (rewrite.ts), so no provider can hand back a reply that breaks the tone unflagged.
import type { Platform } from '../../../platforms/ids';
import type { Message } from '../check';
import type { ToneProfile } from '../profile';

export const AI_PROVIDERS = ['builtin', 'openai'] as const;
export type AiProviderId = (typeof AI_PROVIDERS)[number];

export interface RewriteRequest {
  /** The draft or suggestion to rewrite: the only user text a provider ever receives. */
  text: string;
  profile: ToneProfile;
  platform: Platform;
  lang: 'fr' | 'en';
  /** An extra wish from the CM ("shorter", "more empathetic"). */
  instruction?: string;
}

/** Download progress of an on-device model, 0..1 when the browser tells it. */
export type Availability =
  | { state: 'unavailable'; reason?: string }
  | { state: 'downloadable' }
  | { state: 'downloading'; progress?: number }
  | { state: 'available' };

export interface AiProvider {
  readonly id: AiProviderId;
  availability(lang?: 'fr' | 'en'): Promise<Availability>;
  rewrite(req: RewriteRequest, signal?: AbortSignal): Promise<{ text: string }>;
}

export const AI_ERROR_CODES = [
  'disabled',
  'unavailable',
  /** The built-in model's API does not exist where the request ran (a service worker without it). */
  'wrong_context',
  'not_configured',
  'permission',
  'network',
  'timeout',
  'unauthorized',
  'not_found',
  'rate_limited',
  'server',
  'http',
  'bad_response',
  'empty',
] as const;
export type AiErrorCode = (typeof AI_ERROR_CODES)[number];

/** A failure the user can act on: a stable code (its message is the i18n key `ai.error.<code>`) and details. */
export class AiError extends Error {
  constructor(
    readonly code: AiErrorCode,
    readonly detail: Message,
  ) {
    super(`ai.error.${code}`);
    this.name = 'AiError';
  }
}

export function aiErrorCodeOf(message: string): AiErrorCode | null {
  const m = /^ai\.error\.([a-z_]+)$/.exec(message);
  return m && (AI_ERROR_CODES as readonly string[]).includes(m[1]!) ? (m[1] as AiErrorCode) : null;
}
