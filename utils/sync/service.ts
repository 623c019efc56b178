// Team sync in the background: the account (server, device token, role) kept in the local database,
// the sync client on Dexie, and when it runs — at start-up, on an alarm, shortly after a local edit
// and when the user asks. No socket is kept open: a service worker may stop at any time, and a round
// cut short leaves the outbox as it was (a retried push carries the same change ids).
import type { Table, Transaction } from 'dexie';
import { SyncClient, SyncHttpError, httpTransport, type SyncProblem, type SyncState } from './core/client';
import { joinTeam, teamApi } from './core/api';
import { NODE_RE } from './core/hlc';
import type { Conflict, Role } from './core/protocol';
import type { SyncStatusView } from './core/status';
import type { TactDB } from '../db/schema';
import { captureLocalEdits, DexieSyncStorage, isSyncTransaction } from './dexie-storage';
import { isShared } from './tables';
import { uploadDailyAggregates } from './aggregates';

export interface SyncAccount {
  serverUrl: string;
  /** The device's credential: kept in this browser's database only, never synced, never logged. */
  token: string;
  deviceId: string;
  teamId: string;
  teamName: string;
  role: Role;
  label: string;
  /** This device's name in the sync clocks. */
  nodeId: string;
  joinedAt: number;
}

export type { SyncStatusView };

interface PersistedStatus {
  state: SyncState;
  lastSyncAt: number | null;
  lastError: SyncStatusView['lastError'];
  skipped?: SyncProblem[];
}

export interface SyncServiceOptions {
  fetch?: typeof fetch;
  now?: () => number;
  /** Delay between a local edit and the sync it triggers (edits in between share it). */
  debounceMs?: number;
  /** Attempts per round (the next alarm tries again). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  /** The extension's version (default: the manifest's): refused changes are tried again after it changes. */
  version?: string;
  /** Runs `fn` after `ms` and returns how to cancel it (tests drive it by hand: no race with the clock). */
  schedule?: (fn: () => void, ms: number) => () => void;
  /** After a good round: send the daily report aggregates (aggregates.ts; at most hourly by default). */
  reports?: (account: SyncAccount) => Promise<unknown>;
}

/** The running extension's version, or '' outside one (tests, Node). */
function manifestVersion(): string {
  try {
    const rt = (globalThis as { chrome?: { runtime?: { getManifest?: () => { version?: string } } } }).chrome?.runtime;
    return rt?.getManifest?.().version ?? '';
  } catch {
    return '';
  }
}

const timeoutSchedule = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  return () => clearTimeout(t);
};

export const SYNC_ALARM = 'tact-team-sync';
export const SYNC_PERIOD_MINUTES = 5;

export class SyncService {
  readonly storage: DexieSyncStorage;
  private client: SyncClient | undefined;
  private clientFor: string | undefined;
  private cancelTimer: (() => void) | undefined;
  private round: Promise<SyncStatusView> | undefined;
  readonly fetchFn: typeof fetch;
  private readonly now: () => number;

  constructor(
    private readonly db: TactDB,
    private readonly options: SyncServiceOptions = {},
  ) {
    this.fetchFn = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
    this.now = options.now ?? Date.now;
    this.storage = new DexieSyncStorage(db, this.now);
  }

  async account(): Promise<SyncAccount | undefined> {
    return (await this.db.syncMeta.get('account'))?.value as SyncAccount | undefined;
  }

  /** Redeems an invite and runs a first round. A failed redeem changes nothing. */
  async join(input: { serverUrl: string; invite: string; label: string }): Promise<SyncStatusView> {
    if (await this.account()) throw new Error('already_joined');
    const serverUrl = input.serverUrl.trim().replace(/\/+$/, '');
    const res = await joinTeam(serverUrl, input.invite, input.label, this.fetchFn).catch(rethrowCode);
    const nodeId = `d${res.deviceId.replace(/[^A-Za-z0-9_]/g, '').slice(0, 30)}`;
    const account: SyncAccount = {
      serverUrl,
      token: res.token,
      deviceId: res.deviceId,
      teamId: res.teamId,
      teamName: res.teamName,
      role: res.role,
      label: input.label,
      nodeId: NODE_RE.test(nodeId) ? nodeId : `d${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`,
      joinedAt: this.now(),
    };
    await this.storage.clear();
    await this.db.syncMeta.put({ key: 'account', value: account });
    await this.saveStatus({ state: 'idle', lastSyncAt: null, lastError: null });
    return this.syncNow();
  }

