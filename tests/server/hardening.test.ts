// Issue #13, server half: no accepted edit may leave a record clients cannot pull, text PostgreSQL
// cannot store is a 400 (never a 500), bodies are capped per route and checked for depth before
// parsing, failed authentication is rate limited, field names like `toString` work, deleted records
// keep no values, and the logs hold neither tokens nor pushed values.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { LOCK_FILE } from '../../server/data-dir-lock';
import { openPglite, type Db } from '../../server/db';
import { encodeHlc } from '../../utils/sync/core/hlc';
import { errorBodySchema, LIMITS, type PullResponse } from '../../utils/sync/core/protocol';
import { backends, BASE, client, server, visible, type TestServer } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

let n = 0;
const hlc = (node = 'n1') => encodeHlc({ wall: Date.now(), counter: ++n, node });
const fields = (names: string[], value: unknown = 'v') =>
  Object.fromEntries(names.map((name) => [name, { value, hlc: hlc() }]));
const change = (id: string, f: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  changeId: `chg_h_${String(++n).padStart(8, '0')}`,
  record: { table: 'snippets', id, fields: f, ...extra },
});

describe.each(backends)('$name', (backend) => {
  let db: Db;
  let srv: TestServer;
  beforeAll(async () => {
    db = await backend.open();
    srv = server(db);
  });
  afterAll(async () => {
    await db.close();
  });

  async function req(path: string, opts: { token?: string; body?: string; headers?: Record<string, string> } = {}) {
    const res = await srv.fetch(`${BASE}${path}`, {
      method: opts.body === undefined ? 'GET' : 'POST',
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...opts.headers,
      },
      body: opts.body,
    });
    const json = (await res.json()) as Record<string, any>;
    if (res.status >= 400) expect(errorBodySchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
    return { status: res.status, json };
  }
  const push = (token: string, changes: unknown[]) => req('/v1/push', { token, body: JSON.stringify({ changes }) });

  test('a push taking a record past the field cap is refused (400 naming it); a fresh device pulls all', async () => {
    const { adminToken } = await srv.team('Fields');
    const names = (k: number) => Array.from({ length: 30 }, (_, i) => `f${k}_${i}`);
    expect((await push(adminToken, [change('wide', fields(names(1)))])).status).toBe(200);
    expect((await push(adminToken, [change('wide', fields(names(2)))])).status).toBe(200);
    const third = await push(adminToken, [change('wide', fields(names(3)))]);
    expect(third.status).toBe(400);
    expect(third.json.error.code).toBe('record_too_large');
    expect(third.json.error.message).toContain('snippets/wide');
    // Nothing of the refused push was stored, and a device joining now pulls every record.
    const fresh = client(srv, (await srv.member(adminToken, 'viewer')).token, 'fresh');
    expect((await fresh.sync.sync()).state).toBe('idle');
    expect(Object.keys(visible(fresh.storage)['snippets/wide']!)).toHaveLength(60);
  });

  test.each([
    ['a NUL in a value', (id: string) => change(id, { body: { value: 'a\u0000b', hlc: hlc() } })],
    ['a lone surrogate in a value', (id: string) => change(id, { body: { value: 'half \ud83d', hlc: hlc() } })],
    ['a NUL in a record id', (id: string) => change(`${id}\u0000x`, fields(['body']))],
    ['a lone surrogate in a record id', (id: string) => change(`${id}\udc00`, fields(['body']))],
    ['a NUL in a nested key', (id: string) => change(id, { body: { value: { 'k\u0000': 1 }, hlc: hlc() } })],
  ])('%s: 400 with a clear error, never a 500; the next edit goes through', async (_, make) => {
    const { adminToken } = await srv.team('Text');
    const bad = await push(adminToken, [make('t1')]);
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('bad_text');
    expect(bad.json.error.message).toMatch(/NUL|surrogate/);
    expect((await push(adminToken, [change('t2', { body: { value: 'ok 😀', hlc: hlc() } })])).status).toBe(200);
  });

  test('bodies are capped per route before parsing: a join takes a few KB, a push up to its maximum', async () => {
    const bigJoin = JSON.stringify({ invite: 'x'.repeat(20), label: 'y'.repeat(8 * 1024) });
    const join = await req('/v1/join', { body: bigJoin });
    expect(join.status).toBe(413);
    // A push of 100 KB is fine (its documented maximum is LIMITS.bodyBytes).
    const { adminToken } = await srv.team('Bodies');
    const big = change('big', { body: { value: 'z'.repeat(LIMITS.valueChars - 10), hlc: hlc() } });
    const more = change('big2', { body: { value: 'z'.repeat(LIMITS.valueChars - 10), hlc: hlc() } });
    expect((await push(adminToken, [big, more, change('big3', fields(['a']))])).status).toBe(200);
  });

  test('deep nesting is refused before JSON.parse, on every route', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const { adminToken } = await srv.team('Deep');
      const deep = (k: number) => `${'['.repeat(k)}${']'.repeat(k)}`;
      parse.mockClear();
      const join = await req('/v1/join', { body: deep(1000) });
      expect(join.status).toBe(400);
      expect(join.json.error.code).toBe('too_deep');
      const pushed = await req('/v1/push', { token: adminToken, body: deep(60_000) });
      expect(pushed.status).toBe(400);
      expect(pushed.json.error.code).toBe('too_deep');
      // Brackets inside strings do not count.
      const inString = await push(adminToken, [change('s', { body: { value: '[[[[['.repeat(500), hlc: hlc() } })]);
      expect(inString.status).toBe(200);
      expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('[[['))).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });

  test('failed authentication is rate limited per address, before the database is asked', async () => {
    let now = 1_000_000;
    const limited = server(db, { rateLimit: { burst: 3, perSecond: 0.5, now: () => now } });
    const authenticate = vi.spyOn(limited.store, 'authenticate');
    const me = (token: string) =>
      limited.fetch(`${BASE}/v1/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
    for (let i = 0; i < 3; i++) expect(await me(`tact_guess${i}`)).toBe(401);
    expect(await me('tact_guess_again')).toBe(429);
    expect(authenticate).toHaveBeenCalledTimes(3);
    now += 2000; // one attempt earned back
    expect(await me('tact_guess_later')).toBe(401);
  });

  test('behind a proxy, the address is the one the proxy appended (rightmost X-Forwarded-For)', async () => {
    const limited = server(db, { trustProxy: true, rateLimit: { burst: 1, perSecond: 0.001 } });
    const me = (xff: string) =>
      limited
        .fetch(`${BASE}/v1/me`, { headers: { authorization: 'Bearer tact_nope', 'x-forwarded-for': xff } })
        .then((r) => r.status);
    expect(await me('1.1.1.1, 10.0.0.7')).toBe(401);
    // A client varying its own (leftmost) entry is still the same address to us.
    expect(await me('2.2.2.2, 10.0.0.7')).toBe(429);
    expect(await me('1.1.1.1, 10.0.0.8')).toBe(401);
  });

  test('field names that exist on every object (toString, constructor, hasOwnProperty) push and pull', async () => {
    const { adminToken } = await srv.team('Proto');
    const names = ['toString', 'constructor', 'hasOwnProperty', 'valueOf'];
    // Into a new record, then into an existing one (the merge path), then overwritten.
    expect((await push(adminToken, [change('p1', fields(names, 'first'))])).status).toBe(200);
    expect((await push(adminToken, [change('p2', fields(['body']))])).status).toBe(200);
    expect((await push(adminToken, [change('p2', fields(names, 'added'))])).status).toBe(200);
    expect((await push(adminToken, [change('p1', fields(['toString'], 'second'))])).status).toBe(200);
    const pulled = (await req('/v1/pull', { token: adminToken })).json as PullResponse;
    const byId = Object.fromEntries(pulled.records.map((r) => [r.id, r.fields]));
    expect(Object.fromEntries(Object.entries(byId.p1!).map(([k, c]) => [k, c.value]))).toEqual({
      toString: 'second',
      constructor: 'first',
      hasOwnProperty: 'first',
      valueOf: 'first',
    });
    expect(Object.keys(byId.p2!).sort()).toEqual(['body', ...names].sort());
    const ctor: string = 'constructor';
    expect(byId.p2![ctor]!.value).toBe('added');
  });

  test('…and end to end through two sync clients: edited, pushed, merged and pulled', async () => {
    const { adminToken } = await srv.team('Proto clients');
    const a = client(srv, adminToken, 'protoA');
    await a.sync.edit('snippets', 'p', { body: 'x' });
    await a.sync.sync();
    await a.sync.edit('snippets', 'p', { toString: 't', constructor: 'c', hasOwnProperty: 'h' });
    expect((await a.sync.sync()).state).toBe('idle');
    const b = client(srv, (await srv.member(adminToken, 'viewer')).token, 'protoB');
    expect((await b.sync.sync()).state).toBe('idle');
    const want = { body: 'x', toString: 't', constructor: 'c', hasOwnProperty: 'h' };
    expect(visible(b.storage)['snippets/p']).toEqual(want);
    expect(visible(a.storage)['snippets/p']).toEqual(want);
  });

  test('a deleted record keeps no values: a device joining later gets the tombstone, not the text', async () => {
    const { adminToken } = await srv.team('Tombstones');
    const secret = 'the deleted snippet body';
    expect((await push(adminToken, [change('gone', fields(['body', 'name'], secret))])).status).toBe(200);
    expect((await push(adminToken, [change('gone', {}, { deleted: hlc() })])).status).toBe(200);
    const pulled = (await req('/v1/pull', { token: (await srv.member(adminToken, 'viewer')).token }))
      .json as PullResponse;
    const gone = pulled.records.find((r) => r.id === 'gone')!;
    expect(gone.deleted).toBeTruthy();
    expect(JSON.stringify(pulled)).not.toContain(secret);
    // An edit made after the delete brings the record back with that edit.
    expect((await push(adminToken, [change('gone', fields(['body'], 'back'))])).status).toBe(200);
    const fresh = client(srv, (await srv.member(adminToken, 'viewer')).token, 'later');
    await fresh.sync.sync();
    expect(visible(fresh.storage)['snippets/gone']).toEqual({ body: 'back' });
  });

  test('the logs hold neither tokens nor pushed values, whatever fails', async () => {
    const logged: string[] = [];
    const capture = (...args: unknown[]) =>
      void logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '));
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(capture),
    );
    try {
      const { adminToken } = await srv.team('Logs');
      const value = 'private-value-7f3a';
      // A failed authentication, a refused push, and an internal error whose message quotes the value.
      await req('/v1/me', { token: `${adminToken}x` });
      await push(adminToken, [change('l1', { body: { value: `${value}\u0000`, hlc: hlc() } })]);
      const broken = server(db);
      vi.spyOn(broken.store, 'push').mockRejectedValue(new Error(`invalid input: "${value}" ${adminToken}`));
      const res = await broken.fetch(`${BASE}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ changes: [change('l2', { body: { value, hlc: hlc() } })] }),
      });
      expect(res.status).toBe(500);
      expect(logged.length).toBeGreaterThan(0); // the 500 is logged…
      const all = logged.join('\n');
      expect(all).not.toContain(value); // …without the value,
      expect(all).not.toContain(adminToken.slice(5)); // the token,
      expect(all).not.toMatch(/[0-9a-f]{64}/); // or any hash.
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe('the PGlite data directory', () => {
  test('a second opening of one directory is refused, naming its process; a stale lock is taken over', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tact-lock-'));
    try {
      const first = await openPglite(dir);
      await expect(openPglite(dir)).rejects.toThrow(`in use by process ${process.pid}`);
      await first.close();
      // Closed: the directory is free again. A lock left by a process that is gone (SIGKILL) is stale.
      const again = await openPglite(dir);
      await again.close();
      const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
      writeFileSync(path.join(dir, LOCK_FILE), `${gone}\n`);
      const afterCrash = await openPglite(dir);
      expect((await afterCrash.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
      await afterCrash.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
