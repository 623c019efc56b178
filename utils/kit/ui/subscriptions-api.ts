// What the kit subscriptions section asks of the background (injected in tests), what it lists
// (the subscriptions and the read-only records they brought, read from the database), and failures
// as text in the page's language.
import type { Brand } from '../../mentions/core/brand';
import type { Snippet } from '../../snippets/core/snippet';
import type { SubscriptionRow } from '../../db/schema';
import { MessageError, send } from '../../messaging/client';
import type { ResponseOf } from '../../messaging/protocol';
import { isMessageKey } from '../../i18n/translate';
import { pageDb } from '../../../components/db';
import type { I18n } from '../../../components/i18n';

export interface SubscriptionsApi {
  add(url: string): Promise<ResponseOf<'subscriptions.add'>>;
  remove(id: string): Promise<ResponseOf<'subscriptions.remove'>>;
  refresh(id: string): Promise<ResponseOf<'subscriptions.refresh'>>;
  copy(kind: 'brand' | 'snippet', id: string): Promise<ResponseOf<'kit.copy'>>;
}
export const messageApi: SubscriptionsApi = {
  add: (url) => send('subscriptions.add', { url }),
  remove: (id) => send('subscriptions.remove', { id }),
  refresh: (id) => send('subscriptions.refresh', { id }),
  copy: (kind, id) => send('kit.copy', { kind, id }),
};

export type SubscribedRecord = { kind: 'brand' | 'snippet'; id: string; name: string; language?: string };
export interface Listed {
  subscriptions: SubscriptionRow[];
  records: SubscribedRecord[];
}
export async function readListed(): Promise<Listed> {
  const db = pageDb();
  const from = (r: object) => typeof (r as { subscriptionId?: unknown }).subscriptionId === 'string';
  const [subscriptions, brands, snippets] = await Promise.all([
    db.subscriptions.orderBy('url').toArray(),
    db.brands.filter(from).toArray(),
    db.snippets.filter(from).toArray(),
  ]);
  return {
    subscriptions,
    records: [
      ...brands.map((b: Brand) => ({ kind: 'brand' as const, id: b.id, name: b.name })),
      ...snippets.map((s: Snippet) => ({ kind: 'snippet' as const, id: s.id, name: s.name, language: s.language })),
    ],
  };
}

/** A stored failure as text: "snippets[2].name: …" for a bad kit, the plain message otherwise. */
export function failureText(i18n: Pick<I18n, 't' | 'issue'>, e: NonNullable<SubscriptionRow['lastError']>): string {
  const message =
    isMessageKey(e.message) && !e.message.startsWith('error.') ? i18n.t(e.message, e.params) : i18n.issue(e.message);
  return e.path ? i18n.t('sub.errorAt', { path: e.path, message }) : message;
}

/** Why a call failed: the background's own subscription message when it sent one. */
export function subReason(i18n: I18n, error: unknown): string {
  return error instanceof MessageError && isMessageKey(error.body.message) && error.body.message.startsWith('sub.')
    ? i18n.t(error.body.message)
    : i18n.reason(error);
}
