// Brand community members in the database (table `members`): who has been seen posting in each
// brand's community, since when, and whether a CM welcomed them. "New here" is decided per brand
// community and author, never per page view: the first sighting writes the row, and the author stays
// new (core/newcomer.ts) on their items until welcomed or 24 hours after that first sighting; a
// reload, another tab or a second device's pull finds the row and does not make them new again.
import type { Brand } from '../mentions/core/brand';
import type { Reply, StoredItem, TactDB } from '../db/schema';
import type { CareEntry } from './core/care-info';
import { memberKey, type Member } from './core/member';
import { communitiesOf, THREAD_HOPS, type ThreadLink } from './core/community';
import { isWelcomeCandidate, NEWCOMER_MS, stillNew, swapFirstName, toWelcome } from './core/newcomer';
import { authorKeyOf } from '../trolls/core/author';
import { firstNameOf } from '../tone/core/suggest';
import type { Item } from '../platforms/item';

const link = (item: Pick<Item, 'kind' | 'author' | 'permalink' | 'parentId'>): ThreadLink => ({
  kind: item.kind,
  author: item.author,
  permalink: item.permalink,
  parentId: item.parentId,
});

/** Parents read during one batch, by key (a thread's comments share theirs). */
type ParentCache = Map<string, Promise<StoredItem | undefined>>;

/** The item's stored parents, nearest first, at most THREAD_HOPS. */
async function parentsOf(
  db: TactDB,
  item: Pick<Item, 'platform' | 'parentId'>,
  cache: ParentCache = new Map(),
): Promise<StoredItem[]> {
  const out: StoredItem[] = [];
  const seen = new Set<string>();
  let parentId = item.parentId;
  while (parentId && out.length < THREAD_HOPS) {
    const key = `${item.platform}:${parentId}`;
    if (seen.has(key)) break;
    seen.add(key);
    if (!cache.has(key)) cache.set(key, db.items.get(key));
    const parent = await cache.get(key);
    if (!parent) break;
    out.push(parent);
    parentId = parent.parentId;
  }
  return out;
}

/** Records the authors of a batch as members of the brand communities they posted in; true: a newcomer. */
export async function noteMembers(
  db: TactDB,
  entries: readonly CareEntry[],
  brands: readonly Brand[],
  now: number,
): Promise<boolean[]> {
  const own = brands.filter(
    (b) => !b.competitor && (b.communities.length > 0 || b.handles.length > 0 || b.ownAccounts.length > 0),
  );
  if (own.length === 0 || entries.length === 0) return entries.map(() => false);
  // Which communities each entry is in (the Dexie reads of its parents, then the pure decision).
  const cache: ParentCache = new Map();
  const places = await Promise.all(
    entries.map(async (e) => {
      const authorKey = authorKeyOf(e.item);
      if (e.ours || !authorKey) return null;
      const thread = [link(e.item), ...(await parentsOf(db, e.item, cache)).map(link)];
      const brandIds = communitiesOf(thread, own);
      return brandIds.length > 0 ? { authorKey, brandIds } : null;
    }),
  );
  const keys = [...new Set(places.flatMap((p) => (p ? p.brandIds.map((b) => memberKey(b, p.authorKey)) : [])))];
  if (keys.length === 0) return entries.map(() => false);
  return db.transaction('rw', db.members, async () => {
    const rows = new Map<string, Member>();
    for (const row of await db.members.bulkGet(keys)) if (row) rows.set(row.key, row);
    const added: Member[] = [];
    const answers = entries.map((e, i) => {
      const p = places[i];
      if (!p) return false;
      let newcomer = false;
      for (const brandId of p.brandIds) {
        const key = memberKey(brandId, p.authorKey);
        let row = rows.get(key);
        if (!row) {
          row = {
            key,
            brandId,
            authorKey: p.authorKey,
            platform: e.item.platform,
            name: e.item.author.name.slice(0, 200),
            handle: e.item.author.handle.slice(0, 200),
            firstSeenAt: now,
            firstItemKey: e.key.slice(0, 300),
            welcomedAt: null,
            welcomedBy: null,
          };
          rows.set(key, row);
          added.push(row);
        }
        newcomer ||= stillNew(row, now);
      }
      // A spammer or a troll is recorded (they are no longer new later) but never welcomed.
      // So is an author flagged as a troll on another comment (their flamer's first comment, then this one).
      return newcomer && isWelcomeCandidate(e.troll) && !e.authorTroll;
    });
    if (added.length > 0) await db.members.bulkPut(added);
    return answers;
  });
}

