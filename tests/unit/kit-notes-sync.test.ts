// Team sync and a subscribed kit's troll notes, on the real database against the in-process server:
// the kit's notes (kitNotes) are never captured as a local edit, only the moderator's own words are;
// a teammate's note pulled onto an author keeps the kit's notes beside it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { SyncService } from '../../utils/sync/service';
import { captureLocalEdits } from '../../utils/sync/dexie-storage';
import { toLocalRow } from '../../utils/sync/tables';
import { SyncClient, httpCaller } from '../../utils/sync/core/client';
import { parseKit } from '../../utils/kit/core/document';
import { storeSubscribedKit } from '../../utils/kit/subscriptions-repo';
import { backends, BASE, server, type TestServer } from '../server/harness';
import type { Db } from '../../server/db';

const backend = backends[0]!;
let db: Db;
let srv: TestServer;
let adminToken: string;
beforeAll(async () => {
  db = await backend.open();
  srv = server(db);
  ({ adminToken } = await srv.team('Kit notes'));
}, 60_000);
afterAll(async () => {
  await db.close();
  await backend.cleanup();
});

const sub = {
  id: 'sub-1',
  url: 'https://kits.example.com/acme.json',
  createdAt: 1,
  etag: null,
  lastCheckAt: null,
  lastOkAt: null,
  lastError: null,
  counts: { brands: 0, toneProfiles: 0, snippets: 0, trollNotes: 0 },
};
const kitWith = (trollNotes: unknown[]) => {
  const r = parseKit(
    JSON.stringify({
      format: 'tact-brand-kit',
      version: 1,
      brands: [{ id: 'b1', name: 'Acme', handles: [] }],
      trollNotes,
    }),
  );
  if (!r.ok) throw new Error('bad kit');
  return r.kit;
};

describe('team sync ignores kit notes', () => {
  it('captures no change for a kit’s notes, and only the moderator’s own fields for an author', async () => {
    const local = new TactDB(`kit-sync-${Math.random()}`);
    const service = new SyncService(local, { fetch: srv.fetch, maxAttempts: 2, backoffBaseMs: 1, debounceMs: 5 });
    const { invite } = (await httpCaller(BASE, srv.fetch, adminToken)('POST', '/v1/invites', { role: 'editor' })) as {
      invite: string;
    };
    await service.join({ serverUrl: BASE, invite, label: 'kit device' });
    const client = new SyncClient({
      storage: service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'test',
    });

    await local.subscriptions.put(sub);
    await storeSubscribedKit(
      local,
      sub,
      kitWith([{ platform: 'x', handle: '@sealion', labels: ['known troll'], notes: 'Asks daily' }]),
      null,
      5,
    );
    expect((await local.authors.get('x:@sealion'))!.kitNotes).toBeDefined();
    expect(await captureLocalEdits(local, client, ['trollNotes'])).toBe(0);
    // Nor is the kit's brand a team edit (it is its publisher's, refreshed from its URL).
    expect(await local.brands.count()).toBe(1);
    expect(await captureLocalEdits(local, client)).toBe(0);

    await local.authors.update('x:@sealion', { labels: ['revendeur'] });
    expect(await captureLocalEdits(local, client)).toBe(1);
    const [change] = await service.storage.listPending();
    expect(change!.record.fields.labels!.value).toEqual(['revendeur']);
    expect(Object.keys(change!.record.fields)).not.toContain('kitNotes');

    // A refresh that changes only the kit's notes is no team edit.
    await storeSubscribedKit(
      local,
      sub,
      kitWith([{ platform: 'x', handle: '@sealion', labels: ['flamer'], notes: 'Flames now' }]),
      null,
      6,
    );
    expect(await captureLocalEdits(local, client)).toBe(0);
    expect(await local.authors.get('x:@sealion')).toMatchObject({
      labels: ['revendeur'],
      kitNotes: { 'sub-1': { labels: ['flamer'] } },
    });
  });

  it('a teammate’s note pulled onto an author keeps the kit’s notes beside it', () => {
    const existing = {
      key: 'x:@a',
      platform: 'x',
      handle: '@a',
      name: '',
      url: '',
      firstSeenAt: 0,
      lastSeenAt: 0,
      notes: '',
      labels: [],
      kitNotes: { s: { labels: ['spam'], notes: '', kitName: 'K' } },
    };
    const row = toLocalRow(
      'trollNotes',
      'x:@a',
      { platform: 'x', handle: '@a', name: '', notes: 'From the team', labels: [] },
      existing,
      9,
    )!;
    expect(row).toMatchObject({ notes: 'From the team', kitNotes: { s: { labels: ['spam'] } } });
  });
});
