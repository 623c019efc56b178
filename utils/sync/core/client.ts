// The sync client, independent of where records are stored and of how bytes travel: the extension
// backs `SyncStorage` with Dexie and uses `httpTransport` with `fetch`; tests use memory and call
// the server app in-process. One round is: push the outbox (each change keeps its id, so a push
// whose answer was lost is applied once when retried), then pull by cursor until caught up.
//
// The server is the authority on merged state: a pulled record replaces the local copy, except the
// fields with a local edit still in the outbox (they go up on the next push, and the server
// decides). So every client ends with exactly the server's state once its outbox is empty.
//
// A change the server refuses (400: invalid for it) is set aside, not retried in a loop: it stays in
// the outbox marked `rejected`, is listed in the status, and is tried again once the extension's
// version changes. A refused batch is split in halves until the refused change is found, so one bad
// change never holds back the others, nor the pull. A pulled record that fails validation is skipped
// and reported, the rest of its page applied.
import { z } from '../../shared/zod';
import { fitCells, splitField } from './chunks';
import { HlcClock } from './hlc';
import type { Cell, Change, PullResponse, PushRequest, PushResponse, SyncRecord, SyncTable } from './protocol';
import { changeSchema, LIMITS, pulledRecordSchema, pullResponseSchema, pushResponseSchema } from './protocol';

/** A change waiting in the outbox. `sent` once it may have reached the server: it is then frozen. */
export interface PendingChange extends Change {
  sent?: boolean;
  /** Refused by the server (or by the wire's own limits) under this version of the extension. */
  rejected?: { code: string; message: string; version: string };
}

/** A pull page before its records are checked one by one. */
export type PullPage = Omit<PullResponse, 'records'> & { records: unknown[] };

/** A change set aside or a pulled record skipped, as the status lists it. */
export interface SyncProblem {
  table: string;
  id: string;
  code: string;
  message: string;
}

/** Where the client keeps its state. Every method may be called inside `transaction`. */
export interface SyncStorage {
  getRecord(table: SyncTable, id: string): Promise<SyncRecord | undefined>;
  putRecords(records: SyncRecord[]): Promise<void>;
  /** Every record (only after the server lost data: see `PullResponse.reset`). */
  allRecords(): Promise<SyncRecord[]>;
  /** The outbox, oldest first. */
  listPending(): Promise<PendingChange[]>;
  /** Insert or replace (by changeId). */
  putPending(change: PendingChange): Promise<void>;
  removePending(changeIds: string[]): Promise<void>;
  getMeta(): Promise<{ cursor: number; clock: string | null }>;
  setMeta(meta: { cursor?: number; clock?: string }): Promise<void>;
  /** Run `fn` atomically (Dexie: `db.transaction('rw', …)`); optional. */
  transaction?<T>(fn: () => Promise<T>): Promise<T>;
}

export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(cursor: number, limit: number): Promise<PullPage>;
}

/** A failed request. `status` undefined: the network (or the server) could not be reached. */
export class SyncHttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }

  /** Worth trying again later: network, server errors, rate limits. Not: auth, validation. */
  get retryable(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export type SyncState = 'idle' | 'syncing' | 'retrying' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Wall time of the last complete round. */
  lastSyncAt: number | null;
  pending: number;
  lastError: { code: string; message: string; status?: number } | null;
  /** Changes the server refused, kept aside until the next version of the extension. */
  rejected: SyncProblem[];
  /** Pulled records skipped in the last round (invalid on the wire). */
  skipped: SyncProblem[];
}

export interface SyncClientOptions {
  storage: SyncStorage;
  transport: SyncTransport;
  /** This device's node id (stable across restarts: keep it next to the token). */
  nodeId: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1): the jitter of the backoff. */
  random?: () => number;
  /** Unique change ids. */
  newId?: () => string;
  /** Attempts per `sync()` call before giving up with state 'error' (the next alarm tries again). */
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  pushBatch?: number;
  pullLimit?: number;
  /** This extension's version: changes refused under another one are tried again. */
  version?: string;
  /** Called with the records a pull changed locally (to refresh the extension's own tables). */
  onApplied?: (records: SyncRecord[]) => void | Promise<void>;
}

