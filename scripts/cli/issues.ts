// Validation problems in words: the schemas' messages are i18n keys ('error.tooMany'), which the
// command line shows in English with the extension's own translations, never as raw keys.
import type { z } from '../../utils/shared/zod';
import { isMessageKey, t } from '../../utils/i18n/translate';

/** A zod message in English: an i18n key translated, zod's own wording (already English) kept. */
export function issueText(message: string): string {
  return isMessageKey(message) ? t('en', message) : message;
}

/** "handles.0: This handle is not valid; name: Required" for an error whose messages may be i18n keys. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${issueText(x.message)}`).join('; ');
}
