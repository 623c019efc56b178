// Team sync failures as text in the page's language: a known code ("network", "invite_used"…)
// has its sentence, anything else is quoted.
import type { MessageKey } from '../../i18n/messages';
import { MessageError } from '../../messaging/client';
import type { I18n } from '../../../components/i18n';

/** A sync error code or a thrown error, as text. */
export function syncReason(i18n: I18n, error: unknown): string {
  const code =
    error instanceof MessageError ? error.body.message : error instanceof Error ? error.message : String(error);
  return codeText(i18n, code, code);
}

/** The last error of a sync round, as stored: its code's sentence, or its message. */
export function errorText(i18n: I18n, e: { code: string; message: string }): string {
  return codeText(i18n, e.code, e.message);
}

function codeText(i18n: I18n, code: string, message: string): string {
  const key = `sync.error.${code}` as MessageKey;
  const text = i18n.t(key);
  return text === key ? i18n.t('sync.error.other', { message }) : text;
}