  async status(inRound = this.round !== undefined): Promise<SyncStatusView> {
    const account = await this.account();
    const saved = ((await this.db.syncMeta.get('status'))?.value ?? {}) as Partial<PersistedStatus>;
    const outbox = await this.storage.listPending();
    return {
      joined: account !== undefined,
      serverUrl: account?.serverUrl ?? null,
      teamName: account?.teamName ?? null,
      role: account?.role ?? null,
      label: account?.label ?? null,
      // "syncing" saved by a worker that was stopped mid-round: nothing is running any more.
      state: inRound
        ? 'syncing'
        : saved.state === 'syncing' || saved.state === 'retrying'
          ? 'idle'
          : (saved.state ?? 'idle'),
      lastSyncAt: saved.lastSyncAt ?? null,
      pending: outbox.filter((c) => !c.rejected).length,
      lastError: saved.lastError ?? null,
      rejected: outbox.flatMap((c) =>
        c.rejected
          ? [{ table: c.record.table, id: c.record.id, code: c.rejected.code, message: c.rejected.message }]
          : [],
      ),
      skipped: Array.isArray(saved.skipped) ? saved.skipped : [],
    };
  }

  /** One round now: capture local edits (editors), push, pull. Concurrent calls share the round. */
  syncNow(): Promise<SyncStatusView> {
    this.round ??= this.runRound().finally(() => {
      this.round = undefined;
    });
    return this.round;
  }

  /** After a local edit: a round in `debounceMs`, unless another edit comes first. */
  scheduleSoon(): void {
    this.cancelTimer?.();
    this.cancelTimer = (this.options.schedule ?? timeoutSchedule)(() => {
      this.cancelTimer = undefined;
      void this.account()
        .then((a) => (a && a.role !== 'viewer' ? this.syncNow() : undefined))
        .catch(() => {});
    }, this.options.debounceMs ?? 3000);
  }

  /** At start-up: a round unless one completed in the last minute (the worker wakes up often). */
  async syncIfStale(maxAgeMs = 60_000): Promise<void> {
    if (!(await this.account())) return;
    const s = await this.status();
    if (s.lastSyncAt === null || this.now() - s.lastSyncAt > maxAgeMs || s.pending > 0) await this.syncNow();
  }

  async conflicts(): Promise<Conflict[]> {
    const account = await this.requireAccount();
    const res = await teamApi({ baseUrl: account.serverUrl, token: account.token, fetch: this.fetchFn })
      .conflicts({ limit: 50 })
      .catch(rethrowCode);
    return res.conflicts;
  }

  /** Puts a logged value back (editors and admins); the restored value then reaches everyone. */
  async restore(conflictId: number): Promise<SyncStatusView> {
    const account = await this.requireAccount();
    if (account.role === 'viewer') throw new Error('forbidden');
    // Local edits first, so the restored value is not overwritten by an older one still queued here.
    await this.syncNow();
    await teamApi({ baseUrl: account.serverUrl, token: account.token, fetch: this.fetchFn })
      .restore(conflictId)
      .catch(rethrowCode);
    return this.syncNow();
  }

  /** Forgets the team: the token is revoked (when the server answers) and the sync state cleared; local data stays. */
  async leave(): Promise<void> {
    const account = await this.account();
    if (!account) return;
    if (this.round) await this.round.catch(() => {});
    await teamApi({ baseUrl: account.serverUrl, token: account.token, fetch: this.fetchFn })
      .revoke('me')
      .catch(() => {});
    await this.storage.clear();
    await this.db.syncMeta.bulkDelete(['account', 'status']);
    this.client = undefined;
    this.clientFor = undefined;
  }

  /**
   * Local edits of shared tables, whoever makes them (forms, imports, labels), schedule a round.
   * Writes that apply pulled records are marked and ignored; authors count only when their notes or
   * labels change (Tact updates "last seen" all the time).
   */
  watchLocalEdits(): void {
    // Dexie calls hooks with its own `this`: the arrow keeps the service's.
    const scheduleSoon = () => this.scheduleSoon();
    const watch = (
      table: Table,
      relevant: (obj: Record<string, unknown>, mods?: Record<string, unknown>) => boolean,
    ) => {
      table.hook('creating', function (_key, obj, tx: Transaction) {
        if (!isSyncTransaction(tx) && relevant(obj as Record<string, unknown>)) scheduleSoon();
      });
      table.hook('updating', function (mods, _key, obj, tx: Transaction) {
        if (!isSyncTransaction(tx) && relevant(obj as Record<string, unknown>, mods as Record<string, unknown>))
          scheduleSoon();
        return undefined;
      });
      table.hook('deleting', function (_key, obj, tx: Transaction) {
        if (!isSyncTransaction(tx) && relevant(obj as Record<string, unknown>)) scheduleSoon();
      });
    };
    for (const t of [this.db.brands, this.db.toneProfiles, this.db.snippets]) watch(t as unknown as Table, () => true);
    // A member counts when welcomed (Tact records members all the time).
    watch(this.db.members as unknown as Table, (obj, mods) =>
      mods ? 'welcomedAt' in mods : isShared('welcomes', obj),
    );
    watch(this.db.authors as unknown as Table, (obj, mods) =>
      mods
        ? Object.keys(mods).some((k) => k === 'notes' || k === 'labels' || k.startsWith('labels.'))
        : isShared('trollNotes', obj),
    );
  }

