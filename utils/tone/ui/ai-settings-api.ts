// What the AI settings section asks of the browser (messages to the background, permissions, the
// built-in model), injected so the section is tested without a browser; and why a call failed.
import type { AiSettingsPatch, AiSettingsPublic } from '../core/ai/settings';
import { AiError, type Availability } from '../core/ai/types';
import type { RequestOf, ResponseOf } from '../../messaging/protocol';
import { MessageError } from '../../messaging/client';
import { isMessageKey, type MessageKey } from '../../i18n/translate';
import type { I18n } from '../../../components/i18n';

export type Lang = 'fr' | 'en';
export type RewriteResult = ResponseOf<'ai.rewrite'>;

export interface AiSettingsApi {
  get(): Promise<AiSettingsPublic>;
  set(patch: AiSettingsPatch): Promise<AiSettingsPublic>;
  test(): Promise<ResponseOf<'ai.test'>>;
  rewrite(req: RequestOf<'ai.rewrite'>): Promise<RewriteResult>;
  /** Asks for the host permission; must be called synchronously from the click (user gesture). */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Gives back a host permission Tact no longer needs (the endpoint changed or AI was turned off). */
  releaseOrigin(pattern: string): Promise<void>;
  /** The built-in model's state for a language, and its download (from a click). */
  builtinAvailability(lang: Lang): Promise<Availability>;
  downloadBuiltin(lang: Lang, onProgress: (p: number) => void): Promise<void>;
}

/** Why an AI call failed, in the page's language: the endpoint's own explanation when there is one. */
export function aiReason(i18n: I18n, error: unknown): string {
  if (error instanceof AiError) return error.detail[i18n.lang];
  if (error instanceof MessageError) {
    if (error.body.detail) return error.body.detail[i18n.lang];
    if (isMessageKey(error.body.message) && error.body.message.startsWith('ai.error.'))
      return i18n.t(error.body.message as MessageKey);
    if (error.body.issues?.length) return error.body.issues.map((i) => i18n.issue(i.message)).join(' ');
  }
  return i18n.reason(error);
}

/** A short message shown under a button: ok is read politely, an error as an alert. */
export interface Note {
  kind: 'ok' | 'error';
  text: string;
}
