// Answered on the platform, in the database: the items a batch stores that our accounts wrote mark
// what they answer, and items stored after our replies to them find those replies (the
// [platform+parentId] index), so it works whichever of the two a page showed first.
import { answerOf, answeredKeyOf, applyAnswer, earlierAnswer, type PageAnswer } from './core/answer';
import type { StoredItem, TactDB, TactEvent } from '../db/schema';

/** The earliest answer to each item, by key, from our items of the batch and those stored before. */
async function answersFor(db: TactDB, batch: readonly StoredItem[]): Promise<Map<string, PageAnswer>> {
  const answers = new Map<string, PageAnswer>();
  const add = (own: StoredItem) => {
    const target = answeredKeyOf(own);
    if (target) answers.set(target, earlierAnswer(answers.get(target), answerOf(own)));
  };
  for (const row of batch) if (row.ours === 1) add(row);
  const pairs = batch.filter((r) => r.ours === 0).map((r): [string, string] => [r.platform, r.platformId]);
  if (pairs.length > 0) {
    const inBatch = new Set(batch.map((r) => r.key));
    const stored = await db.items.where('[platform+parentId]').anyOf(pairs).toArray();
    for (const own of stored) if (own.ours === 1 && !inBatch.has(own.key)) add(own);
  }
  return answers;
}

/**
 * Applies our answers to the batch's rows (in place) and to stored items outside it; returns those
 * other items, changed, and the status events to log. Runs inside recordSeen's transaction.
 */
export async function applyAnswers(
  db: TactDB,
  batch: StoredItem[],
  now: number,
): Promise<{ others: StoredItem[]; events: TactEvent[] }> {
  const answers = await answersFor(db, batch);
  const events: TactEvent[] = [];
  if (answers.size === 0) return { others: [], events };
  const byKey = new Map(batch.map((r) => [r.key, r]));
  const missing = [...answers.keys()].filter((k) => !byKey.has(k));
  const others = (await db.items.bulkGet(missing)).filter((r): r is StoredItem => r !== undefined);
  const changed: StoredItem[] = [];
  for (const row of [...batch, ...others]) {
    const answer = answers.get(row.key);
    const change = answer && row.ours === 0 ? applyAnswer(row, answer) : null;
    if (!change) continue;
    Object.assign(row, change.fields);
    if (!byKey.has(row.key)) changed.push(row);
    if (change.status)
      events.push({
        type: 'status',
        at: now,
        itemKey: row.key,
        data: { ...change.status, by: answer!.by, via: 'page' },
      });
  }
  return { others: changed, events };
}