export class SyncClient {
  private clock: HlcClock | undefined;
  private running: Promise<SyncStatus> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private status: SyncStatus = {
    state: 'idle',
    lastSyncAt: null,
    pending: 0,
    lastError: null,
    rejected: [],
    skipped: [],
  };
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private readonly o: Required<Omit<SyncClientOptions, 'onApplied'>> & Pick<SyncClientOptions, 'onApplied'>;

  constructor(options: SyncClientOptions) {
    this.o = {
      now: Date.now,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      random: Math.random,
      newId: () => crypto.randomUUID(),
      maxAttempts: 5,
      backoffBaseMs: 1000,
      backoffMaxMs: 60_000,
      pushBatch: 200,
      pullLimit: LIMITS.pullLimitDefault,
      version: '',
      ...options,
    };
  }

  getStatus(): SyncStatus {
    return {
      ...this.status,
      lastError: this.status.lastError && { ...this.status.lastError },
      rejected: this.status.rejected.map((p) => ({ ...p })),
      skipped: this.status.skipped.map((p) => ({ ...p })),
    };
  }

  subscribe(fn: (s: SyncStatus) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Record a local edit of some fields (creating the record if needed). */
  async edit(table: SyncTable, id: string, values: Record<string, unknown>): Promise<SyncRecord> {
    return this.localWrite(table, id, values, false);
  }

  /** Delete a record locally (a tombstone, synced like an edit). */
  async remove(table: SyncTable, id: string): Promise<SyncRecord> {
    return this.localWrite(table, id, {}, true);
  }

  /** One sync round with retries; concurrent calls share the round in progress. */
  sync(): Promise<SyncStatus> {
    this.running ??= this.runWithRetries().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async localWrite(
    table: SyncTable,
    id: string,
    values: Record<string, unknown>,
    tombstone: boolean,
  ): Promise<SyncRecord> {
    const st = this.o.storage;
    const result = await this.atomically(async () => {
      const clock = await this.getClock();
      const hlc = clock.tick();
      const current = await st.getRecord(table, id);
      const fields: Record<string, Cell> = {};
      // A value too large for one cell is split: every record valid here fits the wire.
      for (const [k, v] of Object.entries(values)) Object.assign(fields, splitField(k, toJson(v), hlc));
      const record: SyncRecord = { table, id, fields: { ...current?.fields, ...fields } };
      const deleted = tombstone ? hlc : current?.deleted;
      if (deleted) record.deleted = deleted;
      await st.putRecords([record]);
      // Fold into the last unsent change of this record, so ten keystrokes make one change.
      const pending = await st.listPending();
      const open = pending.findLast((c) => !c.sent && c.record.table === table && c.record.id === id);
      // Each pushed cell names the value it replaced here (its `base`): the server tells an edit
      // from a conflict with it. Folded edits keep the base of the first one.
      const pushed: Record<string, Cell> = {};
      for (const [k, cell] of Object.entries(fields)) {
        const base = open?.record.fields[k] ? open.record.fields[k].base : current?.fields[k]?.hlc;
        pushed[k] = base ? { ...cell, base } : cell;
      }
      const change: PendingChange = open
        ? { changeId: open.changeId, record: { ...open.record, fields: { ...open.record.fields, ...pushed } } }
        : { changeId: this.o.newId(), record: { table, id, fields: pushed } };
      if (tombstone) change.record.deleted = hlc;
      await st.putPending(change);
      await st.setMeta({ clock: clock.save() });
      return { record, pending: pending.filter((c) => !c.rejected).length + (open ? 0 : 1) };
    });
    this.update({ pending: result.pending });
    return result.record;
  }

  private async runWithRetries(): Promise<SyncStatus> {
    for (let attempt = 1; ; attempt++) {
      this.update({ state: attempt === 1 ? 'syncing' : 'retrying', skipped: attempt === 1 ? [] : this.status.skipped });
      try {
        await this.pushAll();
        if (await this.pullAll()) {
          // The server went back in time (restored from a backup): give it back what it lost.
          await this.pushAll();
          await this.pullAll();
        }
        const outbox = await this.o.storage.listPending();
        const pending = outbox.filter((c) => !c.rejected).length;
        this.update({ state: 'idle', lastSyncAt: this.o.now(), pending, lastError: null, rejected: problems(outbox) });
        return this.getStatus();
      } catch (e) {
        const err =
          e instanceof SyncHttpError
            ? e
            : new SyncHttpError('client_error', e instanceof Error ? e.message : String(e), 0);
        const lastError = {
          code: err.code,
          message: err.message,
          ...(err.status !== undefined ? { status: err.status } : {}),
        };
        if (!err.retryable || attempt >= this.o.maxAttempts) {
          this.update({ state: 'error', lastError });
          return this.getStatus();
        }
        this.update({ state: 'retrying', lastError });
        await this.o.sleep(this.backoff(attempt, err.retryAfterMs));
      }
    }
  }

  /** Exponential backoff with full jitter, never shorter than the server's Retry-After. */
  backoff(attempt: number, retryAfterMs?: number): number {
    const cap = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempt - 1));
    const jittered = Math.floor(cap / 2 + (this.o.random() * cap) / 2);
    return Math.max(jittered, retryAfterMs ?? 0);
  }

