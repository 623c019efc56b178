// Brand-kit subscriptions in the database. A subscribed kit's brands, tone profiles and snippets are
// stored in their usual tables with `subscriptionId` set: they work like the user's own (mentions are
// found, snippets offered) but are read-only, replaced at each successful refresh, removed on
// unsubscribe, and never exported. "Copy to my library" makes an ordinary, editable copy.
import type { Brand } from '../mentions/core/brand';
import { naturalKey, type Kit } from './core/document';
import { fetchKit, type FetchOutcome } from './core/subscription';
import { mergeKit } from './core/merge';
import { kitNameOf } from './core/kit-notes';
import { applyKitNotes, removeKitNotes } from './notes-repo';
import type { Snippet } from '../snippets/core/snippet';
import { toneProfileId } from '../tone/core/profile';
import type { SubscriptionRow, TactDB, ToneProfile } from '../db/schema';

/** Marks a record as coming from a subscription. */
export interface Subscribed {
  subscriptionId?: string;
}
export function isSubscribed(record: object): boolean {
  return typeof (record as Subscribed).subscriptionId === 'string';
}

/**
 * Refuses to edit a subscribed record: a subscribed kit's brands, tone profiles and snippets are its
 * publisher's, edited there or copied into the library first.
 */
export async function refuseSubscribed(
  db: TactDB,
  id: string | undefined,
  table: 'brands' | 'toneProfiles' | 'snippets',
): Promise<void> {
  const row: object | undefined = id ? await db.table(table).get(id) : undefined;
  if (row && isSubscribed(row))
    throw new Error('This comes from a subscribed brand kit: copy it to your library to edit it.');
}

/** A stable local id for a subscribed record: the same at every refresh, so mentions keep pointing at it. */
export function subscribedId(subscriptionId: string, id: string): string {
  const plain = `sub-${subscriptionId.slice(0, 8)}-${id}`;
  if (plain.length <= 100) return plain;
  // FNV-1a: ids longer than the schema's 100 characters still map to one stable id.
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return `sub-${subscriptionId.slice(0, 8)}-${h.toString(16)}-${id.slice(0, 60)}`;
}

const TABLES = (db: TactDB) => [db.subscriptions, db.brands, db.toneProfiles, db.snippets, db.items, db.authors];

/** Replaces what a subscription holds with the records of `kit` (one transaction). */
export async function storeSubscribedKit(
  db: TactDB,
  sub: SubscriptionRow,
  kit: Kit,
  etag: string | null,
  now: number,
): Promise<SubscriptionRow> {
  return db.transaction('rw', TABLES(db), async () => {
    const id = (x: string) => subscribedId(sub.id, x);
    const brands = kit.brands.map((b): Brand & Subscribed => ({ ...b, id: id(b.id), subscriptionId: sub.id }));
    const profiles = kit.toneProfiles.map((p): ToneProfile & Subscribed => ({
      ...p,
      id: id(p.id),
      brandId: id(p.brandId),
      data: p.data,
      subscriptionId: sub.id,
    }));
    const snippets = kit.snippets.map((s): Snippet & Subscribed => ({
      ...s,
      id: id(s.id),
      usageCount: 0,
      subscriptionId: sub.id,
    }));
    await removeSubscribed(db, sub.id, new Set([...brands, ...profiles, ...snippets].map((r) => r.id)));
    // Usage counts of snippets are this browser's: kept across refreshes.
    const old = await db.snippets.bulkGet(snippets.map((s) => s.id));
    snippets.forEach((s, i) => (s.usageCount = old[i]?.usageCount ?? 0));
    await db.brands.bulkPut(brands);
    await db.toneProfiles.bulkPut(profiles);
    await db.snippets.bulkPut(snippets);
    // Its troll notes sit beside the moderator's own on each author, replaced as a whole.
    await applyKitNotes(db, sub.id, kitNameOf(sub.url, kit), kit.trollNotes);
    const next: SubscriptionRow = {
      ...sub,
      etag,
      lastCheckAt: now,
      lastOkAt: now,
      lastError: null,
      counts: {
        brands: brands.length,
        toneProfiles: profiles.length,
        snippets: snippets.length,
        trollNotes: kit.trollNotes.length,
      },
    };
    await db.subscriptions.put(next);
    return next;
  });
}

/** Deletes a subscription's records (all, or those not in `keep`); the user's own copies are other records. */
async function removeSubscribed(db: TactDB, subscriptionId: string, keep = new Set<string>()): Promise<number> {
  const mine = (r: object) =>
    (r as Subscribed).subscriptionId === subscriptionId && !keep.has((r as { id: string }).id);
  const brands = (await db.brands.filter(mine).toArray()).map((b) => b.id);
  const profiles = (await db.toneProfiles.filter(mine).toArray()).map((p) => p.id);
  const snippets = (await db.snippets.filter(mine).toArray()).map((s) => s.id);
  await db.brands.bulkDelete(brands);
  await db.toneProfiles.bulkDelete(profiles);
  await db.snippets.bulkDelete(snippets);
  // Mentions of a brand that is gone are no longer mentions (as when the user deletes a brand).
  if (brands.length > 0) {
    const gone = new Set(brands);
    await db.items
      .where('brandIds')
      .anyOf(brands)
      .modify((item) => {
        item.brandIds = item.brandIds.filter((b) => !gone.has(b));
        item.attention = item.brandIds.length > 0 && item.status === 'new' ? 1 : 0;
      });
  }
  return brands.length + profiles.length + snippets.length;
}

