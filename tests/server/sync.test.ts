// "Nothing is lost": clients edit offline (same and different fields, deletes), then sync in random
// orders. Every client ends with the server's state, and every value that left a device is either
// the final value or in the conflict log (real conflicts flagged `concurrent`, plain overwrites not).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db';
import type { SyncTransport } from '../../utils/sync/core/client';
import type { Cell, Conflict } from '../../utils/sync/core/protocol';
import { pick, seeded, shuffle } from '../support/random';
import { teamApi } from '../../utils/sync/core/api';
import { backends, BASE, client, server, visible, type TestServer } from './harness';

interface Sent {
  node: string;
  key: string;
  field: string;
  cell: Cell;
}

/** Wrap a transport to record every cell a device pushed. */
const recording =
  (node: string, sent: Sent[]) =>
  (t: SyncTransport): SyncTransport => ({
    pull: (c, l) => t.pull(c, l),
    async push(req) {
      const res = await t.push(req);
      for (const ch of req.changes)
        for (const [field, cell] of Object.entries(ch.record.fields))
          sent.push({ node, key: `${ch.record.table}/${ch.record.id}`, field, cell });
      return res;
    },
  });

/** The whole log, through the API helper the extension uses (its answers are validated). */
async function allConflicts(srv: TestServer, token: string, concurrentOnly = false): Promise<Conflict[]> {
  const api = teamApi({ baseUrl: BASE, token, fetch: srv.fetch });
  const out: Conflict[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await api.conflicts({ limit: 500, before, concurrent: concurrentOnly || undefined });
    out.push(...page.conflicts);
    if (!page.more) return out;
    before = page.conflicts[page.conflicts.length - 1]!.id;
  }
}

/**
 * Each value sent survives: it is the final value of its field, or it is in the conflict log, or it
 * was written before its record's tombstone (deleted: a tombstone keeps no values).
 */
function checkNothingLost(
  sent: Sent[],
  serverRecords: Map<string, { fields: Record<string, Cell>; deleted?: string }>,
  conflicts: Conflict[],
) {
  // By value: a cell overwritten by an equal value is not logged, its value is still there.
  const logged = new Set(conflicts.map((c) => `${c.table}/${c.recordId}|${c.field}|${JSON.stringify(c.value)}`));
  let checked = 0;
  for (const s of sent) {
    const record = serverRecords.get(s.key);
    const current = record?.fields[s.field];
    if (current && JSON.stringify(current.value) === JSON.stringify(s.cell.value)) continue;
    if (record?.deleted && s.cell.hlc < record.deleted) continue;
    checked++;
    expect(
      logged.has(`${s.key}|${s.field}|${JSON.stringify(s.cell.value)}`),
      `${s.node} ${s.key}.${s.field}=${JSON.stringify(s.cell.value)} lost`,
    ).toBe(true);
  }
  return checked;
}

async function serverState(srv: TestServer, token: string) {
  const viewer = client(srv, token, 'viewer_probe');
  await viewer.sync.sync();
  const records = new Map<string, { fields: Record<string, Cell>; deleted?: string }>();
  for (const r of viewer.storage.records.values()) records.set(`${r.table}/${r.id}`, r);
  return { visible: visible(viewer.storage), records };
}

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

