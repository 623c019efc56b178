// Advocates and detractors for an items.seen batch (and for the thanks suggestion): each entry's author
// standing from their stored mentions. One read transaction per batch: the items of the batch's
// authors only, through the `authorKey` index (Dexie v8), and one bulk read of their author rows: never
// a scan of the items table. The decision itself is core/standing.ts.
import type { TactDB } from '../db/schema';
import { authorKeyOf } from '../trolls/core/author';
import type { CareEntry, Standing } from './core/care-info';
import { standingOf, type StandingItem } from './core/standing';

export async function standingsOf(
  db: TactDB,
  entries: readonly CareEntry[],
  now: number,
): Promise<(Standing | null)[]> {
  const keys = entries.map((e) => (e.ours ? null : authorKeyOf(e.item)));
  const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
  if (wanted.length === 0) return entries.map(() => null);
  // One read transaction: each author's items by the index (an IndexedDB getAll each: `anyOf` walks a
  // cursor key by key, measured 100 times slower for 200 authors), and their author rows in one bulkGet.
  const [lists, authors] = await db.transaction('r', db.items, db.authors, () =>
    Promise.all([
      Promise.all(wanted.map((k) => db.items.where('authorKey').equals(k).toArray())),
      db.authors.bulkGet(wanted),
    ]),
  );
  const byAuthor = new Map<string, StandingItem[]>(wanted.map((k, i) => [k, lists[i] ?? []]));
  const marks = new Map(wanted.map((k, i) => [k, authors[i]]));
  // The same author under the same brands is decided once per batch.
  const memo = new Map<string, Standing | null>();
  return entries.map((e, i) => {
    const key = keys[i];
    if (!key) return null;
    // This very comment judged a troll (not an unhappy customer) is not an advocate's or detractor's.
    if (e.troll && e.troll !== 'unhappy_customer') return null;
    const scope = [...e.brandIds].sort();
    const id = `${key}\u0000${scope.join('\u0000')}`;
    if (!memo.has(id)) memo.set(id, standingOf(byAuthor.get(key) ?? [], marks.get(key), now, { brandIds: scope }));
    return memo.get(id) ?? null;
  });
}
