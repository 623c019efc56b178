// What every capability's handler factory receives: one `BackgroundDeps` object (the database, the
// browser's side effects, services) so each `create<Capability>Handlers(deps)` has the same signature.
// Browser-specific side effects come in through `effects`, so the handlers run in Node tests.
import type { TactDB } from '../db/schema';
import type { SpikeAlert } from '../mentions/alerts';
import type { AiEffects } from '../tone/ai-handlers';
import type { AbuseModel } from '../trolls/core/abuse';
import type { AuthorMemory } from '../trolls/core/author';
import type { Roamer } from '../sync/roaming';
import type { SyncService } from '../sync/service';
import type { Subscriptions } from '../kit/subscriptions';
import type { UiLanguage } from '../settings/core/schema';

export interface Effects {
  /** Shows the number of items needing attention on a tab's toolbar button. */
  setBadge(tabId: number, count: number): Promise<void>;
  /** Brings a tab to the front and asks its content script to show an item; false if it could not. */
  revealInTab(tabId: number, platformId: string): Promise<boolean>;
  /** Opens a URL in a new tab. */
  openTab(url: string): Promise<void>;
  /** Tells the user about a burst of negative mentions (a browser notification). */
  notify(alert: SpikeAlert): Promise<void>;
  now?: () => number;
  /** AI rewriting: the network and the built-in model's runner. */
  ai?: AiEffects;
  /** The keys of the "insert-suggestion" command as the user set them, or null (none, or unknown). */
  shortcut?: () => Promise<string | null>;
  /** Tells a tab's content script that an author's labels or counts changed (chips follow). */
  pushAuthor?(tabId: number, memory: AuthorMemory): Promise<void>;
  /** Tells the content scripts of every platform tab that the UI language setting changed. */
  pushLanguage?(language: UiLanguage): Promise<void>;
  /** The abuse model for troll verdicts (the committed one by default). */
  trollModel?: () => Promise<AbuseModel>;
  /** Settings roaming (storage.sync), when the browser has it. */
  roaming?: Pick<Roamer, 'setEnabled' | 'localChanged'>;
  /** Brand-kit subscriptions (they fetch, so they need the browser's fetch and permissions). */
  subscriptions?: Subscriptions;
}

export interface BackgroundDeps {
  db: TactDB;
  effects: Effects;
  /** Team sync (joins, pulls and pushes; the background keeps the device token). */
  sync: SyncService;
  /** The clock: effects.now when given (tests), else Date.now. */
  now: () => number;
}

export function backgroundDeps(db: TactDB, effects: Effects, sync: SyncService): BackgroundDeps {
  return { db, effects, sync, now: () => effects.now?.() ?? Date.now() };
}
