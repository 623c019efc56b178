// The mentions' storage: brands, the items pages showed (with their mention verdicts and where they
// were seen), their triage status, page health and spike alerts. Used by the background (writes) and
// the extension's pages (live reads).
import { brandInputSchema, brandSchema, type Brand, type BrandInput } from './core/brand';
import type { ItemAnalysis, ItemStatus, StoredItem } from './core/item-state';
import { resolvePostedAt } from '../text/posted-time';
import type { Mention } from './core/match';
import { authorKeyOf, type Author } from '../trolls/core/author';
import { applyAnswers } from './answers-repo';
import { applyCorrection, readCorrection } from './core/correction';
import { currentActor } from '../settings/actor-repo';
import { itemKey, type Item } from '../platforms/item';
import type { Platform } from '../platforms/ids';
import type { Sighting, TactDB, TactEvent } from '../db/schema';

export type { ItemAnalysis };

export function listBrands(db: TactDB): Promise<Brand[]> {
  return db.brands.orderBy('name').toArray();
}

/** Creates or updates a brand (validated again here: the database never holds an invalid one). */
export async function saveBrand(db: TactDB, input: BrandInput, now = Date.now()): Promise<Brand> {
  const parsed = brandInputSchema.parse(input);
  return db.transaction('rw', db.brands, async () => {
    const existing = parsed.id ? await db.brands.get(parsed.id) : undefined;
    const brand = brandSchema.parse({
      ...parsed,
      id: parsed.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.brands.put(brand);
    return brand;
  });
}

export async function deleteBrand(db: TactDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.brands, db.items, async () => {
    const had = (await db.brands.get(id)) !== undefined;
    await db.brands.delete(id);
    // Its mentions stop being mentions of it; an item naming no other brand leaves the inbox.
    await db.items
      .where('brandIds')
      .equals(id)
      .modify((item) => {
        item.brandIds = item.brandIds.filter((b) => b !== id);
        item.attention = item.brandIds.length > 0 && item.status === 'new' ? 1 : 0;
      });
    return had;
  });
}

export interface SeenResult {
  key: string;
  mentions: Mention[];
  attention: boolean;
  /** First time this item is stored (not an item seen again). */
  isNew: boolean;
  /** Written by one of a brand's own accounts. */
  ours: boolean;
}

export interface SeenEntry {
  item: Item;
  mentions: Mention[];
  analysis?: ItemAnalysis;
  /** Written by one of a brand's own accounts: stored without mentions, out of the inbox. */
  ours?: boolean;
}

/** The item row a batch stores, from what the page showed, what the core said and the row before. */
function itemRow(
  { item, mentions, analysis, ours }: SeenEntry,
  key: string,
  old: StoredItem | undefined,
  now: number,
  timeZone: string | undefined,
) {
  const brandIds = ours ? [] : [...new Set(mentions.map((m) => m.brandId))];
  const status: ItemStatus = old?.status ?? 'new';
  const row: StoredItem = {
    ...item,
    key,
    firstSeenAt: old?.firstSeenAt ?? now,
    lastSeenAt: now,
    brandIds,
    status,
    attention: brandIds.length > 0 && status === 'new' ? 1 : 0,
    intent: analysis?.intent ?? 'other',
    sentiment: analysis?.sentiment ?? 0,
    priority: analysis?.priority ?? 0,
    repliedAt: old?.repliedAt ?? null,
    // A relative label ("2 h") is most precise when first read: the first resolution stays.
    postedAt: old?.postedAt ?? resolvePostedAt(item.time, now, { timeZone }),
    ours: ours ? 1 : 0,
    answeredAt: old?.answeredAt ?? null,
    answeredBy: old?.answeredBy ?? null,
    lang: analysis?.lang ?? old?.lang ?? '',
    // The page's count when it shows one (platform adapters), else the last one read.
    reactions: (item as Partial<Pick<StoredItem, 'reactions'>>).reactions ?? old?.reactions ?? null,
    authorKey: authorKeyOf(item) ?? '',
  };
  return row;
}

function authorRow(item: Item, key: string, a: Author | undefined, now: number): Author {
  return {
    // What other features keep on the author (verdict counts, recent texts) stays.
    counts: {},
    recent: [],
    ...a,
    key,
    platform: item.platform,
    handle: item.author.handle,
    name: item.author.name,
    url: item.author.url,
    // 0: the row was made for a brand kit's note before Tact saw the author; now it has.
    firstSeenAt: a?.firstSeenAt || now,
    lastSeenAt: now,
    notes: a?.notes ?? '',
    labels: a?.labels ?? [],
  };
}

/**
 * Stores what a tab just showed, with its mention verdicts, and remembers it was seen there. Items by
 * our own accounts mark what they answer as answered on the platform (answers-repo.ts).
 */
export async function recordSeen(
  db: TactDB,
  tabId: number | undefined,
  analysed: SeenEntry[],
  now = Date.now(),
  /** The zone the page's time labels are read in (the user's; '' or absent: the browser's). */
  timeZone?: string,
): Promise<SeenResult[]> {
  // Bulk reads and writes: one round trip per table, whatever the batch size.
  return db.transaction('rw', [db.items, db.verdicts, db.sightings, db.authors, db.events], async () => {
    const keys = analysed.map(({ item }) => itemKey(item));
    const authorKeys = analysed.map(({ item }) => authorKeyOf(item));
    const [olds, oldAuthors, corrections] = await Promise.all([
      db.items.bulkGet(keys),
      db.authors.bulkGet(authorKeys.map((k) => k ?? '')),
      db.verdicts.bulkGet(keys.map((k): [string, string] => [k, 'correction'])),
    ]);
    // A CM's correction of the intent or sentiment outlives the new analysis (corrections-repo.ts).
    const items = analysed.map((entry, i) =>
      applyCorrection(
        itemRow(entry, keys[i]!, olds[i], now, timeZone || undefined),
        readCorrection(corrections[i]?.data),
      ),
    );
    const authors = new Map<string, Author>();
    analysed.forEach(({ item }, i) => {
      const authorKey = authorKeys[i];
      if (authorKey) authors.set(authorKey, authorRow(item, authorKey, authors.get(authorKey) ?? oldAuthors[i], now));
    });
    const { others, events } = await applyAnswers(db, items, now);
    const results: SeenResult[] = items.map((row, i) => ({
      key: row.key,
      mentions: row.ours ? [] : analysed[i]!.mentions,
      attention: row.attention === 1,
      isNew: olds[i] === undefined,
      ours: row.ours === 1,
    }));
    await db.items.bulkPut([...items, ...others]);
    if (events.length > 0) await db.events.bulkAdd(events);
    await db.verdicts.bulkPut(
      results.map((r) => ({ itemKey: r.key, kind: 'mention', at: now, data: { mentions: r.mentions } })),
    );
    if (tabId !== undefined) await db.sightings.bulkPut(keys.map((itemKey) => ({ tabId, itemKey, at: now })));
    await db.authors.bulkPut([...authors.values()]);
    return results;
  });
}

/** A tab loaded a new page (or closed): forget what it showed before. */
export async function clearTab(db: TactDB, tabId: number): Promise<void> {
  await db.sightings.where('tabId').equals(tabId).delete();
}

/** Takes items off a tab's list (a late batch from a page the tab has left). */
export async function forgetSightings(db: TactDB, tabId: number, keys: string[]): Promise<void> {
  await db.sightings.bulkDelete(keys.map((k): [number, string] => [tabId, k]));
}

export interface TabCounts {
  items: number;
  mentions: number;
  attention: number;
}

export async function tabCounts(db: TactDB, tabId: number): Promise<TabCounts> {
  const keys = (await db.sightings.where('tabId').equals(tabId).toArray()).map((s) => s.itemKey);
  const items = (await db.items.bulkGet(keys)).filter((i): i is StoredItem => i !== undefined);
  return {
    items: items.length,
    mentions: items.filter((i) => i.brandIds.length > 0).length,
    attention: items.filter((i) => i.attention === 1).length,
  };
}

/** Changes an item's triage status; the event says who (currentActor) for the reports. */
export async function setItemStatus(db: TactDB, key: string, status: ItemStatus, now = Date.now()): Promise<boolean> {
  const by = await currentActor(db);
  return db.transaction('rw', db.items, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return false;
    const attention = item.brandIds.length > 0 && status === 'new' ? 1 : 0;
    const repliedAt =
      status === 'replied' ? (item.repliedAt ?? now) : item.status === 'replied' ? null : item.repliedAt;
    await db.items.update(key, { status, attention, repliedAt });
    await db.events.add({ type: 'status', at: now, itemKey: key, data: { from: item.status, to: status, by } });
    return true;
  });
}