  private async pushAll(): Promise<void> {
    const st = this.o.storage;
    const version = this.o.version;
    for (;;) {
      // Read and freeze the batch in one step: an edit folded into a change after we read it
      // would otherwise be overwritten by our stale copy, or change a change id the server has.
      const { batch, total } = await this.atomically(async () => {
        const pending = await st.listPending();
        // Set aside under this version: not sent again until an update (it would be refused again).
        const open = pending.filter((c) => !c.rejected || c.rejected.version !== version);
        const batch = open.slice(0, this.o.pushBatch);
        for (const c of batch) {
          if (c.sent && !c.rejected) continue;
          const { rejected: _, ...frozen } = c;
          await st.putPending({ ...frozen, sent: true });
        }
        return { batch, total: open.length };
      });
      if (batch.length === 0) return;
      // What the wire's own limits refuse is set aside without asking the server.
      const valid = [];
      for (const queued of batch) {
        const c = { ...queued, record: { ...queued.record, fields: fitCells(queued.record.fields) } };
        const check = changeSchema.safeParse({ changeId: c.changeId, record: c.record });
        if (check.success) valid.push(c);
        else await this.setAside(c, 'invalid_change', check.error.issues[0]?.message ?? 'invalid');
      }
      await this.pushSplitting(valid);
      this.update({ pending: total - batch.length });
    }
  }

  /** Push `batch`; when the server refuses it, push its halves, down to the one change it refuses. */
  private async pushSplitting(batch: PendingChange[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      await this.o.transport.push({ changes: batch.map(({ changeId, record }) => ({ changeId, record })) });
    } catch (e) {
      if (!(e instanceof SyncHttpError) || !isRefusal(e)) throw e;
      if (batch.length === 1) return this.setAside(batch[0]!, e.code, e.message);
      const half = Math.ceil(batch.length / 2);
      await this.pushSplitting(batch.slice(0, half));
      await this.pushSplitting(batch.slice(half));
      return;
    }
    await this.o.storage.removePending(batch.map((c) => c.changeId));
  }

  private async setAside(c: PendingChange, code: string, message: string): Promise<void> {
    const rejected = { code, message: message.slice(0, 500), version: this.o.version };
    await this.atomically(() => this.o.storage.putPending({ ...c, sent: true, rejected }));
    const problem = { table: c.record.table, id: c.record.id, code, message: rejected.message };
    this.update({ rejected: [...this.status.rejected.filter((p) => p.id !== c.record.id), problem] });
  }