describe.each(backends)('$name', (backend) => {
  // One database per file (PGlite takes seconds to open); each test has a team of its own.
  let db: Db;
  beforeAll(async () => {
    db = await backend.open();
  });
  afterAll(async () => {
    await db.close();
  });
  test(
    'two devices edit the same and different fields offline; ' + 'both converge and the losing value is logged',
    async () => {
      const srv = server(db);
      const { adminToken } = await srv.team();
      const ta = await srv.member(adminToken, 'editor', 'alice');
      const tb = await srv.member(adminToken, 'editor', 'bob');
      const a = client(srv, ta.token, 'alice');
      const b = client(srv, tb.token, 'bob');
      await a.sync.edit('snippets', 'greet', { title: 'Hello', body: 'Hi there', lang: 'en' });
      expect((await a.sync.sync()).state).toBe('idle');
      expect((await b.sync.sync()).state).toBe('idle');
      expect(visible(b.storage)).toEqual(visible(a.storage));

      // Offline: both change the body, each changes another field, b deletes another record.
      await a.sync.edit('snippets', 'greet', { body: 'Hello from Alice', title: 'Greeting' });
      await b.sync.edit('snippets', 'greet', { body: 'Hello from Bob', lang: 'fr' });
      await b.sync.edit('brands', 'acme', { name: 'Acme' });
      await b.sync.remove('brands', 'acme');
      await b.sync.sync();
      await a.sync.sync();
      await b.sync.sync();
      expect(visible(a.storage)).toEqual(visible(b.storage));
      // Later writer (b's edit came after a's on the HLC since b's clock received nothing newer) wins per field.
      const greet = visible(a.storage)['snippets/greet']!;
      expect(greet).toMatchObject({ title: 'Greeting', lang: 'fr' });
      expect(visible(a.storage)['brands/acme']).toBeUndefined();
      const conflicts = await allConflicts(srv, ta.token, true);
      const loser = greet.body === 'Hello from Bob' ? 'Hello from Alice' : 'Hello from Bob';
      expect(conflicts.map((c) => [c.recordId, c.field, c.value, c.concurrent])).toEqual([
        ['greet', 'body', loser, true],
      ]);
      // The first body, replaced by someone who had seen it, is kept too, as a plain overwrite.
      const everything = await allConflicts(srv, ta.token);
      expect(
        everything
          .filter((c) => !c.concurrent)
          .map((c) => [c.field, c.value])
          .sort(),
      ).toEqual([
        ['body', 'Hi there'],
        ['lang', 'en'],
        ['title', 'Hello'],
      ]);
      expect(conflicts[0]!.writtenBy).toBe(loser.includes('Alice') ? ta.deviceId : tb.deviceId);
      expect(a.sync.getStatus()).toMatchObject({ pending: 0, state: 'idle', lastError: null });

      // One click restore: the lost body comes back everywhere, and the replaced one is logged in turn.
      const restored = await teamApi({ baseUrl: BASE, token: ta.token, fetch: srv.fetch }).restore(conflicts[0]!.id);
      expect(restored.record.fields.body!.value).toBe(loser);
      await a.sync.sync();
      await b.sync.sync();
      expect(visible(a.storage)['snippets/greet']!.body).toBe(loser);
      expect(visible(b.storage)).toEqual(visible(a.storage));
      const after = await allConflicts(srv, ta.token);
      expect(after.map((c) => c.value)).toContain(greet.body);
      expect(after.find((c) => c.id === conflicts[0]!.id)!.restoredAt).not.toBeNull();
    },
  );

  for (const seed of [11, 2024]) {
    test(
      `twenty devices, three offline rounds, random sync orders (seed ${seed}): ` + 'all converge, nothing lost',
      async () => {
        const rnd = seeded(seed);
        const srv = server(db);
        const { adminToken } = await srv.team();
        const sent: Sent[] = [];
        const clients = [];
        for (let i = 0; i < 20; i++) {
          const m = await srv.member(adminToken, 'editor', `dev${i}`);
          clients.push(client(srv, m.token, `dev${i}`, recording(`dev${i}`, sent)));
        }
        const ids = ['s1', 's2', 's3', 's4', 's5'];
        const fields = ['title', 'body', 'tags'];
        for (let round = 0; round < 3; round++) {
          // Everyone edits offline: shared records, so the same fields collide a lot.
          for (const c of clients) {
            const n = 1 + Math.floor(rnd() * 4);
            for (let k = 0; k < n; k++) {
              const id = pick(rnd, ids);
              if (rnd() < 0.08) await c.sync.remove('snippets', id);
              else
                await c.sync.edit('snippets', id, {
                  [pick(rnd, fields)]: `${c.nodeId}-r${round}-${k}`,
                  ...(rnd() < 0.3 ? { [pick(rnd, fields)]: [round, k] } : {}),
                });
            }
          }
          // Then they come back online in a random order, some twice.
          for (const c of shuffle(rnd, [...clients, ...clients.filter(() => rnd() < 0.3)]))
            expect((await c.sync.sync()).state).toBe('idle');
        }
        // A final quiet round: everyone pulls what the others pushed after them.
        for (const c of clients) await c.sync.sync();
        const probe = await srv.member(adminToken, 'viewer', 'probe');
        const state = await serverState(srv, probe.token);
        for (const c of clients) {
          expect(c.storage.outbox).toEqual([]);
          expect(visible(c.storage)).toEqual(state.visible);
        }
        const conflicts = await allConflicts(srv, adminToken);
        const checked = checkNothingLost(sent, state.records, conflicts);
        expect(checked).toBeGreaterThan(10); // the scenario really produced overwritten values
      },
    );
  }
});