/**
 * A page read: the popup's health (the last page per platform) and, for the reports' coverage, one
 * `page` event per page read (no URL: the report counts pages and layout problems, not where).
 */
export async function recordHealth(db: TactDB, platform: Platform, url: string, found: number, now = Date.now()) {
  await db.transaction('rw', db.health, db.events, async () => {
    await db.health.put({ platform, url, found, at: now });
    await db.events.add({ type: 'page', at: now, data: { platform, found, problem: found === 0 } });
  });
}

/** Alerts still worth showing: raised in the last `maxAgeMs` and not dismissed. */
export async function activeAlerts(
  db: TactDB,
  now: number,
  maxAgeMs = 6 * 3600_000,
): Promise<Array<TactEvent & { id: number }>> {
  const rows = await db.events
    .where('at')
    .above(now - maxAgeMs)
    .filter((e) => e.type === 'spike' && e.data?.dismissed !== true)
    .toArray();
  return rows.filter((e): e is TactEvent & { id: number } => typeof e.id === 'number').sort((a, b) => b.at - a.at);
}

/** Hides a spike alert; false when there is no such alert. */
export async function dismissAlert(db: TactDB, id: number): Promise<boolean> {
  const row = await db.events.get(id);
  if (!row || row.type !== 'spike') return false;
  await db.events.update(id, { data: { ...row.data, dismissed: true } });
  return true;
}

/** Where an item is shown now: one sighting per tab. */
export function sightingsOf(db: TactDB, key: string): Promise<Sighting[]> {
  return db.sightings.where('itemKey').equals(key).toArray();
}

/** Every tab that shows any item now. */
export async function tabsWithSightings(db: TactDB): Promise<number[]> {
  return [...new Set((await db.sightings.toArray()).map((s) => s.tabId))];
}

/** What an adapter last reported for a platform: whether it found items. */
export async function platformHealth(db: TactDB, platform: Platform): Promise<{ found: number } | undefined> {
  return db.health.get(platform);
}
