// The sync client without a server: outbox folding and freezing, what a pull may overwrite,
// retries (which errors, how long), status reporting, and the HTTP transport's error mapping.
import { describe, expect, test } from 'vitest';
import {
  httpTransport,
  MemorySyncStorage,
  SyncClient,
  SyncHttpError,
  type SyncTransport,
} from '../../utils/sync/core/client';
import { encodeHlc } from '../../utils/sync/core/hlc';
import { recordValues } from '../../utils/sync/core/merge';
import { LIMITS, syncRecordSchema } from '../../utils/sync/core/protocol';
import type { PullResponse, PushRequest, SyncRecord } from '../../utils/sync/core/protocol';

const hlc = (wall: number, node = 'srv') => encodeHlc({ wall, counter: 0, node });
const emptyPull: PullResponse = { records: [], cursor: 0, more: false, serverTime: 0 };

function fake(overrides: Partial<SyncTransport> = {}) {
  const pushes: PushRequest[] = [];
  const transport: SyncTransport = {
    push: async (req) => {
      pushes.push(structuredClone(req));
      return { applied: req.changes.length, duplicates: 0, conflicts: 0, clamped: 0, serverTime: 0 };
    },
    pull: async () => emptyPull,
    ...overrides,
  };
  return { transport, pushes };
}

