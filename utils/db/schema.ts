// The local database (IndexedDB through Dexie). Only the background writes it; extension pages
// read it with liveQuery. Every version stays listed: a migration is a new entry, never an edit.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Brand } from '../mentions/core/brand';
import type { StoredItem } from '../mentions/core/item-state';
import type { Platform } from '../platforms/ids';
import type { Settings } from '../settings/core/schema';
import type { Snippet } from '../snippets/core/snippet';
import type { Author } from '../trolls/core/author';
import type { SubscriptionRow } from '../kit/core/subscription-record';
import type { SyncRecord } from '../sync/core/protocol';
import type { PendingChange } from '../sync/core/client';
import type { Incident, ReplySource } from '../reports/core/types';
import { storedPostedAt } from '../mentions/core/item-state';
import type { StoredIncident } from '../mentions/core/incident';
import type { Member } from '../care/core/member';
import { authorKeyOf } from '../trolls/core/author';

// Row types of entities come from their capability's core schemas (one definition each).
export type { StoredItem, Author, SubscriptionRow, Incident, Member };

export interface ToneProfile {
  id: string;
  brandId: string;
  name: string;
  data: Record<string, unknown>;
  updatedAt: number;
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
  /** Since v7: the CM who inserted it (currentActor: settings.cmName, else the sync device label, else ''). */
  by: string;
  /** Since v7: where the text came from; replies logged before v7 were all suggestions from the card. */
  source: ReplySource;
  /** Since v7: problems the tone checker found in the inserted text. */
  toneIssues: number;
}
export interface TactEvent {
  id?: number;
  type: string;
  at: number;
  itemKey?: string;
  /** Since v7, status and moderation events carry `by`: who did it (currentActor). */
  data?: Record<string, unknown>;
}
/** The CM's own reading of a report, saved with it (one per template and period). */
export interface ReportNote {
  /** `${template}:${from}:${to}`. */
  id: string;
  template: string;
  from: number;
  to: number;
  text: string;
  updatedAt: number;
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
  upgrade?: (tx: Transaction) => void | PromiseLike<unknown>;
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
  {
    // Reports (issue #15): when an item was posted, whether one of the brand's own accounts wrote it
    // (and what it answered), who logged a reply and from what; spikes as incidents; the CM's notes.
    // [platform+parentId] finds our replies to an item stored after them.
    version: 7,
    stores: {
      items:
        'key, platform, permalink, lastSeenAt, firstSeenAt, postedAt, ours, status, attention, intent, priority, ' +
        '*brandIds, [platform+parentId]',
      incidents: 'id, brandId, start, end',
      reportNotes: 'id, updatedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('items')
        .toCollection()
        .modify((item: Partial<StoredItem>) => {
          item.postedAt ??= storedPostedAt(item.time ?? '');
          item.ours ??= 0;
          item.answeredAt ??= null;
          item.answeredBy ??= null;
          item.lang ??= '';
          item.reactions ??= null;
        });
      await tx
        .table('brands')
        .toCollection()
        .modify((brand: Partial<Brand>) => {
          brand.ownAccounts ??= [];
          brand.competitor ??= false;
        });
      await tx
        .table('replies')
        .toCollection()
        .modify((reply: Partial<Reply>) => {
          reply.by ??= '';
          // Before v7 only the suggestion card (and its keyboard command) logged a reply.
          reply.source ??= 'suggestion';
          reply.toneIssues ??= 0;
        });
    },
  },
  {
    // Community care: items by author (advocates, detractors, newcomers), the brand communities'
    // members, the brand's charter and crisis kit, snippet kinds.
    version: 8,
    stores: {
      items:
        'key, platform, permalink, lastSeenAt, firstSeenAt, postedAt, ours, status, attention, intent, priority, ' +
        '*brandIds, [platform+parentId], authorKey',
      members: 'key, brandId, authorKey, firstSeenAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('items')
        .toCollection()
        .modify((item: Partial<StoredItem>) => {
          item.authorKey ??= item.platform && item.author ? (authorKeyOf(item as StoredItem) ?? '') : '';
        });
      await tx
        .table('brands')
        .toCollection()
        .modify((brand: Partial<Brand>) => {
          brand.communities ??= [];
          brand.charter ??= { clauses: [] };
          brand.holdingStatements ??= [];
          brand.crisisChecklist ??= [];
        });
      await tx
        .table('snippets')
        .toCollection()
        .modify((snippet: Partial<Snippet>) => {
          snippet.kind ??= 'reply';
        });
    },
  },
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
  syncRecords!: Table<SyncRecord, [string, string]>;
  syncOutbox!: Table<PendingChange & { n?: number }, number>;
  syncMeta!: Table<{ key: string; value: unknown }, string>;
  incidents!: Table<StoredIncident, string>;
  reportNotes!: Table<ReportNote, string>;
  members!: Table<Member, string>;

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