  /** Pull until caught up; true when the server said it had to start over (`reset`). */
  private async pullAll(): Promise<boolean> {
    const st = this.o.storage;
    let { cursor } = await st.getMeta();
    let reset = false;
    for (;;) {
      const page = await this.o.transport.pull(cursor, this.o.pullLimit);
      if (page.reset && !reset) {
        // Before the server's older state is applied: queued, local values survive the pull.
        reset = true;
        await this.requeueAll();
      }
      const records = this.validRecords(page.records);
      const applied = await this.atomically(async () => {
        const clock = await this.getClock();
        const pending = await st.listPending();
        const out: SyncRecord[] = [];
        for (const remote of records) {
          const local = await st.getRecord(remote.table, remote.id);
          const mine = pending.filter((c) => c.record.table === remote.table && c.record.id === remote.id);
          const record = keepPending(stripServerFields(remote), local, mine);
          for (const c of Object.values(record.fields)) clock.receive(c.hlc);
          if (record.deleted) clock.receive(record.deleted);
          out.push(record);
        }
        if (out.length) await st.putRecords(out);
        await st.setMeta({ cursor: page.cursor, clock: clock.save() });
        return out;
      });
      cursor = page.cursor;
      if (applied.length && this.o.onApplied) await this.o.onApplied(applied);
      if (!page.more) return reset;
    }
  }

  /**
   * The records of a page that pass the wire's checks. One bad record (a teammate's buggy client, a
   * server without a limit) is skipped and reported; refusing the page would stop every pull for good.
   */
  private validRecords(raw: unknown[]): PullResponse['records'] {
    const out: PullResponse['records'] = [];
    const skipped: SyncProblem[] = [];
    for (const r of raw) {
      const parsed = pulledRecordSchema.safeParse(r);
      if (parsed.success) {
        out.push(parsed.data);
        continue;
      }
      const o = (r ?? {}) as { table?: unknown; id?: unknown };
      skipped.push({
        table: String(o.table ?? '?').slice(0, 40),
        id: String(o.id ?? '?').slice(0, LIMITS.idLength),
        code: 'invalid_record',
        message: (parsed.error.issues[0]?.message ?? 'invalid').slice(0, 500),
      });
    }
    if (skipped.length) this.update({ skipped: [...this.status.skipped, ...skipped].slice(-50) });
    return out;
  }

  /** Queue every local record as a change: what the server already has merges as a no-op. */
  private async requeueAll(): Promise<void> {
    const st = this.o.storage;
    await this.atomically(async () => {
      for (const r of await st.allRecords()) {
        const fields = Object.fromEntries(
          Object.entries(r.fields).map(([k, c]) => [k, { value: c.value, hlc: c.hlc }]),
        );
        const record: SyncRecord = { table: r.table, id: r.id, fields };
        if (r.deleted) record.deleted = r.deleted;
        await st.putPending({ changeId: this.o.newId(), record, sent: true });
      }
    });
  }

  private async getClock(): Promise<HlcClock> {
    if (!this.clock) {
      const { clock } = await this.o.storage.getMeta();
      this.clock = new HlcClock(this.o.nodeId, this.o.now, clock);
    }
    return this.clock;
  }

  /**
   * One write at a time from this client (an edit cannot slip between reading the outbox and
   * freezing it), inside the storage's transaction when it has one. Never nest.
   */
  private atomically<T>(fn: () => Promise<T>): Promise<T> {
    const run = () => (this.o.storage.transaction ? this.o.storage.transaction(fn) : fn());
    const result = this.queue.then(run, run);
    this.queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    const s = this.getStatus();
    for (const fn of this.listeners) fn(s);
  }
}

/** The server refuses the request itself (invalid, too large): sending it again gives the same answer. */
function isRefusal(e: SyncHttpError): boolean {
  return e.status === 400 || e.status === 413 || e.status === 422;
}

/** The changes set aside, as the status lists them. */
function problems(outbox: PendingChange[]): SyncProblem[] {
  return outbox.flatMap((c) =>
    c.rejected ? [{ table: c.record.table, id: c.record.id, code: c.rejected.code, message: c.rejected.message }] : [],
  );
}

