// Who may do what: roles, revoked tokens, other teams, invites; and what the server refuses:
// bad bodies, oversized bodies, clocks far ahead, too many requests. Errors are JSON everywhere.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db';
import { Store } from '../../server/store';
import { decodeHlc, encodeHlc, MAX_AHEAD_MS } from '../../utils/sync/core/hlc';
import { errorBodySchema, type PullResponse } from '../../utils/sync/core/protocol';
import { backends, BASE, client, server, type TestServer } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

let changes = 0;
const change = (id: string, value: unknown, hlc = encodeHlc({ wall: Date.now(), counter: 0, node: 'n1' })) => ({
  changeId: `chg_${id}_${String(++changes).padStart(6, '0')}`,
  record: { table: 'snippets', id, fields: { body: { value, hlc } } },
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

  /** Raw request: status and parsed JSON. */
  async function req(
    method: string,
    path: string,
    opts: { token?: string; body?: string; type?: string; headers?: Record<string, string> } = {},
  ) {
    const res = await srv.fetch(`${BASE}${path}`, {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body !== undefined ? { 'content-type': opts.type ?? 'application/json' } : {}),
        ...opts.headers,
      },
      body: opts.body,
    });
    const json = (await res.json()) as unknown;
    if (res.status >= 400) expect(errorBodySchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
    return { status: res.status, json: json as Record<string, any>, headers: res.headers };
  }

  test('a viewer pulls but cannot push, list conflicts, restore or invite', async () => {
    const { adminToken } = await srv.team('Viewers');
    const editor = await srv.member(adminToken, 'editor');
    const viewer = await srv.member(adminToken, 'viewer');
    expect(
      (
        await req('POST', '/v1/push', {
          token: editor.token,
          body: JSON.stringify({ changes: [change('v1', 'shared')] }),
        })
      ).status,
    ).toBe(200);
    const pull = await req('GET', '/v1/pull', { token: viewer.token });
    expect(pull.status).toBe(200);
    expect((pull.json as PullResponse).records.map((r) => r.fields.body?.value)).toEqual(['shared']);
    const push = await req('POST', '/v1/push', {
      token: viewer.token,
      body: JSON.stringify({ changes: [change('v2', 'nope')] }),
    });
    expect(push).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
    expect((await req('GET', '/v1/conflicts', { token: viewer.token })).status).toBe(403);
    expect((await req('POST', '/v1/conflicts/1/restore', { token: viewer.token })).status).toBe(403);
    expect((await req('POST', '/v1/invites', { token: viewer.token, body: '{}' })).status).toBe(403);
    expect((await req('POST', '/v1/invites', { token: editor.token, body: '{}' })).status).toBe(403);
    // The sync client reports it as an error it will not retry.
    const c = client(srv, viewer.token, 'viewer1');
    await c.sync.edit('snippets', 'v3', { body: 'local only' });
    expect(await c.sync.sync()).toMatchObject({
      state: 'error',
      pending: 1,
      lastError: { code: 'forbidden', status: 403 },
    });
    // Nothing the viewer tried reached the server.
    expect((await req('GET', '/v1/pull', { token: editor.token })).json.records).toHaveLength(1);
  });

  test('a revoked token gets 401; a device can revoke itself; no or bad token gets 401', async () => {
    const { adminToken } = await srv.team('Revocations');
    const phone = await srv.member(adminToken, 'editor', 'phone');
    const laptop = await srv.member(adminToken, 'editor', 'laptop');
    expect((await req('GET', '/v1/me', { token: phone.token })).json).toMatchObject({ label: 'phone', role: 'editor' });
    // not an admin
    expect((await req('DELETE', `/v1/devices/${phone.deviceId}`, { token: laptop.token })).status).toBe(403);
    expect((await req('DELETE', `/v1/devices/${phone.deviceId}`, { token: adminToken })).status).toBe(200);
    expect(await req('GET', '/v1/pull', { token: phone.token })).toMatchObject({
      status: 401,
      json: { error: { code: 'unauthorized' } },
    });
    expect(
      (await req('POST', '/v1/push', { token: phone.token, body: JSON.stringify({ changes: [change('r1', 'x')] }) }))
        .status,
    ).toBe(401);
    expect((await req('DELETE', '/v1/devices/me', { token: laptop.token })).status).toBe(200);
    expect((await req('GET', '/v1/me', { token: laptop.token })).status).toBe(401);
    const devices = (await req('GET', '/v1/devices', { token: adminToken })).json.devices as {
      label: string;
      revokedAt: string | null;
    }[];
    expect(devices.map((d) => [d.label, d.revokedAt !== null])).toEqual([
      ['admin', false],
      ['phone', true],
      ['laptop', true],
    ]);
    expect((await req('GET', '/v1/pull')).status).toBe(401);
    expect((await req('GET', '/v1/pull', { token: 'tact_not-a-real-token' })).status).toBe(401);
    expect((await req('GET', '/v1/pull', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  test("a second team sees nothing of the first team's data and cannot act on it", async () => {
    const a = await srv.team('Team A');
    const b = await srv.team('Team B');
    const aEditor = await srv.member(a.adminToken, 'editor', 'a-editor');
    await req('POST', '/v1/push', {
      token: a.adminToken,
      body: JSON.stringify({
        changes: [change('secret', 'A only', encodeHlc({ wall: Date.now() - 10, counter: 0, node: 'x' }))],
      }),
    });
    await req('POST', '/v1/push', {
      token: aEditor.token,
      body: JSON.stringify({ changes: [change('secret', 'A newer')] }),
    });
    const aConflicts = (await req('GET', '/v1/conflicts', { token: a.adminToken })).json.conflicts as { id: number }[];
    expect(aConflicts).toHaveLength(1);

    const pulled = await req('GET', '/v1/pull?cursor=0', { token: b.adminToken });
    expect(pulled.json).toMatchObject({ records: [], cursor: 0, more: false });
    expect((await req('GET', '/v1/conflicts', { token: b.adminToken })).json.conflicts).toEqual([]);
    expect(await req('POST', `/v1/conflicts/${aConflicts[0]!.id}/restore`, { token: b.adminToken })).toMatchObject({
      status: 404,
      json: { error: { code: 'conflict_not_found' } },
    });
    expect((await req('DELETE', `/v1/devices/${aEditor.deviceId}`, { token: b.adminToken })).status).toBe(404);
    const bDevices = (await req('GET', '/v1/devices', { token: b.adminToken })).json.devices as { id: string }[];
    expect(bDevices.map((d) => d.id)).not.toContain(aEditor.deviceId);
    // Team B writing a record with the same id does not touch team A's.
    await req('POST', '/v1/push', {
      token: b.adminToken,
      body: JSON.stringify({
        changes: [change('secret', 'B', encodeHlc({ wall: Date.now() + 5, counter: 0, node: 'y' }))],
      }),
    });
    const aPull = (await req('GET', '/v1/pull', { token: a.adminToken })).json as PullResponse;
    expect(aPull.records.map((r) => r.fields.body?.value)).toEqual(['A newer']);
    // And team A's device still works, so the 404s above were about the team, not the device.
    expect((await req('GET', '/v1/me', { token: aEditor.token })).status).toBe(200);
  });

  test('invites: single use, expiring, role given, unknown ones refused', async () => {
    const { teamId, adminToken } = await srv.team('Invites');
    const created = await req('POST', '/v1/invites', {
      token: adminToken,
      body: JSON.stringify({ role: 'viewer', ttlSeconds: 600 }),
    });
    expect(created.status).toBe(201);
    const invite = created.json.invite as string;
    const first = await req('POST', '/v1/join', { body: JSON.stringify({ invite, label: 'tablet' }) });
    expect(first).toMatchObject({ status: 201, json: { role: 'viewer', teamName: 'Invites' } });
    expect(await req('POST', '/v1/join', { body: JSON.stringify({ invite, label: 'again' }) })).toMatchObject({
      status: 410,
      json: { error: { code: 'invite_used' } },
    });
    // An invite made two hours ago with a one-hour lifetime.
    const past = new Store(db, () => Date.now() - 2 * 3600_000);
    const old = await past.createInvite(teamId, 'editor', 3600, null);
    expect(
      await req('POST', '/v1/join', { body: JSON.stringify({ invite: old.invite, label: 'late' }) }),
    ).toMatchObject({ status: 410, json: { error: { code: 'invite_expired' } } });
    expect(
      await req('POST', '/v1/join', { body: JSON.stringify({ invite: 'tinv_doesnotexist000', label: 'x' }) }),
    ).toMatchObject({ status: 404, json: { error: { code: 'invite_not_found' } } });
    // Tokens and invites are stored hashed: the plain values appear nowhere in the database.
    const dump = JSON.stringify([
      (await db.query('SELECT * FROM devices')).rows,
      (await db.query('SELECT * FROM invites')).rows,
    ]);
    expect(dump).not.toContain(invite);
    expect(dump).not.toContain(first.json.token as string);
    expect(dump).not.toContain(adminToken);
  });

  test('bodies are checked: JSON, content type, schema, size; unknown routes answer JSON 404', async () => {
    const { adminToken } = await srv.team('Validation');
    expect(await req('POST', '/v1/push', { token: adminToken, body: '{"changes": [' })).toMatchObject({
      status: 400,
      json: { error: { code: 'bad_json' } },
    });
    expect((await req('POST', '/v1/push', { token: adminToken, body: '{}', type: 'text/plain' })).status).toBe(415);
    const bad = await req('POST', '/v1/push', {
      token: adminToken,
      body: JSON.stringify({ changes: [{ ...change('z', 1), record: { table: 'passwords', id: 'z', fields: {} } }] }),
    });
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'invalid' } } });
    expect(bad.json.error.message).toContain('changes.0.record.table');
    const badHlc = await req('POST', '/v1/push', {
      token: adminToken,
      body: JSON.stringify({ changes: [change('z', 1, '99-0-x')] }),
    });
    expect(badHlc.status).toBe(400);
    const tooBigValue = await req('POST', '/v1/push', {
      token: adminToken,
      body: JSON.stringify({ changes: [change('z', 'x'.repeat(40_000))] }),
    });
    expect(tooBigValue.status).toBe(400);
    const huge = JSON.stringify({
      changes: Array.from({ length: 100 }, (_, i) => change(`h${i}`, 'y'.repeat(30_000))),
    });
    expect(huge.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(await req('POST', '/v1/push', { token: adminToken, body: huge })).toMatchObject({
      status: 413,
      json: { error: { code: 'too_large' } },
    });
    expect((await req('GET', '/v1/pull?limit=100000', { token: adminToken })).status).toBe(400);
    expect(await req('GET', '/v1/nothing', { token: adminToken })).toMatchObject({
      status: 404,
      json: { error: { code: 'not_found' } },
    });
    // Nothing of the refused requests was stored.
    expect((await req('GET', '/v1/pull', { token: adminToken })).json.records).toEqual([]);
  });

  test(
    `a timestamp more than ${MAX_AHEAD_MS / 1000} s ahead of the server is clamped, and that device's later ` +
      `edit still wins`,
    async () => {
      const { adminToken } = await srv.team('Clocks');
      // The server's clock stands still, so both pushes clamp to the same millisecond: the second
      // edit's counter (0) is below the first's (5), and it must still win.
      const fixedNow = Date.now();
      const frozen = server(db, { now: () => fixedNow });
      const dayAhead = fixedNow + 86_400_000;
      const first = (await frozen.call(adminToken)('POST', '/v1/push', {
        changes: [change('c', 'first', encodeHlc({ wall: dayAhead, counter: 5, node: 'fast' }))],
      })) as object;
      expect(first).toMatchObject({ applied: 1, clamped: 1 });
      const second = (await frozen.call(adminToken)('POST', '/v1/push', {
        changes: [change('c', 'second', encodeHlc({ wall: dayAhead + 1, counter: 0, node: 'fast' }))],
      })) as object;
      expect(second).toMatchObject({ applied: 1, clamped: 1 });
      const pulled = (await req('GET', '/v1/pull', { token: adminToken })).json as PullResponse;
      const cell = pulled.records[0]!.fields.body!;
      expect(cell.value).toBe('second');
      expect(decodeHlc(cell.hlc).wall).toBeLessThanOrEqual(Date.now() + MAX_AHEAD_MS);
      // Two minutes later, an honest device's edit wins over the fast clock (unclamped, it would lose for a day).
      const later = server(db, { now: () => Date.now() + 2 * MAX_AHEAD_MS });
      const honest = (await later.call(adminToken)('POST', '/v1/push', {
        changes: [change('c', 'honest', encodeHlc({ wall: Date.now() + 2 * MAX_AHEAD_MS, counter: 0, node: 'slow' }))],
      })) as { clamped: number };
      expect(honest).toMatchObject({ applied: 1, clamped: 0 });
      expect(
        ((await req('GET', '/v1/pull', { token: adminToken })).json as PullResponse).records[0]!.fields.body!.value,
      ).toBe('honest');
    },
  );

  test('rate limit per device: 429 with Retry-After, and the client backs off and retries', async () => {
    let now = 1_000_000;
    const limited = server(db, { rateLimit: { burst: 3, perSecond: 0.5, now: () => now } });
    const { adminToken } = await srv.team('Limits');
    for (let i = 0; i < 3; i++) expect((await limited.call(adminToken)('GET', '/v1/me')) as object).toBeTruthy();
    const refused = await limited.fetch(`${BASE}/v1/me`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // The client waits at least Retry-After, then gets through once the bucket has refilled.
    const waits: number[] = [];
    const { SyncClient, httpTransport, MemorySyncStorage } = await import('../../utils/sync/core/client');
    const c = new SyncClient({
      storage: new MemorySyncStorage(),
      transport: httpTransport({ baseUrl: BASE, token: adminToken, fetch: limited.fetch }),
      nodeId: 'limited',
      random: () => 0,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    expect((await c.sync()).state).toBe('idle');
    expect(waits).toEqual([2000]);
  });

  test('/health is 503 until the database is ready, then 200', async () => {
    const s = server(db);
    s.setStore(undefined);
    expect((await s.fetch(`${BASE}/health`)).status).toBe(503);
    expect((await s.fetch(`${BASE}/v1/pull`)).status).toBe(503);
    s.setStore(new Store(db));
    const ok = await s.fetch(`${BASE}/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, db: backend.name });
    // A database that stops answering makes the instance unhealthy again.
    s.setStore(new Store({ ...db, query: async () => Promise.reject(new Error('connection lost')) }));
    expect((await s.fetch(`${BASE}/health`)).status).toBe(503);
  });
});
