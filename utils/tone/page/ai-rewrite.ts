// "Rewrite with AI" in the page, the part the card and the tone meter share: whether AI rewriting is
// on (asked once per page; asked again only while it is off, so turning it on in the options shows the
// button without reloading the site), the request for an item, and its errors in the UI language.
// Nothing is sent to a provider from here: the background does it, and refuses when AI is off.
import { isPageKey, t, type PageKey } from '../../overlay/i18n';
import type { RequestOf, ResponseOf } from '../../messaging/protocol';
import type { RepliesPage } from './replies';

export type AiStatus = ResponseOf<'ai.status'>;
export type AiResult = ResponseOf<'ai.rewrite'>;
const OFF: AiStatus = { active: false, provider: null };

const statuses = new WeakMap<RepliesPage, Promise<AiStatus>>();

/**
 * Whether AI rewriting is on. The first answer is kept for the page; `recheck` asks again when the
 * kept answer says off (a card opening). A failed question reads as off, and is asked again next time.
 */
export async function aiStatus(page: RepliesPage, recheck = false): Promise<AiStatus> {
  let pending = statuses.get(page);
  if (pending && recheck && !(await pending).active) pending = undefined;
  if (!pending) {
    pending = page.send('ai.status', {}).catch(() => {
      statuses.delete(page);
      return OFF;
    });
    statuses.set(page, pending);
  }
  return pending;
}

/** Who gets the text, for the "what is sent" hint. */
export function providerName(lang: 'fr' | 'en', provider: AiStatus['provider']): string {
  return provider === 'builtin' ? t(lang, 'aiPage.builtinLocal') : t(lang, 'ai.by.openai');
}

/** The longest text `ai.rewrite` takes: a longer one is refused here, never cut (the rest would be lost). */
export const AI_MAX_CHARS = 5000;

/** The request for a text answering the item `key`: its platform, its language (else the page's), its brand. */
export function rewriteRequest(
  page: RepliesPage,
  key: string | null,
  text: string,
  lang?: 'fr' | 'en',
): RequestOf<'ai.rewrite'> {
  const known = key ? page.known.get(key) : undefined;
  const brandId = known?.brandIds[0];
  return {
    text,
    platform: page.adapter.platform,
    lang: lang ?? known?.lang ?? page.lang,
    ...(brandId ? { brandId } : {}),
  };
}

/** An error of `ai.rewrite` in `lang`: the background's explanation when it sent one, else its code's text. */
export function aiErrorText(lang: 'fr' | 'en', error: unknown): string {
  const body = (error as { body?: { message?: unknown; detail?: { fr: string; en: string } } } | null)?.body;
  if (body?.detail) return body.detail[lang];
  const message = typeof body?.message === 'string' ? body.message : error instanceof Error ? error.message : '';
  if (message.startsWith('ai.error.') && isPageKey(message)) return t(lang, message);
  return message || t(lang, 'aiPage.unknownError');
}

/** "Fixed automatically: …" for the kinds the checker fixed in the model's answer, or the plain "done". */
export function doneText(lang: 'fr' | 'en', result: AiResult): string {
  const kinds = [...new Set(result.fixed)].map((k) => t(lang, `ai.kind.${k}` as PageKey));
  return kinds.length ? t(lang, 'aiPage.doneFixed', { kinds: kinds.join(', ') }) : t(lang, 'aiPage.done');
}