function stripServerFields(r: SyncRecord & { seq?: number; updatedBy?: string }): SyncRecord {
  const out: SyncRecord = { table: r.table, id: r.id, fields: r.fields };
  if (r.deleted) out.deleted = r.deleted;
  return out;
}

/** The server's record, with this device's not-yet-acknowledged edits laid over it. */
export function keepPending(remote: SyncRecord, local: SyncRecord | undefined, pending: Change[]): SyncRecord {
  if (!local || pending.length === 0) return remote;
  const fields = { ...remote.fields };
  let deleted = remote.deleted;
  for (const c of pending) {
    for (const name of Object.keys(c.record.fields)) {
      const cell = local.fields[name];
      if (cell) fields[name] = cell;
    }
    if (c.record.deleted && local.deleted && (!deleted || local.deleted > deleted)) deleted = local.deleted;
  }
  const out: SyncRecord = { table: remote.table, id: remote.id, fields };
  if (deleted) out.deleted = deleted;
  return out;
}

/** Values go through JSON on the wire: store exactly what the server will see (no undefined, no Date). */
function toJson(v: unknown): Cell['value'] {
  const s = JSON.stringify(v);
  return s === undefined ? null : (JSON.parse(s) as Cell['value']);
}

/** An in-memory `SyncStorage`: for tests, and a model of what the Dexie one must do. */
export class MemorySyncStorage implements SyncStorage {
  records = new Map<string, SyncRecord>();
  outbox: PendingChange[] = [];
  meta: { cursor: number; clock: string | null } = { cursor: 0, clock: null };

  async getRecord(table: SyncTable, id: string) {
    const r = this.records.get(`${table}\u0000${id}`);
    return r && structuredClone(r);
  }
  async allRecords() {
    return structuredClone([...this.records.values()]);
  }
  async putRecords(records: SyncRecord[]) {
    for (const r of records) this.records.set(`${r.table}\u0000${r.id}`, structuredClone(r));
  }
  async listPending() {
    return structuredClone(this.outbox);
  }
  async putPending(change: PendingChange) {
    const i = this.outbox.findIndex((c) => c.changeId === change.changeId);
    if (i >= 0) this.outbox[i] = structuredClone(change);
    else this.outbox.push(structuredClone(change));
  }
  async removePending(changeIds: string[]) {
    const ids = new Set(changeIds);
    this.outbox = this.outbox.filter((c) => !ids.has(c.changeId));
  }
  async getMeta() {
    return { ...this.meta };
  }
  async setMeta(meta: { cursor?: number; clock?: string }) {
    this.meta = { ...this.meta, ...meta };
  }
}

/** HTTP transport over `fetch` (the extension's background, or Node). Every answer is validated. */
export function httpTransport(options: { baseUrl: string; token: string; fetch?: typeof fetch }): SyncTransport {
  const call = httpCaller(options.baseUrl, options.fetch, options.token);
  return {
    push: async (req) => pushResponseSchema.parse(await call('POST', '/v1/push', req)),
    // Records are checked one by one by the client: one bad record must not refuse the page.
    pull: async (cursor, limit) => pullPageSchema.parse(await call('GET', `/v1/pull?cursor=${cursor}&limit=${limit}`)),
  };
}

const pullPageSchema = pullResponseSchema.extend({ records: z.array(z.unknown()) });

/** A JSON request helper that turns every failure into a `SyncHttpError`. */
export function httpCaller(baseUrl: string, fetchFn: typeof fetch = fetch, token?: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return async (method: string, path: string, body?: unknown): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetchFn(`${base}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new SyncHttpError('network', e instanceof Error ? e.message : String(e));
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new SyncHttpError('bad_response', `HTTP ${res.status}: not JSON`, res.ok ? 502 : res.status);
    }
    if (!res.ok) {
      const err = (json as { error?: { code?: unknown; message?: unknown } })?.error;
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new SyncHttpError(
        typeof err?.code === 'string' ? err.code : `http_${res.status}`,
        typeof err?.message === 'string' ? err.message : `HTTP ${res.status}`,
        res.status,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
      );
    }
    return json;
  };
}