  private async runRound(): Promise<SyncStatusView> {
    const account = await this.requireAccount();
    const client = this.clientOf(account);
    try {
      // Viewers only pull: the server would refuse their changes.
      if (account.role !== 'viewer') await captureLocalEdits(this.db, client);
      await this.saveStatus({ ...(await this.savedStatus()), state: 'syncing' });
      const s = await client.sync();
      await this.saveStatus({
        state: s.state === 'error' ? 'error' : 'idle',
        lastSyncAt: s.state === 'error' ? (await this.savedStatus()).lastSyncAt : s.lastSyncAt,
        lastError: s.lastError,
        skipped: s.skipped,
      });
      if (s.state !== 'error') await this.sendReports(account);
    } catch (e) {
      await this.saveStatus({
        ...(await this.savedStatus()),
        state: 'error',
        lastError: { code: 'client_error', message: e instanceof Error ? e.message : String(e) },
      });
    }
    return this.status(false);
  }

  /** Team reports ride on the sync round; their failure never fails it (the next round tries again). */
  private async sendReports(account: SyncAccount): Promise<void> {
    const send =
      this.options.reports ??
      ((a: SyncAccount) => uploadDailyAggregates(this.db, a, { fetch: this.fetchFn, now: this.now }));
    await send(account).catch((e: unknown) =>
      console.warn('[tact] team reports:', e instanceof SyncHttpError ? e.code : e instanceof Error ? e.name : 'error'),
    );
  }

  private clientOf(account: SyncAccount): SyncClient {
    const key = `${account.serverUrl}\u0000${account.deviceId}`;
    if (!this.client || this.clientFor !== key) {
      this.client = new SyncClient({
        storage: this.storage,
        transport: httpTransport({ baseUrl: account.serverUrl, token: account.token, fetch: this.fetchFn }),
        nodeId: account.nodeId,
        now: this.now,
        maxAttempts: this.options.maxAttempts ?? 3,
        backoffBaseMs: this.options.backoffBaseMs ?? 1000,
        version: this.options.version ?? manifestVersion(),
      });
      this.clientFor = key;
    }
    return this.client;
  }

  private async requireAccount(): Promise<SyncAccount> {
    const account = await this.account();
    if (!account) throw new Error('not_joined');
    return account;
  }

  private async savedStatus(): Promise<PersistedStatus> {
    const v = ((await this.db.syncMeta.get('status'))?.value ?? {}) as Partial<PersistedStatus>;
    return { state: v.state ?? 'idle', lastSyncAt: v.lastSyncAt ?? null, lastError: v.lastError ?? null };
  }

  private async saveStatus(s: PersistedStatus): Promise<void> {
    await this.db.syncMeta.put({ key: 'status', value: s });
  }
}

/** Errors cross to the page as their code ("invite_used", "network"…), which the page translates. */
function rethrowCode(e: unknown): never {
  if (e instanceof SyncHttpError) throw new Error(e.code);
  throw e;
}

/** The part of `browser.alarms` the sync needs (a fake in tests). */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  onAlarm: { addListener(fn: (alarm: { name: string }) => void): void };
}

/** Wires the background: edits watched, a round every few minutes, one at start-up if the last is old. */
export function startBackgroundSync(sync: SyncService, alarms: AlarmsApi): void {
  sync.watchLocalEdits();
  // Created once: creating it again at every wake-up of the worker would push it back each time.
  void Promise.resolve(alarms.get(SYNC_ALARM)).then((existing) => {
    if (!existing)
      return alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: SYNC_PERIOD_MINUTES });
  });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM)
      void sync
        .syncIfStale(0)
        .catch((e: unknown) => console.error('[tact] team sync', e instanceof Error ? e.message : e));
  });
  void sync.syncIfStale().catch((e: unknown) => console.error('[tact] team sync', e instanceof Error ? e.message : e));
}
