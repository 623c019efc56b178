// Settings roaming, run by the background: reads storage.sync at start-up and when it changes, merges
// the newer side into the local settings, and writes local changes back through the quota-aware
// planner (coalesced: many quick changes make one write). Its state (on/off, when the roamed
// settings last changed, last success, last error) is a kv row the options page reads live.
import {
  decodeRoaming,
  pickRoamed,
  planRoamingWrite,
  quotaProblem,
  reconcile,
  ROAM_BUDGET_BYTES,
  ROAM_PREFIX,
  ROAMED_KEYS,
  SYNC_QUOTA,
  WriteGate,
  type RoamBlob,
} from './core/roaming';
import type { Settings } from '../settings/core/schema';
import type { RoamingState } from './core/roaming-state';
import * as repo from '../settings/repo';
import type { TactDB } from '../db/schema';

/** The part of storage.sync the roamer uses (browser.storage.sync, or a fake in tests). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type { RoamingState };
const DEFAULT_STATE: RoamingState = { enabled: false, at: 0, lastOkAt: null, lastError: null };

export async function readRoamingState(db: TactDB): Promise<RoamingState> {
  const row = await db.kv.get('roaming');
  return { ...DEFAULT_STATE, ...((row?.value as Partial<RoamingState>) ?? {}) };
}

export interface RoamerDeps {
  db: TactDB;
  sync: SyncArea;
  now?: () => number;
  /** setTimeout by default; tests run timers by hand. */
  schedule?: (run: () => void, ms: number) => void;
  gate?: WriteGate;
}

export class Roamer {
  private readonly now: () => number;
  private readonly schedule: (run: () => void, ms: number) => void;
  private readonly gate: WriteGate;
  private pending = false;
  /** The running flush, so tests and callers can wait for it. */
  idle: Promise<void> = Promise.resolve();

  constructor(private readonly deps: RoamerDeps) {
    this.now = deps.now ?? Date.now;
    this.schedule = deps.schedule ?? ((run, ms) => void setTimeout(run, ms));
    this.gate = deps.gate ?? new WriteGate();
  }

  private async state(): Promise<RoamingState> {
    return readRoamingState(this.deps.db);
  }
  private async saveState(patch: Partial<RoamingState>): Promise<RoamingState> {
    const next = { ...(await this.state()), ...patch };
    await this.deps.db.kv.put({ key: 'roaming', value: next });
    return next;
  }

  /** Turns roaming on or off (the options toggle). On: take the account's settings if newer, else send ours. */
  async setEnabled(enabled: boolean): Promise<RoamingState> {
    const state = await this.saveState({ enabled, lastError: null });
    if (enabled) await this.pull();
    return enabled ? this.state() : state;
  }

  /** A user changed settings here: stamp the change, and send it if roaming is on. */
  async localChanged(before: Settings, after: Settings): Promise<void> {
    const changed = ROAMED_KEYS.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (!changed) return;
    const state = await this.saveState({ at: this.now() });
    if (state.enabled) this.requestPush();
  }

  /** At start-up and when storage.sync changes: merge the newer side. */
  async pull(): Promise<void> {
    const state = await this.state();
    if (!state.enabled) return;
    let stored: Record<string, unknown>;
    try {
      stored = await this.deps.sync.get(null);
    } catch (error) {
      await this.saveState({
        lastError: {
          message: 'roam.quota',
          params: { reason: String(error instanceof Error ? error.message : error) },
        },
      });
      return;
    }
    const remote = decodeRoaming(stored);
    const local: RoamBlob = { v: 1, at: state.at, settings: pickRoamed(await repo.getSettings(this.deps.db)) };
    const verdict = reconcile(local, remote);
    if (verdict === 'apply_remote' && remote) {
      // Written straight to the database: not a local change, so it is not sent back.
      await repo.updateSettings(this.deps.db, remote.settings);
      await this.saveState({ at: remote.at, lastOkAt: this.now(), lastError: null });
    } else if (verdict === 'push_local') {
      this.requestPush();
    }
  }

  /** Asks for a write of the latest settings; calls made while one is waiting share it. */
  requestPush(): void {
    if (this.pending) return;
    this.pending = true;
    // Two operations at most per write: one set, one remove of stale pieces.
    this.schedule(
      () => {
        this.idle = this.flush();
      },
      this.gate.delay(this.now(), 2),
    );
  }

  private async flush(): Promise<void> {
    this.pending = false;
    const state = await this.state();
    if (!state.enabled) return;
    // A browser whose roamed settings never changed sends them stamped 0: any real change wins over it.
    const blob: RoamBlob = { v: 1, at: state.at, settings: pickRoamed(await repo.getSettings(this.deps.db)) };
    try {
      const stored = await this.deps.sync.get(null);
      const mine = Object.fromEntries(Object.entries(stored).filter(([k]) => k.startsWith(ROAM_PREFIX)));
      // Another browser wrote something newer while this write waited: take it instead of overwriting it.
      const remote = decodeRoaming(mine);
      if (remote && reconcile(blob, remote) !== 'push_local') {
        if (remote.at > blob.at) await repo.updateSettings(this.deps.db, remote.settings);
        await this.saveState({ at: remote.at, lastOkAt: this.now(), lastError: null });
        return;
      }
      const plan = planRoamingWrite(blob, mine);
      if (!plan.ok) {
        await this.saveState({
          lastError: { message: 'roam.tooLarge', params: { size: plan.bytes, quota: ROAM_BUDGET_BYTES } },
        });
        return;
      }
      if (Object.keys(plan.set).length > 0) {
        this.gate.record(this.now());
        await this.deps.sync.set(plan.set);
      }
      if (plan.remove.length > 0) {
        this.gate.record(this.now());
        await this.deps.sync.remove(plan.remove);
      }
      await this.saveState({ at: blob.at, lastOkAt: this.now(), lastError: null });
    } catch (error) {
      const problem = quotaProblem(error);
      if (problem === 'rate') {
        // The browser counted writes we did not see (another extension page…): try again later.
        this.requestPush();
        return;
      }
      const used = await this.bytesInUse();
      await this.saveState({
        lastError:
          problem === 'full' || problem === 'item'
            ? { message: 'roam.full', params: { used, quota: SYNC_QUOTA.bytes } }
            : { message: 'roam.quota', params: { reason: error instanceof Error ? error.message : String(error) } },
      });
    }
  }

  private async bytesInUse(): Promise<number> {
    try {
      const all = await this.deps.sync.get(null);
      return Object.entries(all).reduce((n, [k, v]) => n + new TextEncoder().encode(k + JSON.stringify(v)).length, 0);
    } catch {
      return 0;
    }
  }
}
