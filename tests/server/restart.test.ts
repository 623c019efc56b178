// A server restart in the middle of a sync round, and a push whose answer is lost then retried:
// the client carries on, nothing is applied twice, nothing is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { migrate, openPglite, type Db } from '../../server/db';
import { Store } from '../../server/store';
import {
  httpTransport,
  MemorySyncStorage,
  SyncClient,
  SyncHttpError,
  type SyncTransport,
} from '../../utils/sync/core/client';
import type { PushResponse } from '../../utils/sync/core/protocol';
import { backends, BASE, client, server, visible } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

/** Open and reopen one database: PGlite on a directory, PostgreSQL through a new pool. */
function durable(backend: (typeof backends)[number]) {
  if (backend.name === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'tact-pglite-'));
    return {
      open: async () => {
        const db = await openPglite(dir);
        await migrate(db);
        return db;
      },
      reopen: async (_old: Db) => {
        const db = await openPglite(dir);
        await migrate(db); // idempotent: nothing to apply the second time
        return db;
      },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  return { open: () => backend.open(), reopen: (old: Db) => backend.reopen!(old), cleanup: () => {} };
}

describe.each(backends)('$name', (backend) => {
  // The tests that do not restart anything share one database (each with its own team).
  let shared: Db;
  beforeAll(async () => {
    shared = await backend.open();
  });
  afterAll(async () => {
    await shared.close();
  });
  test(
    'the database is closed and reopened between push and pull; the server answers 503 meanwhile and the ' +
      'client retries',
    async () => {
      const d = durable(backend);
      let db = await d.open();
      try {
        const srv = server(db);
        const { adminToken } = await srv.team();
        const a = await srv.member(adminToken, 'editor', 'a');
        const b = await srv.member(adminToken, 'editor', 'b');
        const cb = client(srv, b.token, 'b');
        await cb.sync.edit('snippets', 'x', { body: 'from b' });
        expect((await cb.sync.sync()).state).toBe('idle');

        let restarts = 0;
        let pushed: PushResponse | undefined;
        const storage = new MemorySyncStorage();
        const base = httpTransport({ baseUrl: BASE, token: a.token, fetch: srv.fetch });
        const transport: SyncTransport = {
          async push(req) {
            pushed = await base.push(req);
            // The server goes down right after answering the push: its database is closed.
            srv.setStore(undefined);
            await db.close();
            return pushed;
          },
          pull: (cursor, limit) => base.pull(cursor, limit),
        };
        const sleeps: number[] = [];
        const ca = new SyncClient({
          storage,
          transport,
          nodeId: 'a',
          random: () => 0.5,
          sleep: async (ms) => {
            sleeps.push(ms);
            // While the client waits, the server comes back on the same data.
            if (restarts++ === 0) {
              db = await d.reopen(db);
              srv.setStore(new Store(db));
            }
          },
        });
        await ca.edit('snippets', 'y', { body: 'from a' });
        const status = await ca.sync();
        expect(status).toMatchObject({ state: 'idle', pending: 0, lastError: null });
        expect(pushed).toMatchObject({ applied: 1, duplicates: 0 });
        expect(sleeps).toEqual([750]); // one retry, after the first backoff step (1 s, jitter 0.5 → 750 ms)
        expect(visible(storage)).toEqual({ 'snippets/x': { body: 'from b' }, 'snippets/y': { body: 'from a' } });
        await cb.sync.sync();
        expect(visible(cb.storage)).toEqual(visible(storage));
      } finally {
        await db.close().catch(() => {});
        d.cleanup();
      }
    },
  );

  test('a push whose answer is lost is retried with the same change ids and applied once', async () => {
    const db = shared;
    const srv = server(db);
    const { adminToken } = await srv.team();
    const a = await srv.member(adminToken, 'editor', 'a');
    const b = await srv.member(adminToken, 'editor', 'b');
    const cb = client(srv, b.token, 'b');
    await cb.sync.edit('snippets', 's', { body: 'b first' });

    const answers: PushResponse[] = [];
    let lose = true;
    const ca = client(
      srv,
      a.token,
      'a',
      (t) => ({
        pull: (c, l) => t.pull(c, l),
        async push(req) {
          const res = await t.push(req);
          answers.push(res);
          if (lose) {
            lose = false;
            throw new SyncHttpError('network', 'connection reset'); // applied on the server, answer lost
          }
          return res;
        },
      }),
      () => Date.now() + 1000,
    ); // a's edit is a second after b's, whatever the machine's speed
    await ca.sync.edit('snippets', 's', { body: 'a later', title: 'T' });
    expect((await cb.sync.sync()).state).toBe('idle'); // b's older body is on the server first
    const status = await ca.sync.sync();
    expect(status.state).toBe('idle');
    expect(answers.map((r) => [r.applied, r.duplicates])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    await cb.sync.sync();
    expect(visible(cb.storage)).toEqual({ 'snippets/s': { body: 'a later', title: 'T' } });
    expect(visible(ca.storage)).toEqual(visible(cb.storage));
    // One conflict (b's body), not two; and the record's cursor moved once for a's change.
    const conflicts = (await srv.call(adminToken)('GET', '/v1/conflicts')) as { conflicts: { value: unknown }[] };
    expect(conflicts.conflicts.map((c) => c.value)).toEqual(['b first']);
    const pulled = (await srv.call(adminToken)('GET', '/v1/pull?cursor=0')) as { cursor: number };
    expect(pulled.cursor).toBe(2);
  });

  test(
    'the database is restored from an older backup: clients notice (cursor ahead), start over and push back ' +
      'what it lost',
    async () => {
      const db = shared;
      const srv = server(db);
      const { teamId, adminToken } = await srv.team();
      const a = await srv.member(adminToken, 'editor', 'a');
      const b = await srv.member(adminToken, 'editor', 'b');
      const ca = client(srv, a.token, 'a');
      const cb = client(srv, b.token, 'b');
      await ca.sync.edit('snippets', 'old', { body: 'in the backup' });
      expect((await ca.sync.sync()).state).toBe('idle');
      const backupSeq = ((await db.query('SELECT seq FROM teams WHERE id = $1', [teamId])).rows[0] as { seq: unknown })
        .seq;
      await cb.sync.edit('snippets', 'new', { body: 'after the backup' });
      await cb.sync.edit('snippets', 'old', { title: 'added after the backup' });
      expect((await cb.sync.sync()).state).toBe('idle');
      expect((await ca.sync.sync()).state).toBe('idle');
      // Restore: the team's data goes back to the backup's state.
      await db.query("DELETE FROM records WHERE team_id = $1 AND (id = 'new' OR seq > $2)", [teamId, backupSeq]);
      await db.query(
        `INSERT INTO records (team_id, tbl, id, doc, seq, updated_by) VALUES ($1, 'snippets', 'old', ` +
          `$2::jsonb, 1, 'x') ON CONFLICT DO NOTHING`,
        [
          teamId,
          JSON.stringify({
            fields: ca.storage.records.get('snippets\u0000old')!.fields.body
              ? { body: ca.storage.records.get('snippets\u0000old')!.fields.body }
              : {},
          }),
        ],
      );
      await db.query('UPDATE teams SET seq = $2 WHERE id = $1', [teamId, backupSeq]);
      await db.query('DELETE FROM applied_changes WHERE team_id = $1', [teamId]);
      // b's cursor is beyond the restored counter: its next round starts over and pushes everything back.
      expect((await cb.sync.sync()).state).toBe('idle');
      expect((await ca.sync.sync()).state).toBe('idle');
      const probe = client(srv, adminToken, 'probe');
      await probe.sync.sync();
      expect(visible(probe.storage)).toEqual({
        'snippets/new': { body: 'after the backup' },
        'snippets/old': { body: 'in the backup', title: 'added after the backup' },
      });
      expect(visible(ca.storage)).toEqual(visible(probe.storage));
    },
  );

  test(
    'the client dies mid-push (service worker stopped): a new client on the same storage resends the same ' +
      'change once',
    async () => {
      const db = shared;
      const srv = server(db);
      const { adminToken } = await srv.team();
      const a = await srv.member(adminToken, 'editor', 'a');
      const storage = new MemorySyncStorage();
      const base = httpTransport({ baseUrl: BASE, token: a.token, fetch: srv.fetch });
      const answers: PushResponse[] = [];
      // First life: the push reaches the server, then the worker is killed before the answer.
      const first = new SyncClient({
        storage,
        nodeId: 'a',
        transport: {
          pull: base.pull,
          push: async (req) => (answers.push(await base.push(req)), new Promise<never>(() => {})),
        },
      });
      await first.edit('snippets', 'w', { body: 'written before the crash' });
      void first.sync();
      await vi.waitFor(() => expect(answers).toHaveLength(1), { timeout: 10_000 });
      const savedClock = storage.meta.clock!;
      // Second life: same storage (IndexedDB survives), new client object.
      const second = new SyncClient({
        storage,
        nodeId: 'a',
        transport: { pull: base.pull, push: async (req) => (answers.push(await base.push(req)), answers.at(-1)!) },
      });
      expect((await second.sync()).state).toBe('idle');
      expect(answers.map((r) => [r.applied, r.duplicates])).toEqual([
        [1, 0],
        [0, 1],
      ]);
      const edited = await second.edit('snippets', 'w', { title: 'after restart' });
      expect(edited.fields.title!.hlc > savedClock).toBe(true); // the clock resumed from storage
      expect((await second.sync()).state).toBe('idle');
      expect(visible(storage)).toEqual({ 'snippets/w': { body: 'written before the crash', title: 'after restart' } });
    },
  );
});
