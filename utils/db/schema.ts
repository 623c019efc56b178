// The local database (IndexedDB through Dexie). Only the background writes it; extension pages
// read it with liveQuery. Every version stays listed: a migration is a new entry, never an edit.
import Dexie, { type Table } from 'dexie';
import type { Brand } from '../core/brands/schema';
import type { Item } from '../core/items/schema';
import type { Platform } from '../core/platforms';
import type { Settings } from '../core/settings/schema';
import type { ItemStatus } from '../messaging/protocol';

export interface StoredItem extends Item {
  key: string;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Brands mentioned in the item. */
  brandIds: string[];
  status: ItemStatus;
  /** 1 when the item mentions a brand and nobody has handled it yet (indexable, unlike booleans). */
  attention: 0 | 1;
  /** Since v2: what the mention is (question, complaint…), its tone and how urgent it is. */
  intent: string;
  sentiment: number;
  priority: number;
  /** Since v2: when a CM marked it replied, for first-response time. */
  repliedAt: number | null;
}
export interface ToneProfile {
  id: string;
  brandId: string;
  name: string;
  data: Record<string, unknown>;
  updatedAt: number;
}
export interface Snippet {
  id: string;
  name: string;
  language: string;
  tags: string[];
  body: string;
  updatedAt: number;
}
export interface Author {
  key: string;
  platform: Platform;
  handle: string;
  name: string;
  url: string;
  firstSeenAt: number;
  lastSeenAt: number;
  notes: string;
  labels: string[];
}
export interface Verdict {
  itemKey: string;
  /** What produced it: 'mention' now; 'intent', 'troll'… as features land. */
  kind: string;
  at: number;
  data: Record<string, unknown>;
}
export interface Reply {
  id?: number;
  itemKey: string;
  at: number;
  text: string;
}
export interface TactEvent {
  id?: number;
  type: string;
  at: number;
  itemKey?: string;
  data?: Record<string, unknown>;
}
/** An item seen in a tab since that tab last loaded a page: what the side panel and the badge count. */
export interface Sighting {
  tabId: number;
  itemKey: string;
  at: number;
}
export interface SettingRow {
  key: 'settings';
  value: Settings;
}
export interface HealthRow {
  platform: Platform;
  url: string;
  found: number;
  at: number;
}

/** Each schema version, oldest first. Add new versions at the end with an upgrade when needed. */
export const VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => void | PromiseLike<unknown>;
}> = [
  {
    version: 1,
    stores: {
      brands: 'id, name, updatedAt',
      toneProfiles: 'id, brandId, name, updatedAt',
      snippets: 'id, name, language, *tags, updatedAt',
      items: 'key, platform, permalink, lastSeenAt, status, attention, *brandIds',
      authors: 'key, platform, handle, lastSeenAt',
      verdicts: '[itemKey+kind], itemKey, kind, at',
      replies: '++id, itemKey, at',
      events: '++id, type, at, itemKey',
      sightings: '[tabId+itemKey], tabId, itemKey, at',
      settings: 'key',
      health: 'platform, at',
    },
  },
  {
    // The inbox sorts and filters mentions by priority and intent, and times first responses.
    version: 2,
    stores: { items: 'key, platform, permalink, lastSeenAt, firstSeenAt, status, attention, intent, priority, *brandIds' },
    upgrade: (tx) =>
      tx
        .table('items')
        .toCollection()
        .modify((item: Partial<StoredItem>) => {
          item.intent ??= 'other';
          item.sentiment ??= 0;
          item.priority ??= 0;
          // When an older reply was made is unknown: better no first-response time than a made-up one.
          item.repliedAt ??= null;
        }),
  },
  // v3-v5 are taken by parallel work (Dexie accepts the gap). Team sync: the last state agreed with
  // the server per shared record (field values with their clocks), the outbox of local edits not yet
  // acknowledged, and small state rows (cursor, clock, account, status).
  { version: 6, stores: { syncRecords: '[table+id], table', syncOutbox: '++n, &changeId', syncMeta: 'key' } },
];
export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

export class TactDB extends Dexie {
  brands!: Table<Brand, string>;
  toneProfiles!: Table<ToneProfile, string>;
  snippets!: Table<Snippet, string>;
  items!: Table<StoredItem, string>;
  authors!: Table<Author, string>;
  verdicts!: Table<Verdict, [string, string]>;
  replies!: Table<Reply, number>;
  events!: Table<TactEvent, number>;
  sightings!: Table<Sighting, [number, string]>;
  settings!: Table<SettingRow, string>;
  health!: Table<HealthRow, string>;
  syncRecords!: Table<import('../core/sync/protocol').SyncRecord, [string, string]>;
  syncOutbox!: Table<import('../core/sync/client').PendingChange & { n?: number }, number>;
  syncMeta!: Table<{ key: string; value: unknown }, string>;

  /** Opens the database declared up to `upTo` (the latest by default); tests open older ones. */
  constructor(name = 'tact', upTo = LATEST_VERSION, versions = VERSIONS) {
    super(name);
    for (const v of versions) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
