// "Answered on the platform": an item written by one of the brand's own accounts answers the item
// it replies to (its parent on the same platform; for a top-level comment, the post). Pure rules,
// shared by the background (either may be seen first) and the tests.
import type { ItemStatus, StoredItem } from './item-state';

/** One of our accounts' replies, as the item it answers records it. */
export interface PageAnswer {
  at: number;
  /** The own account: its handle, else its name. */
  by: string;
}

type Own = Pick<StoredItem, 'platform' | 'parentId' | 'author' | 'postedAt' | 'firstSeenAt'>;

/** The key of the item an own item answers, or null (a post answers nothing). */
export function answeredKeyOf(own: Pick<StoredItem, 'platform' | 'parentId'>): string | null {
  return own.parentId ? `${own.platform}:${own.parentId}` : null;
}

/** The answer an own item gives: when it was posted (else first seen), and by which account. */
export function answerOf(own: Own): PageAnswer {
  return { at: own.postedAt ?? own.firstSeenAt, by: own.author.handle || own.author.name };
}

/** The earlier of two answers (the first response is the first one). */
export function earlierAnswer(a: PageAnswer | null | undefined, b: PageAnswer): PageAnswer {
  return a && a.at <= b.at ? a : b;
}

type Answerable = Pick<StoredItem, 'status' | 'attention' | 'answeredAt' | 'answeredBy'>;

export interface AnswerChange {
  fields: Pick<StoredItem, 'status' | 'attention' | 'answeredAt' | 'answeredBy'>;
  /** Set when the status moved (new or in progress → replied). */
  status: { from: ItemStatus; to: ItemStatus } | null;
}

/**
 * What an answer changes on the item it answers, or null when nothing (an earlier answer is already
 * recorded). A new or in-progress item is now replied; one the CM ignored or closed keeps its status.
 */
export function applyAnswer(item: Answerable, answer: PageAnswer): AnswerChange | null {
  if (item.answeredAt !== null && item.answeredAt !== undefined && item.answeredAt <= answer.at) return null;
  const open = item.status === 'new' || item.status === 'in_progress';
  const status: ItemStatus = open ? 'replied' : item.status;
  return {
    fields: { status, attention: open ? 0 : item.attention, answeredAt: answer.at, answeredBy: answer.by },
    status: status !== item.status ? { from: item.status, to: status } : null,
  };
}
