// Issue 7 part 6, in a real browser: Chrome stops the extension's service worker while its push is on
// the wire. The server here holds the push (a wrapper around the in-process app, no hook in the server
// code), the test stops the real MV3 worker through the DevTools protocol, then lets the server apply
// the push to a connection nobody listens to any more: the changes are on the server, the ack is lost.
// When the worker wakes up it must send the same change ids again (not a second copy of the edit), the
// server must count them as duplicates, the other browser must get the edit and the outbox must drain.
//
// Same set-up as sync.test.ts: PGlite in a temporary directory, the app on 127.0.0.1, and a copy of the
// build whose manifest already grants http://127.0.0.1/* (a test cannot answer the permission prompt).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/lib/browser';
import { loopbackGrantedBuild } from '../support/loopback-build';
import { brandListText, joinTeam, SYNC_T, syncNow } from '../support/sync-options';
import { createApp } from '../../server/app';
import { migrate, openPglite, type Db } from '../../server/db';
import { Store } from '../../server/store';

const T = SYNC_T;

interface Browser {
  context: BrowserContext;
  options: Page;
  extensionId: string;
  name: string;
}

/** One POST /v1/push as the server saw it: the change ids sent and what the server answered. */
interface PushSeen {
  changeIds: string[];
  answer?: { applied: number; duplicates: number; conflicts: number };
}

let tmp: string;
let db: Db;
let store: Store;
let http: ServerType | undefined;
let port = 0;
let teamId: string;
const browsers: Browser[] = [];
const app = createApp({ store: () => store, rateLimit: { burst: 1e6, perSecond: 1e6 } });

const pushes: PushSeen[] = [];
/** When set, the next push waits here before the server handles it. */
let gate: { arrived: () => void; released: Promise<void>; handled: Promise<void>; done: () => void } | undefined;

function holdNextPush() {
  let arrived!: () => void;
  let release!: () => void;
  let done!: () => void;
  const arrival = new Promise<void>((r) => (arrived = r));
  const released = new Promise<void>((r) => (release = r));
  const handled = new Promise<void>((r) => (done = r));
  gate = { arrived, released, handled, done };
  return { arrival, release, handled };
}

/** The app, with every push recorded and the next one held when asked. */
async function serverFetch(req: Request): Promise<Response> {
  if (req.method !== 'POST' || new URL(req.url).pathname !== '/v1/push') return app.fetch(req);
  // Read now, and handed to the app as a request of its own: the browser's connection may be gone by
  // the time the held push is handled, as when a worker stops after its bytes left.
  const body = await req.text();
  const seen: PushSeen = {
    changeIds: (JSON.parse(body) as { changes: { changeId: string }[] }).changes.map((c) => c.changeId),
  };
  pushes.push(seen);
  const g = gate;
  gate = undefined;
  if (g) {
    g.arrived();
    await g.released;
  }
  try {
    const res = await app.fetch(new Request(req.url, { method: 'POST', headers: req.headers, body }));
    if (res.ok) seen.answer = (await res.clone().json()) as PushSeen['answer'];
    return res;
  } finally {
    g?.done();
  }
}