/** Unsubscribes: the subscription and its records go; copies the user made stay. */
export async function unsubscribe(db: TactDB, subscriptionId: string): Promise<number> {
  return db.transaction('rw', TABLES(db), async () => {
    const removed = await removeSubscribed(db, subscriptionId);
    await removeKitNotes(db, subscriptionId);
    await db.subscriptions.delete(subscriptionId);
    return removed;
  });
}

type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/** One check of a subscription. A failure keeps the last good copy and records why. */
export async function refreshSubscription(
  db: TactDB,
  sub: SubscriptionRow,
  fetchFn: FetchFn,
  now: number,
): Promise<{ row: SubscriptionRow; outcome: FetchOutcome['kind'] }> {
  const outcome = await fetchKit(sub.url, sub.etag, fetchFn);
  const current = (await db.subscriptions.get(sub.id)) ?? null;
  // Unsubscribed while the fetch ran: store nothing.
  if (!current) return { row: sub, outcome: outcome.kind };
  if (outcome.kind === 'ok')
    return { row: await storeSubscribedKit(db, current, outcome.kit, outcome.etag, now), outcome: 'ok' };
  const row: SubscriptionRow =
    outcome.kind === 'not_modified'
      ? { ...current, lastCheckAt: now, lastOkAt: now, lastError: null }
      : { ...current, lastCheckAt: now, lastError: outcome.error };
  await db.subscriptions.put(row);
  return { row, outcome: outcome.kind };
}

/**
 * "Copy to my library": an ordinary copy of a subscribed brand (with its tone profiles) or snippet,
 * named "(imported)" when the user already has one of that name.
 */
export async function copyToLibrary(
  db: TactDB,
  kind: 'brand' | 'snippet',
  id: string,
  now: number,
): Promise<{ id: string; name: string }> {
  return db.transaction('rw', [db.brands, db.toneProfiles, db.snippets], async () => {
    const own = <T extends object>(rows: T[]) => rows.filter((r) => !isSubscribed(r));
    const local = {
      brands: own(await db.brands.toArray()),
      toneProfiles: own(await db.toneProfiles.toArray()),
      snippets: own(await db.snippets.toArray()),
      authors: [],
    };
    const strip = <T extends object>(r: T): T => {
      const { subscriptionId: _s, ...rest } = r as T & Subscribed;
      return rest as T;
    };
    const kit: Kit = {
      format: 'tact-brand-kit',
      version: 1,
      brands: [],
      toneProfiles: [],
      snippets: [],
      trollNotes: [],
    };
    if (kind === 'brand') {
      const brand = await db.brands.get(id);
      if (!brand || !isSubscribed(brand)) throw new Error('This brand is not from a subscription.');
      const newId = crypto.randomUUID();
      kit.brands.push({ ...strip(brand), id: newId, createdAt: now, updatedAt: now });
      for (const p of await db.toneProfiles.where('brandId').equals(id).toArray()) {
        const data = p.data as Kit['toneProfiles'][number]['data'];
        // The id the tone repository reads and writes (one profile per brand and language).
        kit.toneProfiles.push({
          ...strip(p),
          id: toneProfileId(newId, data.language),
          brandId: newId,
          data,
          updatedAt: now,
        });
      }
    } else {
      const snippet = await db.snippets.get(id);
      if (!snippet || !isSubscribed(snippet)) throw new Error('This snippet is not from a subscription.');
      const { usageCount: _u, ...rest } = strip(snippet);
      kit.snippets.push({ ...rest, id: crypto.randomUUID(), updatedAt: now });
    }
    const { writes } = mergeKit(local, kit, {}, { now, newId: () => crypto.randomUUID() });
    await db.brands.bulkPut(writes.brands);
    await db.toneProfiles.bulkPut(writes.toneProfiles);
    await db.snippets.bulkPut(writes.snippets);
    const made = kind === 'brand' ? writes.brands[0] : writes.snippets[0];
    if (made) return { id: made.id, name: made.name };
    // Copied before, unchanged since: the user's copy is already there.
    const twin =
      kind === 'brand'
        ? local.brands.find((b) => naturalKey.brand(b) === naturalKey.brand(kit.brands[0]!))
        : local.snippets.find((s) => naturalKey.snippet(s) === naturalKey.snippet(kit.snippets[0]!));
    if (!twin) throw new Error('The copy could not be made.');
    return { id: twin.id, name: twin.name };
  });
}
