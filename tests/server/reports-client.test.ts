// Team reports from the extension's side, against the real server in process: a device's daily
// aggregates sent after a sync round (only changed days; an emptied day is sent empty; viewers send
// nothing; at most hourly), and the reports.team handler's answers (ok, off, forbidden, offline).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db';
import { TactDB, type StoredItem } from '../../utils/db/schema';
import type { BackgroundDeps } from '../../utils/background/deps';
import type { ReportInput, ReportItem } from '../../utils/reports/core/types';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import { createTeamReportsHandlers } from '../../utils/reports/team-handlers';
import { updateSettings } from '../../utils/settings/repo';
import { uploadDailyAggregates, type ReportAccount } from '../../utils/sync/aggregates';
import { reportsApi } from '../../utils/sync/core/reports-protocol';
import { SyncService } from '../../utils/sync/service';
import { V7_ITEM } from '../support/stored-item';
import { backends, BASE, server, type TestServer } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

const NOW = Date.UTC(2026, 4, 20, 12);
const H = 3_600_000;
let dbs = 0;

function item(key: string, postedAt: number, over: Partial<ReportItem> = {}): ReportItem {
  return {
    key,
    platform: 'x',
    brandIds: ['acme'],
    lang: 'en',
    intent: 'question',
    sentiment: 0,
    postedAt,
    seenAt: postedAt,
    repliedAt: null,
    repliedBy: null,
    status: 'new',
    author: 'x:customer',
    kind: 'post',
    reactions: null,
    text: 'text',
    permalink: '',
    ...over,
  };
}

const input = (items: ReportItem[]): ReportInput => ({ items, replies: [], events: [], incidents: [], brands: [] });

function stored(key: string, at: number): StoredItem {
  return {
    key,
    platform: 'x',
    platformId: key,
    kind: 'post',
    author: { name: '', handle: 'c', url: '' },
    text: 'Acme?',
    truncated: false,
    time: '',
    permalink: '',
    parentId: null,
    rootText: '',
    firstSeenAt: at,
    lastSeenAt: at,
    brandIds: ['acme'],
    status: 'new',
    attention: 1,
    intent: 'question',
    sentiment: 0,
    priority: 50,
    repliedAt: null,
    ...V7_ITEM,
  } as StoredItem;
}

describe.each(backends)('$name', (backend) => {
  let sdb: Db;
  let srv: TestServer;
  let admin: string;
  let requests: string[];
  let fetchFn: typeof fetch;
  beforeAll(async () => {
    sdb = await backend.open();
    srv = server(sdb);
    admin = (await srv.team('Client')).adminToken;
    requests = [];
    fetchFn = ((u: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(u)).pathname}`);
      return srv.fetch(u, init);
    }) as typeof fetch;
  });
  afterAll(async () => {
    await sdb.close();
  });

  const account = (token: string, role: ReportAccount['role'] = 'editor'): ReportAccount => ({
    serverUrl: BASE,
    token,
    deviceId: `dv_${token.slice(-6)}`,
    role,
    label: 'Laptop of Léa',
  });
  const freshDb = async () => {
    const db = new TactDB(`reports-client-${backend.name}-${++dbs}`);
    await db.open();
    await updateSettings(db, { cmName: 'Léa', reports: { ...DEFAULT_REPORT_SETTINGS, timezone: 'Europe/Paris' } });
    return db;
  };

  test('sends only changed days, replaces them, empties removed ones, at most hourly', async () => {
    const { token } = await srv.member(admin, 'editor', 'Léa');
    const db = await freshDb();
    const day1 = [item('a', NOW - 30 * H), item('b', NOW - 30 * H, { repliedAt: NOW - 29 * H })];
    const day2 = [item('c', NOW - 2 * H)];
    const api = reportsApi({ baseUrl: BASE, token: admin, fetch: srv.fetch });
    const week = { from: '2026-05-13', to: '2026-05-21' };
    const up = (items: ReportItem[], now = NOW, force = true) =>
      uploadDailyAggregates(db, account(token), {
        fetch: fetchFn,
        now: () => now,
        load: async () => input(items),
        force,
      });

    expect(await up([...day1, ...day2])).toEqual({ sent: 2 });
    expect((await api.report(week)).total).toMatchObject({ mentions: 3, answered: 1, backlog: 2 });
    expect(await up([...day1, ...day2])).toEqual({ sent: 0 });
    // Today changed (c answered): only today goes up, and replaces what the server had.
    const answered = [item('c', NOW - 2 * H, { repliedAt: NOW - H })];
    expect(await up([...day1, ...answered])).toEqual({ sent: 1 });
    expect((await api.report(week)).total).toMatchObject({ mentions: 3, answered: 2, backlog: 1 });
    // Yesterday's items gone (deleted locally): the day is sent empty and the server drops it.
    expect(await up(answered)).toEqual({ sent: 1 });
    expect((await api.report(week)).total).toMatchObject({ mentions: 1, answered: 1 });
    const byCm = await api.report({ ...week, by: 'cm' });
    expect(byCm.groups.map((g) => g.key)).toEqual(['Léa']);
    // Without force, not again within the hour; after it, yes (nothing changed: nothing sent).
    const before = requests.length;
    expect(await up([...answered, item('d', NOW)], NOW + 10 * 60_000, false)).toEqual({ sent: 0 });
    expect(requests.length).toBe(before);
    expect(await up([...answered, item('d', NOW)], NOW + 2 * H, false)).toEqual({ sent: 1 });
    // Once a week every day goes up again (a server restored from an older backup heals).
    expect(await up([...answered, item('d', NOW)], NOW + 8 * 24 * H, false)).toEqual({ sent: 1 });
    expect(await up([...answered, item('d', NOW)], NOW + 8 * 24 * H, true)).toEqual({ sent: 0 });
  });

  test('viewers send nothing', async () => {
    const { token } = await srv.member(admin, 'viewer');
    const db = await freshDb();
    const before = requests.length;
    const out = await uploadDailyAggregates(db, account(token, 'viewer'), {
      fetch: fetchFn,
      now: () => NOW,
      load: async () => input([item('a', NOW)]),
      force: true,
    });
    expect(out).toEqual({ sent: 0 });
    expect(requests.length).toBe(before);
  });

  test("a sync round sends the database's days, and reports.team answers by role and reachability", async () => {
    const db = await freshDb();
    await db.items.bulkPut([stored('x:1', Date.now() - H), stored('x:2', Date.now() - 2 * H)]);
    const { invite } = (await srv.call(admin)('POST', '/v1/invites', { role: 'editor' })) as { invite: string };
    const sync = new SyncService(db, { fetch: fetchFn, maxAttempts: 1 });
    const deps = { sync } as BackgroundDeps;
    const handler = createTeamReportsHandlers(deps)['reports.team'];
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const q = { from: day(Date.now() - 30 * 24 * H), to: day(Date.now() + 48 * H) };
    expect(await handler(q, {} as never)).toEqual({ state: 'off' });
    await sync.join({ serverUrl: BASE, invite, label: 'Laptop' });
    expect(requests).toContain('POST /v1/reports/daily');
    const ok = await handler(q, {} as never);
    expect(ok.state).toBe('ok');
    if (ok.state === 'ok') expect(ok.report.total.mentions).toBeGreaterThanOrEqual(2);
    expect(await handler({ ...q, by: 'cm' }, {} as never)).toEqual({ state: 'forbidden' });
    const offline = new SyncService(db, {
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    const off = createTeamReportsHandlers({ sync: offline } as BackgroundDeps)['reports.team'];
    expect(await off(q, {} as never)).toEqual({ state: 'offline' });
  });
});
