// Reads and writes on the database, one function per use. Used by the background only.
import { brandInputSchema, brandSchema, type Brand, type BrandInput } from '../core/brands/schema';
import { itemKey, type Item } from '../core/items/schema';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../core/settings/schema';
import type { Mention } from '../core/mentions/match';
import type { Platform } from '../core/platforms';
import type { ItemStatus } from '../messaging/protocol';
import type { StoredItem, TactDB } from './schema';

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
  return db.transaction('rw', db.brands, async () => {
    const had = (await db.brands.get(id)) !== undefined;
    await db.brands.delete(id);
    return had;
  });
}

/** What the core said of a mention: stored with the item for the inbox. */
export interface ItemAnalysis {
  intent: string;
  sentiment: number;
  priority: number;
}

export interface SeenResult {
  key: string;
  mentions: Mention[];
  attention: boolean;
}

/** Stores what a tab just showed, with its mention verdicts, and remembers it was seen there. */
export async function recordSeen(
  db: TactDB,
  tabId: number | undefined,
  analysed: Array<{ item: Item; mentions: Mention[]; analysis?: ItemAnalysis }>,
  now = Date.now(),
): Promise<SeenResult[]> {
  return db.transaction('rw', [db.items, db.verdicts, db.sightings, db.authors], async () => {
    const results: SeenResult[] = [];
    for (const { item, mentions, analysis } of analysed) {
      const key = itemKey(item);
      const old = await db.items.get(key);
      const brandIds = [...new Set(mentions.map((m) => m.brandId))];
      const status: ItemStatus = old?.status ?? 'new';
      const attention = brandIds.length > 0 && status === 'new' ? 1 : 0;
      const stored: StoredItem = {
        ...item,
        key,
        firstSeenAt: old?.firstSeenAt ?? now,
        lastSeenAt: now,
        brandIds,
        status,
        attention,
        intent: analysis?.intent ?? 'other',
        sentiment: analysis?.sentiment ?? 0,
        priority: analysis?.priority ?? 0,
        repliedAt: old?.repliedAt ?? null,
      };
      await db.items.put(stored);
      await db.verdicts.put({ itemKey: key, kind: 'mention', at: now, data: { mentions } });
      if (tabId !== undefined) await db.sightings.put({ tabId, itemKey: key, at: now });
      if (item.author.handle || item.author.name) {
        const authorKey = `${item.platform}:${(item.author.handle || item.author.name).toLowerCase()}`;
        const a = await db.authors.get(authorKey);
        await db.authors.put({
          key: authorKey,
          platform: item.platform,
          handle: item.author.handle,
          name: item.author.name,
          url: item.author.url,
          firstSeenAt: a?.firstSeenAt ?? now,
          lastSeenAt: now,
          notes: a?.notes ?? '',
          labels: a?.labels ?? [],
        });
      }
      results.push({ key, mentions, attention: attention === 1 });
    }
    return results;
  });
}

/** A tab loaded a new page (or closed): forget what it showed before. */
export async function clearTab(db: TactDB, tabId: number): Promise<void> {
  await db.sightings.where('tabId').equals(tabId).delete();
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

export async function setItemStatus(db: TactDB, key: string, status: ItemStatus, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.items, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return false;
    const attention = item.brandIds.length > 0 && status === 'new' ? 1 : 0;
    const repliedAt = status === 'replied' ? (item.repliedAt ?? now) : item.status === 'replied' ? null : item.repliedAt;
    await db.items.update(key, { status, attention, repliedAt });
    await db.events.add({ type: 'status', at: now, itemKey: key, data: { from: item.status, to: status } });
    return true;
  });
}

export async function getSettings(db: TactDB): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(db: TactDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...patch });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

export async function recordHealth(db: TactDB, platform: Platform, url: string, found: number, now = Date.now()) {
  await db.health.put({ platform, url, found, at: now });
}