/** The author of item `key` was welcomed (by `by`, at `now`); false when they are no newcomer of any community. */
export async function markWelcomed(db: TactDB, key: string, now: number, by: string): Promise<boolean> {
  return db.transaction('rw', db.items, db.members, async () => {
    const item = await db.items.get(key);
    const authorKey = item ? item.authorKey || authorKeyOf(item) : null;
    if (!authorKey) return false;
    const rows = await db.members.where('authorKey').equals(authorKey).toArray();
    const open = rows.filter((r) => r.welcomedAt === null);
    if (open.length === 0) return false;
    await db.members.bulkPut(open.map((r) => ({ ...r, welcomedAt: now, welcomedBy: by.slice(0, 200) })));
    return true;
  });
}

/** How many of a thread's latest welcomes the next one must differ from. */
export const WELCOMES_AVOIDED = 3;

/** The top of the item's thread as stored (the item itself when it has no stored parent). */
async function rootOf(db: TactDB, item: StoredItem): Promise<Pick<StoredItem, 'platform' | 'platformId'>> {
  const parents = await parentsOf(db, item);
  return parents[parents.length - 1] ?? item;
}

/**
 * The welcomes already inserted in the thread of `item` (newest first), not to repeat: each with the
 * first name of the member it welcomed changed to this item's author's, so the same line addressed to
 * someone else is recognised as the same line.
 */
export async function welcomesInThread(db: TactDB, item: StoredItem): Promise<string[]> {
  const root = await rootOf(db, item);
  // The thread: its top, its comments and their replies.
  const level1 = await db.items.where('[platform+parentId]').equals([root.platform, root.platformId]).toArray();
  const level2 =
    level1.length > 0
      ? await db.items
          .where('[platform+parentId]')
          .anyOf(level1.map((r): [string, string] => [r.platform, r.platformId]))
          .toArray()
      : [];
  const thread = [...level1, ...level2].filter((r) => r.key !== item.key && r.authorKey);
  if (thread.length === 0) return [];
  const byKey = new Map(thread.map((r) => [r.key, r]));
  const members = await db.members
    .where('authorKey')
    .anyOf([...new Set(thread.map((r) => r.authorKey))])
    .toArray();
  const welcomed = new Map<string, Member>();
  for (const m of members) if (m.welcomedAt !== null && byKey.has(m.firstItemKey)) welcomed.set(m.firstItemKey, m);
  if (welcomed.size === 0) return [];
  const replies: Reply[] = await db.replies
    .where('itemKey')
    .anyOf([...welcomed.keys()])
    .toArray();
  const current = firstNameOf(item.author.name || item.author.handle);
  return replies
    .sort((a, b) => b.at - a.at)
    .slice(0, WELCOMES_AVOIDED)
    .map((r) => {
      const m = welcomed.get(r.itemKey)!;
      return swapFirstName(r.text, firstNameOf(m.name || m.handle), current);
    });
}

/** A newcomer still to welcome, as the side panel lists them. */
export interface NewcomerRow {
  member: Member;
  brandName: string;
  /** Their first message in the community ('' when that item is no longer stored). */
  text: string;
}

/**
 * The newcomers of the last 24 hours not yet welcomed, newest first, per brand (by brand name): never
 * one whose first message was judged a spammer's or a troll's. Read by the side panel (liveQuery).
 */
export async function newcomersToWelcome(db: TactDB, now: number): Promise<NewcomerRow[]> {
  const recent = await db.members
    .where('firstSeenAt')
    .above(now - NEWCOMER_MS)
    .toArray();
  const open = toWelcome(recent, now);
  if (open.length === 0) return [];
  const keys = open.map((m) => m.firstItemKey);
  const [items, verdicts, brands] = await Promise.all([
    db.items.bulkGet(keys),
    db.verdicts.bulkGet(keys.map((k): [string, string] => [k, 'troll'])),
    db.brands.toArray(),
  ]);
  const names = new Map(brands.map((b) => [b.id, b.name]));
  return open
    .flatMap((member, i) => {
      // A verdict the moderator dismissed is no troll.
      const data = verdicts[i]?.data;
      const troll = data && data.review !== 'dismissed' && typeof data.type === 'string' ? data.type : null;
      if (!isWelcomeCandidate(troll)) return [];
      const brandName = names.get(member.brandId);
      if (brandName === undefined) return [];
      return [{ member, brandName, text: items[i]?.text ?? '' }];
    })
    .sort((a, b) => a.brandName.localeCompare(b.brandName) || b.member.firstSeenAt - a.member.firstSeenAt);
}