function make(transport: SyncTransport, extra: Partial<ConstructorParameters<typeof SyncClient>[0]> = {}) {
  const storage = new MemorySyncStorage();
  let n = 0;
  let t = 1_000;
  const sleeps: number[] = [];
  const sync = new SyncClient({
    storage,
    transport,
    nodeId: 'me',
    now: () => ++t,
    newId: () => `change_${++n}`,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { sync, storage, sleeps };
}

describe('outbox', () => {
  test('edits of one record fold into one change until it is sent; the base is the value replaced', async () => {
    const { transport, pushes } = fake({
      pull: async () => ({
        records: [
          { table: 'snippets', id: 'a', fields: { body: { value: 'server', hlc: hlc(500) } }, seq: 1, updatedBy: 'd' },
        ],
        cursor: 1,
        more: false,
        serverTime: 0,
      }),
    });
    const { sync, storage } = make(transport);
    await sync.sync(); // the record comes from the server first
    await sync.edit('snippets', 'a', { body: 'one' });
    await sync.edit('snippets', 'a', { body: 'two', title: 'T' });
    expect(storage.outbox).toHaveLength(1);
    expect(storage.outbox[0]!.record.fields.body).toMatchObject({ value: 'two', base: hlc(500) });
    expect(storage.outbox[0]!.record.fields.title!.base).toBeUndefined();
    expect(sync.getStatus().pending).toBe(1);
    await sync.sync();
    expect(pushes).toHaveLength(1);
    expect(pushes[0]!.changes[0]!.record.fields).toMatchObject({ body: { value: 'two' }, title: { value: 'T' } });
    expect(storage.outbox).toEqual([]);
  });

  test('a change that may have reached the server is frozen: a later edit makes a new change', async () => {
    let fail = true;
    const { transport, pushes } = fake();
    const flaky: SyncTransport = {
      ...transport,
      push: async (req) => {
        await transport.push(req);
        if (fail) throw new SyncHttpError('network', 'lost');
        return { applied: 0, duplicates: req.changes.length, conflicts: 0, clamped: 0, serverTime: 0 };
      },
    };
    const { sync, storage } = make(flaky, { maxAttempts: 1 });
    await sync.edit('snippets', 'a', { body: 'one' });
    expect((await sync.sync()).state).toBe('error');
    await sync.edit('snippets', 'a', { body: 'two' });
    expect(storage.outbox.map((c) => [c.changeId, c.sent ?? false, c.record.fields.body!.value])).toEqual([
      ['change_1', true, 'one'],
      ['change_2', false, 'two'],
    ]);
    fail = false;
    expect((await sync.sync()).state).toBe('idle');
    // The retry sent change_1 exactly as before, then change_2.
    expect(pushes.map((p) => p.changes.map((c) => [c.changeId, c.record.fields.body!.value]))).toEqual([
      [['change_1', 'one']],
      [
        ['change_1', 'one'],
        ['change_2', 'two'],
      ],
    ]);
  });

  test('an edit made while its record is being pushed is kept for the next push, not lost', async () => {
    // Assigned once the transport that reads it is built.
    // eslint-disable-next-line prefer-const
    let client: SyncClient | undefined;
    let typed = false;
    const { transport, pushes } = fake();
    const racing: SyncTransport = {
      ...transport,
      push: async (req) => {
        if (!typed) {
          typed = true;
          await client!.edit('snippets', 'a', { body: 'typed during the push' }); // same record, same field
        }
        return transport.push(req);
      },
    };
    const { sync, storage } = make(racing);
    client = sync;
    await sync.edit('snippets', 'a', { body: 'before' });
    // Start the round and an edit at the same time: the edit must not fold into the change in flight.
    await Promise.all([sync.sync(), sync.edit('snippets', 'a', { title: 'concurrent' })]);
    await sync.sync();
    const sent = pushes.flatMap((p) => p.changes.map((c) => c.record.fields));
    expect(sent.some((f) => f.body?.value === 'typed during the push')).toBe(true);
    expect(sent.some((f) => f.title?.value === 'concurrent')).toBe(true);
    expect(storage.outbox).toEqual([]);
  });

  test('deletes are tombstones in the outbox and locally', async () => {
    const { transport } = fake();
    const { sync, storage } = make(transport);
    await sync.edit('trollNotes', 'n', { label: 'spammer' });
    const r = await sync.remove('trollNotes', 'n');
    expect(r.deleted).toBeDefined();
    expect(storage.outbox[0]!.record.deleted).toBe(r.deleted);
  });

  test('values are stored as JSON (undefined → null, dates → strings)', async () => {
    const { sync } = make(fake().transport);
    const r = await sync.edit('brands', 'b', { a: undefined, d: new Date(0) });
    expect(r.fields.a!.value).toBeNull();
    expect(r.fields.d!.value).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('pull', () => {
  test('the server record replaces the local one, except a field edited while the round was running', async () => {
    const remote: SyncRecord = {
      table: 'snippets',
      id: 'a',
      fields: { body: { value: 'theirs', hlc: hlc(9e12) }, title: { value: 'their title', hlc: hlc(9e12) } },
    };
    const applied: SyncRecord[][] = [];
    // Assigned once the transport that reads it is built.
    // eslint-disable-next-line prefer-const
    let client: SyncClient | undefined;
    const { transport } = fake({
      pull: async (cursor) => {
        // The user types while the pull is on its way.
        if (cursor === 0) await client!.edit('snippets', 'a', { body: 'typed during sync' });
        return {
          records: cursor === 0 ? [{ ...remote, seq: 3, updatedBy: 'x' }] : [],
          cursor: 3,
          more: false,
          serverTime: 0,
        };
      },
    });
    const { sync, storage } = make(transport, { onApplied: (r) => void applied.push(r) });
    client = sync;
    await sync.edit('snippets', 'a', { body: 'mine', title: 'my title' });
    expect((await sync.sync()).state).toBe('idle');
    const local = (await storage.getRecord('snippets', 'a'))!;
    expect(local.fields.body!.value).toBe('typed during sync');
    expect(local.fields.title!.value).toBe('their title');
    expect(storage.outbox).toHaveLength(1);
    expect(storage.meta.cursor).toBe(3);
    expect(applied).toHaveLength(1);
    // The clock moved past what it received: the next edit is later than the server's.
    const next = await sync.edit('snippets', 'a', { title: 'again' });
    expect(next.fields.title!.hlc > hlc(9e12)).toBe(true);
  });

  test('pages are followed until `more` is false, and the cursor is saved after each', async () => {
    const cursors: number[] = [];
    const { transport } = fake({
      pull: async (cursor) => {
        cursors.push(cursor);
        const rec = {
          table: 'snippets' as const,
          id: `r${cursor}`,
          fields: { body: { value: cursor, hlc: hlc(100 + cursor) } },
          seq: cursor + 1,
          updatedBy: 'x',
        };
        return { records: [rec], cursor: cursor + 1, more: cursor < 2, serverTime: 0 };
      },
    });
    const { sync, storage } = make(transport);
    await sync.sync();
    expect(cursors).toEqual([0, 1, 2]);
    expect(storage.meta.cursor).toBe(3);
    expect(storage.records.size).toBe(3);
  });
});

describe('retries', () => {
  test('network, 5xx and 429 are retried with growing backoff; the round then completes', async () => {
    const errors = [
      new SyncHttpError('network', 'down'),
      new SyncHttpError('internal', 'oops', 500),
      new SyncHttpError('rate_limited', 'slow', 429, 9000),
    ];
    const { transport } = fake({
      pull: async () => {
        const e = errors.shift();
        if (e) throw e;
        return emptyPull;
      },
    });
    const { sync, sleeps } = make(transport);
    const states: string[] = [];
    sync.subscribe((s) => states.push(s.state));
    expect(await sync.sync()).toMatchObject({ state: 'idle', lastError: null });
    // Backoff with jitter 0.5: 1 s → 750 ms, 2 s → 1500 ms; the 429's Retry-After (9 s) wins over 3 s.
    expect(sleeps).toEqual([750, 1500, 9000]);
    expect(states).toContain('retrying');
    expect(states.at(-1)).toBe('idle');
  });

  test('401 and 403 are not retried; giving up after maxAttempts leaves the outbox intact', async () => {
    const auth = make(
      fake({ pull: async () => Promise.reject(new SyncHttpError('unauthorized', 'revoked', 401)) }).transport,
    );
    expect(await auth.sync.sync()).toMatchObject({ state: 'error', lastError: { code: 'unauthorized', status: 401 } });
    expect(auth.sleeps).toEqual([]);

    const down = make(fake({ push: async () => Promise.reject(new SyncHttpError('network', 'down')) }).transport, {
      maxAttempts: 3,
    });
    await down.sync.edit('snippets', 'x', { body: 1 });
    expect(await down.sync.sync()).toMatchObject({ state: 'error', pending: 1, lastError: { code: 'network' } });
    expect(down.sleeps).toHaveLength(2);
    expect(down.storage.outbox).toHaveLength(1);
  });

  test('backoff is capped', () => {
    const { sync } = make(fake().transport, { random: () => 0.999999 });
    expect(sync.backoff(20)).toBeLessThanOrEqual(60_000);
    expect(sync.backoff(20)).toBeGreaterThan(59_000);
  });

  test('concurrent sync() calls share one round', async () => {
    let pulls = 0;
    const { sync } = make(fake({ pull: async () => (pulls++, emptyPull) }).transport);
    await Promise.all([sync.sync(), sync.sync(), sync.sync()]);
    expect(pulls).toBe(1);
  });
});

describe('httpTransport', () => {
  test('maps HTTP failures to SyncHttpError with code, status and Retry-After', async () => {
    const answer = (status: number, body: string, headers: Record<string, string> = {}) =>
      (async () => new Response(body, { status, headers })) as unknown as typeof fetch;
    const t429 = httpTransport({
      baseUrl: 'http://x/',
      token: 't',
      fetch: answer(429, '{"error":{"code":"rate_limited","message":"slow"}}', { 'retry-after': '3' }),
    });
    await expect(t429.pull(0, 10)).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
      retryAfterMs: 3000,
      retryable: true,
    });
    const t403 = httpTransport({
      baseUrl: 'http://x',
      token: 't',
      fetch: answer(403, '{"error":{"code":"forbidden","message":"viewer"}}'),
    });
    await expect(t403.pull(0, 10)).rejects.toMatchObject({ code: 'forbidden', status: 403, retryable: false });
    const html = httpTransport({ baseUrl: 'http://x', token: 't', fetch: answer(502, '<html>bad gateway</html>') });
    await expect(html.pull(0, 10)).rejects.toMatchObject({ code: 'bad_response', status: 502, retryable: true });
    const down = httpTransport({
      baseUrl: 'http://x',
      token: 't',
      fetch: (async () => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch,
    });
    await expect(down.pull(0, 10)).rejects.toMatchObject({ code: 'network', retryable: true });
    // A 200 that is not a valid answer is refused, not applied.
    const garbage = httpTransport({ baseUrl: 'http://x', token: 't', fetch: answer(200, '{"records":"nope"}') });
    await expect(garbage.pull(0, 10)).rejects.toThrow();
  });
});

describe('issue #13: no valid change may stop sync', () => {
  const refuse = (bad: (r: SyncRecord) => boolean) => {
    const { transport, pushes } = fake();
    const pulls: number[] = [];
    const t: SyncTransport = {
      push: async (req) => {
        if (req.changes.some((c) => bad(c.record)))
          throw new SyncHttpError('invalid_body', 'value longer than 32768 characters', 400);
        return transport.push(req);
      },
      pull: async (cursor) => {
        pulls.push(cursor);
        return emptyPull;
      },
    };
    return { t, pushes, pulls };
  };

  test('a refused change is set aside and listed; the others and the pull go on; an update retries it', async () => {
    const { t, pushes, pulls } = refuse((r) => r.id === 'bad');
    const { sync, storage } = make(t);
    await sync.edit('snippets', 'good1', { body: 'one' });
    await sync.edit('snippets', 'bad', { body: 'refused' });
    await sync.edit('snippets', 'good2', { body: 'two' });
    const s = await sync.sync();
    expect(s.state).toBe('idle');
    expect(pulls).toEqual([0]);
    // The batch was split until the refused change was found: both good ones reached the server.
    const pushed = pushes.flatMap((p) => p.changes.map((c) => c.record.id));
    expect(pushed.sort()).toEqual(['good1', 'good2']);
    expect(s.rejected).toEqual([{ table: 'snippets', id: 'bad', code: 'invalid_body', message: expect.any(String) }]);
    expect(s.pending).toBe(0);
    expect(storage.outbox.map((c) => c.record.id)).toEqual(['bad']);
    // Not sent again by this version: no loop of refusals, later rounds are clean.
    const before = pushes.length;
    expect((await sync.sync()).state).toBe('idle');
    expect(pushes.length).toBe(before);
    // After an update of the extension it is tried again (and now accepted).
    const updated = new SyncClient({ storage, transport: fake().transport, nodeId: 'me', version: '2.0.0' });
    const after = await updated.sync();
    expect(after.rejected).toEqual([]);
    expect(storage.outbox).toEqual([]);
  });

  test('a value too large for one field travels split, within the wire limits, and is read back whole', async () => {
    const { transport, pushes } = fake();
    const { sync } = make(transport);
    const examples = Array.from({ length: 20 }, (_, i) => `${i} ${'é"\\\n'.repeat(450)}`);
    const data = { name: 'Acme', examples: { do: examples, dont: [] } };
    await sync.edit('toneProfiles', 'b1:fr', { brandId: 'b1', name: 'Acme', data });
    expect((await sync.sync()).rejected).toEqual([]);
    const record = pushes[0]!.changes[0]!.record;
    expect(syncRecordSchema.safeParse(record).success).toBe(true);
    expect(Object.keys(record.fields).length).toBeGreaterThan(3);
    expect(recordValues(record)).toEqual({ brandId: 'b1', name: 'Acme', data });
  });

  test('a change queued whole by an older version (one field too large) is split when sent, not refused', async () => {
    const { transport, pushes } = fake();
    const { sync, storage } = make(transport);
    const data = { examples: { do: Array.from({ length: 20 }, () => 'x'.repeat(1800)), dont: [] } };
    await storage.putPending({
      changeId: 'legacy_change_1',
      sent: true,
      record: { table: 'toneProfiles', id: 'b:fr', fields: { data: { value: data, hlc: hlc(700, 'me') } } },
    });
    const s = await sync.sync();
    expect(s.rejected).toEqual([]);
    expect(storage.outbox).toEqual([]);
    expect(recordValues(pushes[0]!.changes[0]!.record)).toEqual({ data });
  });

  test('a pulled page with one invalid record applies the others and reports the bad one', async () => {
    const tooMany = Object.fromEntries(
      Array.from({ length: LIMITS.fieldsPerRecord + 1 }, (_, i) => [`f${i}`, { value: i, hlc: hlc(600) }]),
    );
    const { transport } = fake({
      pull: async () => ({
        records: [
          { table: 'snippets', id: 'huge', fields: tooMany, seq: 1, updatedBy: 'd' },
          { table: 'snippets', id: 'ok', fields: { body: { value: 'fine', hlc: hlc(600) } }, seq: 2, updatedBy: 'd' },
        ],
        cursor: 2,
        more: false,
        serverTime: 0,
      }),
    });
    const { sync, storage } = make(transport);
    const s = await sync.sync();
    expect(s.state).toBe('idle');
    expect(s.skipped).toEqual([{ table: 'snippets', id: 'huge', code: 'invalid_record', message: expect.any(String) }]);
    expect(storage.records.has('snippets\u0000ok')).toBe(true);
    expect(storage.records.has('snippets\u0000huge')).toBe(false);
    expect(storage.meta.cursor).toBe(2);
    // Over HTTP too: the transport no longer refuses the whole page for one record.
    const page = JSON.stringify({
      records: [{ table: 'snippets', id: 'huge', fields: tooMany, seq: 1, updatedBy: 'd' }],
      cursor: 1,
      more: false,
      serverTime: 0,
    });
    const http = httpTransport({ baseUrl: 'http://x', token: 't', fetch: (async () => new Response(page)) as never });
    expect((await http.pull(0, 10)).records).toHaveLength(1);
  });
});
