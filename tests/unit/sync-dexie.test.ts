// The extension's side of team sync on its real database (fake-indexeddb) against the real server app
// in-process (PGlite): what is captured as a local edit, what a pull writes, tombstones, and a push
// whose answer never came back (the service worker stopped) re-sent under the same change id.
import { describe, expect, it, vi } from 'vitest';
import { TactDB } from '../../utils/db/schema';
import { startBackgroundSync, SYNC_ALARM, SyncService } from '../../utils/sync/service';
import { captureLocalEdits } from '../../utils/sync/dexie-storage';
import { toLocalRow } from '../../utils/sync/tables';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { SyncClient } from '../../utils/sync/core/client';
import { httpCaller } from '../../utils/sync/core/client';
import { BASE } from '../server/harness';
import { teamServer } from '../support/team-server';
import { V8_BRAND } from '../support/stored-brand';

const team = teamServer();

async function invite(role: 'viewer' | 'editor' | 'admin' = 'editor'): Promise<string> {
  const r = (await httpCaller(BASE, team.srv.fetch, team.adminToken)('POST', '/v1/invites', { role })) as {
    invite: string;
  };
  return r.invite;
}

let n = 0;
async function device(
  opts: {
    role?: 'viewer' | 'editor';
    fetch?: typeof fetch;
    maxAttempts?: number;
    name?: string;
    schedule?: (fn: () => void, ms: number) => () => void;
  } = {},
) {
  const local = new TactDB(opts.name ?? `sync-${++n}-${Math.random()}`);
  const service = new SyncService(local, {
    fetch: opts.fetch ?? team.srv.fetch,
    maxAttempts: opts.maxAttempts ?? 2,
    backoffBaseMs: 1,
    debounceMs: 5,
    ...(opts.schedule ? { schedule: opts.schedule } : {}),
  });
  await service.join({ serverUrl: BASE, invite: await invite(opts.role), label: `device ${n}` });
  return { local, service };
}

const snippet = (id: string, body: string) => ({
  id,
  name: `s-${id}`,
  language: 'fr' as const,
  tags: ['merci'],
  intents: [],
  trollTypes: [],
  kind: 'reply' as const,
  body,
  updatedAt: Date.now(),
  usageCount: 3,
});

describe('toLocalRow', () => {
  it('keeps only the shared fields of a pulled tone profile (no subscriptionId or other extras)', () => {
    const row = toLocalRow(
      'toneProfiles',
      'b1:fr',
      { brandId: 'b1', name: 'FR', data: { language: 'fr' }, subscriptionId: 'sub1', junk: 1 },
      undefined,
      5,
    );
    expect(row).toEqual({ id: 'b1:fr', brandId: 'b1', name: 'FR', data: { language: 'fr' }, updatedAt: 5 });
  });
});