/** `p`, or an error naming what did not happen after `ms` (the timer cleared either way). */
async function within<V>(p: Promise<V>, ms: number, what: string): Promise<V> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function listen(): Promise<number> {
  return new Promise((resolve) => {
    http = serve({ fetch: serverFetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
}

async function launch(name: string, extensionPath: string): Promise<Browser> {
  const { context, extensionId } = await launchWithExtension({
    headless: true,
    extensionPath,
    userDataDir: path.join(tmp, `profile-${name}`),
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#sharing`);
  return { context, options, extensionId, name };
}

/** The extension's outbox, read straight from its IndexedDB (what the background would push next). */
function outboxOf(b: Browser): Promise<string[]> {
  return b.options.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('tact');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('syncOutbox').objectStore('syncOutbox').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { changeId: string }[]).map((c) => c.changeId));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The extension's service worker targets, as the browser lists them. */
async function workerTargets(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

describe('team sync when the service worker is stopped mid-push', () => {
  let A: Browser;
  let B: Browser;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'tact-sync-worker-e2e-'));
    db = await openPglite(path.join(tmp, 'db'));
    await migrate(db);
    store = new Store(db);
    port = await listen();
    ({ teamId } = await store.createTeam('E2E team'));
    const ext = loopbackGrantedBuild(tmp);
    A = await launch('A', ext);
    B = await launch('B', ext);
    browsers.push(A, B);
  }, 120_000);

  afterAll(async () => {
    for (const b of browsers) await b.context.close().catch(() => {});
    if (http)
      await new Promise<void>((resolve) => (http as unknown as { close(cb: () => void): void }).close(() => resolve()));
    await db?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('joins both browsers to the team', async () => {
    for (const b of [A, B]) {
      const { invite } = await store.createInvite(teamId, 'editor', 3600, null);
      await joinTeam(b, port, invite);
    }
  });

  it('sends an edit exactly once when the worker stops between push and ack', async () => {
    const worker: Worker = A.context
      .serviceWorkers()
      .find((w) => w.url().startsWith(`chrome-extension://${A.extensionId}/`))!;
    expect(worker).toBeDefined();
    // A mark in the worker's global scope: a worker that really stopped comes back without it.
    await worker.evaluate(() => ((globalThis as { tactTestMark?: string }).tactTestMark = 'before-stop'));
    const cdp = await A.context.newCDPSession(A.options);
    expect(await workerTargets(cdp, A.extensionId)).toHaveLength(1);

    // A local edit through the background: it pushes by itself about 3 s later, and that push is held.
    const held = holdNextPush();
    const pushesBefore = pushes.length;
    const saved = await A.options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'brands.save',
        payload: {
          brand: {
            name: 'Acme Worker',
            aliases: [],
            handles: ['@acmeworker'],
            hashtags: [],
            products: [],
            exclude: [],
            languages: ['fr'],
          },
        },
      }),
    );
    expect(saved.ok).toBe(true);
    const brandId = (saved.data as { id: string }).id;
    await within(held.arrival, T.ui, 'no push within 15 s of the edit');
    const first = pushes[pushesBefore]!;
    expect(first.changeIds.length).toBeGreaterThan(0);
    expect(await outboxOf(A)).toEqual(expect.arrayContaining(first.changeIds));

    // Stop the real worker while its push waits for an answer. (Playwright keeps the same Worker
    // object across a restart and fires no event, so the browser's own target list is the witness.)
    const [target] = await workerTargets(cdp, A.extensionId);
    await cdp.send('Target.closeTarget', { targetId: target!.targetId });
    // The open options page may wake a new worker at once (it asks for the sync status), so the
    // witness is that the stopped target is gone, not that no worker is listed.
    await expect
      .poll(() => workerTargets(cdp, A.extensionId).then((t) => t.every((w) => w.targetId !== target!.targetId)), {
        timeout: T.ui,
      })
      .toBe(true);

    // The server now applies the push; nobody is left to read the answer.
    held.release();
    await within(held.handled, T.ui, 'the held push was not handled within 15 s');
    expect(first.answer).toBeDefined();
    expect(await outboxOf(A)).toEqual(expect.arrayContaining(first.changeIds));

    // Wake the worker by opening the options page: its start-up round sees the outbox and pushes again.
    await A.options.reload({ timeout: T.ui });
    await expect.poll(() => workerTargets(cdp, A.extensionId).then((t) => t.length), { timeout: T.ui }).toBe(1);
    const again = A.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${A.extensionId}/`))!;
    await expect
      .poll(() => again.evaluate(() => (globalThis as { tactTestMark?: string }).tactTestMark ?? null), {
        timeout: T.ui,
      })
      .toBeNull();
    await expect.poll(() => outboxOf(A), { timeout: T.sync, interval: 500 }).toEqual([]);

    // Every push carried the same change ids (the edit was not captured a second time), the server
    // applied them once and counted the re-send as duplicates. Summed over pushes, so the check holds
    // whichever of the held push and the re-send the server handled first.
    const sent = pushes.slice(pushesBefore);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    for (const p of sent) expect(p.changeIds).toEqual(first.changeIds);
    const sum = (k: 'applied' | 'duplicates' | 'conflicts') => sent.reduce((n, p) => n + (p.answer?.[k] ?? 0), 0);
    expect(sum('applied')).toBe(first.changeIds.length);
    expect(sum('duplicates')).toBeGreaterThanOrEqual(first.changeIds.length);
    expect(sum('conflicts')).toBe(0);

    // On the server: each change once, one brand record, nothing in the conflict log for it.
    const applied = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applied_changes WHERE team_id = $1 AND change_id = ANY($2::text[])',
      [teamId, first.changeIds],
    );
    expect(applied.rows[0]!.n).toBe(first.changeIds.length);
    const records = await db.query<{ id: string }>(
      "SELECT id FROM records WHERE team_id = $1 AND tbl = 'brands' AND doc::text LIKE '%Acme Worker%'",
      [teamId],
    );
    expect(records.rows.map((r) => r.id)).toEqual([brandId]);
    const conflicts = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM conflicts WHERE team_id = $1 AND record_id = $2',
      [teamId, brandId],
    );
    expect(conflicts.rows[0]!.n).toBe(0);

    // A is up to date, and B gets the edit.
    const status = await A.options.evaluate(() => chrome.runtime.sendMessage({ type: 'sync.status', payload: {} }));
    expect(status.data).toMatchObject({ pending: 0, lastError: null });
    expect(await syncNow(B)).toMatch(/Synced|Synchronisé/);
    await expect.poll(() => brandListText(B), { timeout: T.ui }).toContain('Acme Worker');
    await cdp.detach();
  });
});
