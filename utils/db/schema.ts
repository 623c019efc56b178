// The local database (IndexedDB through Dexie). Only the background writes it; extension pages
// read it with liveQuery. Every version stays listed: a migration is a new entry, never an edit.
import Dexie, { type Table } from 'dexie';
import type { Brand } from '../mentions/core/brand';
import type { Item } from '../platforms/item';
import type { Platform } from '../platforms/ids';
import type { Settings } from '../settings/core/schema';
import type { Snippet } from '../snippets/core/snippet';
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
  /** Since v3: how many of their comments got each verdict type (utils/trolls/core/author-memory.ts). */
  counts?: Record<string, number>;
  /** Since v3: their latest texts, context for their next verdict. */
  recent?: string[];
  /** What subscribed brand kits say of them, by subscription id: never mixed into `notes`/`labels`. */
  kitNotes?: import('../kit/core/kit-notes').KitNotes;
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
/** A brand-kit URL the user subscribed to; its records carry `subscriptionId` and are read-only. */
export interface SubscriptionRow {
  id: string;
  url: string;
  /** When the user subscribed. */
  createdAt: number;
  /** The ETag of the last good copy, sent as If-None-Match. */
  etag: string | null;
  lastCheckAt: number | null;
  lastOkAt: number | null;
  /** The last failure (an i18n key and its parameters), cleared by the next success. */
  lastError: { message: string; params?: Record<string, string | number>; path?: string } | null;
  counts: { brands: number; toneProfiles: number; snippets: number; trollNotes: number };
}
/** Small state rows of the background, by name (e.g. 'roaming'). */
export interface KvRow {
  key: string;
  value: unknown;
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
    stores: {
      items: 'key, platform, permalink, lastSeenAt, firstSeenAt, status, attention, intent, priority, *brandIds',
    },
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
  {
    // Per-author memory for the troll verdicts: counts by type and a few recent texts; authors
    // indexed by the moderator's labels ("known troll"…) for a list of them.
    version: 3,
    stores: { authors: 'key, platform, handle, lastSeenAt, *labels' },
    upgrade: (tx) =>
      tx
        .table('authors')
        .toCollection()
        .modify((author: Partial<Author>) => {
          author.counts ??= {};
          author.recent ??= [];
        }),
  },
  // v4 was never used (Dexie accepts the gap). Brand-kit subscriptions, and small
  // state rows (roaming) that are not user settings.
  { version: 5, stores: { subscriptions: 'id, url', kv: 'key' } },
  // Team sync: the last state agreed with
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
  subscriptions!: Table<SubscriptionRow, string>;
  kv!: Table<KvRow, string>;
  syncRecords!: Table<import('../sync/core/protocol').SyncRecord, [string, string]>;
  syncOutbox!: Table<import('../sync/core/client').PendingChange & { n?: number }, number>;
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