describe('Dexie sync storage', () => {
  it('captures a local edit as one outbox change of the shared fields only', async () => {
    const { local, service } = await device();
    await local.snippets.put(snippet('cap1', 'Merci !'));
    const client = new SyncClient({
      storage: service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'test',
    });
    expect(await captureLocalEdits(local, client)).toBe(1);
    const outbox = await service.storage.listPending();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.record.table).toBe('snippets');
    expect(Object.keys(outbox[0]!.record.fields).sort()).toEqual([
      'body',
      'intents',
      'kind',
      'language',
      'name',
      'tags',
      'trollTypes',
    ]);
    // Nothing changed since: a second pass queues nothing.
    expect(await captureLocalEdits(local, client)).toBe(0);
    await local.snippets.update('cap1', { body: 'Merci beaucoup !' });
    expect(await captureLocalEdits(local, client)).toBe(1);
    const again = await service.storage.listPending();
    // Folded into the unsent change: one change per record until it is pushed.
    expect(again).toHaveLength(1);
    expect(again[0]!.record.fields.body!.value).toBe('Merci beaucoup !');
  });

  it('shares what a moderator wrote about an author, not what Tact merely saw', async () => {
    const { local, service } = await device();
    const author = {
      key: 'x:@troll',
      platform: 'x',
      handle: '@troll',
      name: 'T',
      url: 'https://x.com/troll',
      firstSeenAt: 1,
      lastSeenAt: 2,
      notes: '',
      labels: [] as string[],
    };
    await local.authors.put(author as never);
    const client = new SyncClient({
      storage: service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'test',
    });
    expect(await captureLocalEdits(local, client)).toBe(0);
    await local.authors.put({ ...author, labels: ['known troll'], lastSeenAt: 3 } as never);
    expect(await captureLocalEdits(local, client)).toBe(1);
    const [change] = await service.storage.listPending();
    expect(change!.record.table).toBe('trollNotes');
    expect(Object.keys(change!.record.fields).sort()).toEqual(['handle', 'labels', 'name', 'notes', 'platform']);
    await local.authors.update('x:@troll', { lastSeenAt: 99 });
    expect(await captureLocalEdits(local, client)).toBe(0);
  });

  it('writes a pulled record locally without queueing it back, and without firing the edit hooks', async () => {
    const a = await device();
    const b = await device();
    await a.local.snippets.put(snippet('pull1', 'Bonjour {prénom}'));
    expect((await a.service.syncNow()).lastError).toBeNull();
    const schedule = vi.spyOn(b.service, 'scheduleSoon');
    b.service.watchLocalEdits();
    const s = await b.service.syncNow();
    expect(s.lastError).toBeNull();
    const got = await b.local.snippets.get('pull1');
    expect(got).toMatchObject({ id: 'pull1', body: 'Bonjour {prénom}', tags: ['merci'], usageCount: 0 });
    expect(await b.service.storage.listPending()).toEqual([]);
    const client = new SyncClient({
      storage: b.service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'test',
    });
    expect(await captureLocalEdits(b.local, client)).toBe(0);
    expect(schedule).not.toHaveBeenCalled();
    // A local write does fire them.
    await b.local.snippets.update('pull1', { body: 'Salut' });
    expect(schedule).toHaveBeenCalledTimes(1);
  });

  it('keeps a local edit not yet captured when a pull changes the same record', async () => {
    const a = await device();
    const b = await device();
    await a.local.snippets.put(snippet('keep1', 'v1'));
    await a.service.syncNow();
    await b.service.syncNow();
    await a.local.snippets.update('keep1', { body: 'from A', name: 'renamed-by-A' });
    await a.service.syncNow();
    // B edits the body but does not sync: its pull must keep the body, and take A's name.
    await b.local.snippets.update('keep1', { body: 'from B' });
    const client = new SyncClient({
      storage: b.service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'probe',
    });
    void client;
    await b.service.storage.putRecords([(await pulled('keep1'))!]);
    expect(await b.local.snippets.get('keep1')).toMatchObject({ body: 'from B', name: 'renamed-by-A' });
    // And the next round pushes it: both end on B's body (the later write), A's is in the conflict log.
    await b.service.syncNow();
    await a.service.syncNow();
    expect((await a.local.snippets.get('keep1'))!.body).toBe('from B');
    const conflicts = await a.service.conflicts();
    expect(conflicts.some((c) => c.recordId === 'keep1' && c.field === 'body' && c.value === 'from A')).toBe(true);
  });

  it('never deletes for the team a pulled record it could not write locally (e.g. from a newer client)', async () => {
    const a = await device();
    const b = await device();
    // A language this version's snippet schema does not know: b cannot write the row.
    await a.local.snippets.put({ ...snippet('new1', 'Danke!'), language: 'de' } as never);
    await a.service.syncNow();
    await b.service.syncNow();
    expect(await b.local.snippets.get('new1')).toBeUndefined();
    expect(await b.local.syncRecords.get(['snippets', 'new1'])).toBeDefined();
    const client = new SyncClient({
      storage: b.service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'probe',
    });
    expect(await captureLocalEdits(b.local, client)).toBe(0);
    await b.service.syncNow();
    await a.service.syncNow();
    expect((await a.local.snippets.get('new1'))?.body).toBe('Danke!');
    // Once the record becomes valid here, a later pull writes it.
    await a.local.snippets.update('new1', { language: 'fr', body: 'Merci !' });
    await a.service.syncNow();
    await b.service.syncNow();
    expect((await b.local.snippets.get('new1'))?.body).toBe('Merci !');
    expect(await captureLocalEdits(b.local, client)).toBe(0);
  });

  it('syncs a valid tone profile too large for one sync field (20 examples of 1,800 characters)', async () => {
    const a = await device();
    const b = await device();
    const examples = Array.from({ length: 20 }, (_, i) => `${i} ${'Bonjour « équipe » '.repeat(95)}`.slice(0, 1800));
    const data = toneProfileSchema.parse({ name: 'Acme', examples: { do: examples, dont: [] } });
    await a.local.toneProfiles.put({ id: 'big:fr', brandId: 'big', name: 'Acme', data, updatedAt: 1 } as never);
    const sa = await a.service.syncNow();
    expect(sa.lastError).toBeNull();
    expect(sa.rejected).toEqual([]);
    expect(sa.pending).toBe(0);
    await b.service.syncNow();
    expect((await b.local.toneProfiles.get('big:fr'))?.data).toEqual(data);
  });

  it('turns a delete into a tombstone that deletes the record on the other device', async () => {
    const a = await device();
    const b = await device();
    await a.local.snippets.put(snippet('del1', 'bientôt supprimé'));
    await a.service.syncNow();
    await b.service.syncNow();
    expect(await b.local.snippets.get('del1')).toBeDefined();
    await a.local.snippets.delete('del1');
    const client = new SyncClient({
      storage: a.service.storage,
      transport: { push: vi.fn(), pull: vi.fn() },
      nodeId: 'probe',
    });
    expect(await captureLocalEdits(a.local, client)).toBe(1);
    const [change] = await a.service.storage.listPending();
    expect(change!.record.deleted).toMatch(/^\d{15}-/);
    await a.service.syncNow();
    await b.service.syncNow();
    expect(await b.local.snippets.get('del1')).toBeUndefined();
    expect(await a.local.snippets.get('del1')).toBeUndefined();
  });

  it('re-sends the same change id after a push whose answer was lost, and the server applies it once', async () => {
    const pushed: string[][] = [];
    const duplicates: number[] = [];
    let cut = true;
    const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const isPush = String(input).endsWith('/v1/push');
      if (isPush)
        pushed.push(
          (JSON.parse(String(init!.body)) as { changes: Array<{ changeId: string }> }).changes.map((c) => c.changeId),
        );
      const res = await team.srv.fetch(input, init);
      if (isPush && cut) {
        // The server applied it; the worker stopped before reading the answer.
        cut = false;
        throw new TypeError('Failed to fetch');
      }
      if (isPush) duplicates.push(((await res.clone().json()) as { duplicates: number }).duplicates);
      return res;
    }) as typeof fetch;
    const name = `crash-${Math.random()}`;
    const a = await device({ fetch: recording, maxAttempts: 1, name });
    await a.local.snippets.put(snippet('crash1', 'envoyé deux fois'));
    const first = await a.service.syncNow();
    expect(first.state).toBe('error');
    expect(first.lastError?.code).toBe('network');
    const frozen = await a.service.storage.listPending();
    expect(frozen).toHaveLength(1);
    expect(frozen[0]!.sent).toBe(true);
    // An edit made meanwhile goes into a new change: the frozen one may already be applied.
    await a.local.snippets.update('crash1', { name: 'renommé' });
    // The worker restarts: a new service on the same database.
    a.local.close();
    const again = new TactDB(name);
    const restarted = new SyncService(again, { fetch: recording, maxAttempts: 1, backoffBaseMs: 1 });
    const s = await restarted.syncNow();
    expect(s.lastError).toBeNull();
    expect(s.pending).toBe(0);
    expect(pushed[1]).toContain(pushed[0]![0]);
    expect(duplicates).toEqual([1]);
    const b = await device();
    await b.service.syncNow();
    expect(await b.local.snippets.get('crash1')).toMatchObject({ body: 'envoyé deux fois', name: 'renommé' });
  });

  it('lets a viewer pull but never queues its local changes', async () => {
    const a = await device();
    await a.local.snippets.put(snippet('view1', 'lu seulement'));
    await a.service.syncNow();
    const v = await device({ role: 'viewer' });
    expect((await v.service.status()).role).toBe('viewer');
    expect((await v.local.snippets.get('view1'))!.body).toBe('lu seulement');
    await v.local.snippets.update('view1', { body: 'changé' });
    const s = await v.service.syncNow();
    expect(s.lastError).toBeNull();
    expect(s.pending).toBe(0);
    await expect(v.service.restore(1)).rejects.toThrow('forbidden');
  });

  it('creates the sync alarm once, runs a round on it, and one round for a burst of local edits', async () => {
    // The debounce runs on a timer driven by hand. It was a real 5 ms one: under load the three writes
    // below took longer than that, the timer fired in between and two rounds ran ("called 2 times").
    // Now the burst is over before the timer fires, whatever the machine's speed.
    let pending: (() => void) | undefined;
    const schedule = (fn: () => void) => {
      pending = fn;
      return () => (pending = undefined);
    };
    const a = await device({ schedule });
    const created: string[] = [];
    let onAlarm: ((alarm: { name: string }) => void) | undefined;
    const alarms = {
      get: async (name: string) => (created.includes(name) ? { name } : undefined),
      create: (name: string) => void created.push(name),
      onAlarm: { addListener: (fn: (alarm: { name: string }) => void) => void (onAlarm = fn) },
    };
    const rounds = vi.spyOn(a.service, 'syncNow');
    startBackgroundSync(a.service, alarms);
    await new Promise((r) => setTimeout(r, 50));
    expect(created).toEqual([SYNC_ALARM]);
    // Just joined (a round a moment ago): start-up does not run another.
    expect(rounds).not.toHaveBeenCalled();
    await a.local.snippets.put(snippet('burst1', 'un'));
    await a.local.snippets.update('burst1', { body: 'deux' });
    await a.local.brands.put({
      id: 'burst-b',
      name: 'Burst',
      aliases: [],
      handles: ['@burst'],
      hashtags: [],
      products: [],
      misspellings: [],
      exclude: [],
      query: '',
      ownAccounts: [],
      competitor: false,
      ...V8_BRAND,
      languages: ['fr'],
      createdAt: 1,
      updatedAt: 1,
    });
    // Every edit of the burst (re)armed the one timer: firing it runs one round.
    expect(rounds).not.toHaveBeenCalled();
    const fire = pending!;
    pending = undefined;
    fire();
    await vi.waitFor(() => expect(rounds).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    await rounds.mock.results[0]!.value;
    expect((await a.service.status()).pending).toBe(0);
    expect(pending).toBeUndefined();
    expect(rounds).toHaveBeenCalledTimes(1);
    onAlarm!({ name: 'something-else' });
    onAlarm!({ name: SYNC_ALARM });
    await vi.waitFor(() => expect(rounds).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    // A worker restarting with the alarm already there does not create (and so push back) it.
    startBackgroundSync(new SyncService(a.local, { fetch: team.srv.fetch }), alarms);
    await new Promise((r) => setTimeout(r, 50));
    expect(created).toEqual([SYNC_ALARM]);
  });

  it('reports a failed join and stays out of any team', async () => {
    const local = new TactDB(`join-${Math.random()}`);
    const service = new SyncService(local, { fetch: team.srv.fetch });
    await expect(service.join({ serverUrl: BASE, invite: 'tact_inv_not_a_real_invite', label: 'x' })).rejects.toThrow(
      /invite_not_found|invalid|unauthorized/,
    );
    expect((await service.status()).joined).toBe(false);
  });

  it('leaves a team: the token is revoked, the sync state forgotten, the local data kept', async () => {
    const a = await device();
    await a.local.snippets.put(snippet('leave1', 'reste ici'));
    await a.service.syncNow();
    const token = (await a.service.account())!.token;
    await a.service.leave();
    expect((await a.service.status()).joined).toBe(false);
    expect(await a.local.syncRecords.count()).toBe(0);
    expect(await a.local.snippets.get('leave1')).toBeDefined();
    await expect(httpCaller(BASE, team.srv.fetch, token)('GET', '/v1/me')).rejects.toMatchObject({ status: 401 });
  });
});

async function pulled(id: string) {
  const page = (await httpCaller(BASE, team.srv.fetch, team.adminToken)('GET', '/v1/pull?cursor=0&limit=1000')) as {
    records: Array<{ table: string; id: string; fields: Record<string, never>; deleted?: string }>;
  };
  const r = page.records.find((x) => x.table === 'snippets' && x.id === id);
  return r && { table: 'snippets' as const, id: r.id, fields: r.fields, ...(r.deleted ? { deleted: r.deleted } : {}) };
}
