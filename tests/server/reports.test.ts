// Team reports on the server: daily aggregates pushed per device and day (a re-send replaces), the
// team's figures for any range equal to the sums of what was pushed (month rollups included), who may
// push and read (CM vs CM for admins only), teams kept apart, and bad bodies refused.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../server/db';
import { splitRange } from '../../server/reports';
import { addSums, figuresOf, type DailyAggregate, type DailyRow } from '../../utils/reports/core/daily';
import { sketchOf } from '../../utils/reports/core/sketch';
import { reportsApi, type TeamReportQuery } from '../../utils/sync/core/reports-protocol';
import { pick, seeded } from '../support/random';
import { backends, BASE, server, type TestServer } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

function row(over: Partial<DailyRow> = {}): DailyRow {
  return {
    brandIds: ['acme'],
    platform: 'x',
    intent: 'question',
    cm: 'Sam',
    mentions: 4,
    actionable: 4,
    answered: 3,
    positive: 1,
    negative: 2,
    backlog: 1,
    firstResponse: sketchOf([5, 20, 600]),
    ...over,
  };
}

const api = (srv: TestServer, token: string) => reportsApi({ baseUrl: BASE, token, fetch: srv.fetch });

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** What a report must say, from the rows each device last sent, computed without the server. */
function expected(sent: Map<string, DailyAggregate[]>, q: TeamReportQuery) {
  const rows = [...sent.values()].flatMap((days) =>
    days.filter((d) => d.day >= q.from && d.day < q.to).flatMap((d) => d.rows),
  );
  const groups = new Map<string, DailyRow[]>();
  for (const r of rows) {
    const keys = q.by === 'brand' ? r.brandIds : q.by ? [r[q.by]] : [];
    for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return {
    total: figuresOf(addSums(rows)),
    groups: Object.fromEntries([...groups].map(([k, rs]) => [k, figuresOf(addSums(rs))])),
  };
}

describe('splitRange', () => {
  test('takes whole months as months and the rest as days', () => {
    expect(splitRange('2026-01-30', '2026-03-02')).toEqual({
      days: ['2026-01-30', '2026-01-31', '2026-03-01'],
      months: ['2026-02-01'],
    });
    expect(splitRange('2026-12-01', '2027-01-01')).toEqual({ days: [], months: ['2026-12-01'] });
    expect(splitRange('2026-02-10', '2026-02-12')).toEqual({ days: ['2026-02-10', '2026-02-11'], months: [] });
  });
});

describe.each(backends)('$name', (backend) => {
  let db: Db;
  let srv: TestServer;
  let admin: string;
  let editor: string;
  let viewer: string;
  beforeAll(async () => {
    db = await backend.open();
    srv = server(db);
    const team = await srv.team('Reports');
    admin = team.adminToken;
    editor = (await srv.member(admin, 'editor', 'Léa laptop')).token;
    viewer = (await srv.member(admin, 'viewer')).token;
  });
  afterAll(async () => {
    await db.close();
  });

  test('sums devices, replaces a re-sent day, and splits by CM, brand, platform and intent', async () => {
    await api(srv, admin).pushDays({ days: [{ day: '2026-05-04', rows: [row()] }] });
    await api(srv, editor).pushDays({
      days: [{ day: '2026-05-04', rows: [row({ cm: 'Léa', brandIds: ['acme', 'zed'], platform: 'reddit' })] }],
    });
    // A re-send of the same day replaces the device's rows: counted once, with the new values.
    await api(srv, editor).pushDays({
      days: [
        { day: '2026-05-04', rows: [row({ cm: 'Léa', brandIds: ['acme', 'zed'], platform: 'reddit', mentions: 6 })] },
      ],
    });
    const q = { from: '2026-05-01', to: '2026-05-08' };
    const total = await api(srv, editor).report(q);
    expect(total.total).toMatchObject({ mentions: 10, actionable: 8, answered: 6, backlog: 2 });
    expect(total.total.responseRate).toBe(0.75);
    expect(total.total.firstResponseMinutes.count).toBe(6);
    expect(total.total.firstResponseMinutes.median).toBeCloseTo(20, -0.5);
    const byBrand = await api(srv, editor).report({ ...q, by: 'brand' });
    expect(byBrand.groups.map((g) => [g.key, g.figures.mentions])).toEqual([
      ['acme', 10],
      ['zed', 6],
    ]);
    const byCm = await api(srv, admin).report({ ...q, by: 'cm' });
    expect(byCm.groups.map((g) => [g.key, g.figures.mentions])).toEqual([
      ['Léa', 6],
      ['Sam', 4],
    ]);
    // An empty day deletes what the device had sent for it.
    await api(srv, editor).pushDays({ days: [{ day: '2026-05-04', rows: [] }] });
    expect((await api(srv, editor).report(q)).total.mentions).toBe(4);
  });

  test('roles: viewers neither push nor read, editors do not compare CMs', async () => {
    const push = { days: [{ day: '2026-05-05', rows: [row()] }] };
    await expect(api(srv, viewer).pushDays(push)).rejects.toMatchObject({ status: 403 });
    await expect(api(srv, viewer).report({ from: '2026-05-01', to: '2026-05-02' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(api(srv, editor).report({ from: '2026-05-01', to: '2026-05-02', by: 'cm' })).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    await expect(api(srv, 'tact_nope').report({ from: '2026-05-01', to: '2026-05-02' })).rejects.toMatchObject({
      status: 401,
    });
  });

  test("another team's report is its own: nothing of this team reaches it", async () => {
    const other = await srv.team('Other');
    await api(srv, admin).pushDays({ days: [{ day: '2026-06-01', rows: [row({ mentions: 9 })] }] });
    const r = await api(srv, other.adminToken).report({ from: '2026-01-01', to: '2027-01-01', by: 'cm' });
    expect(r.total.mentions).toBe(0);
    expect(r.total.responseRate).toBeNull();
    expect(r.total.firstResponseMinutes.median).toBeNull();
    expect(r.groups).toEqual([]);
  });

  test('refuses bad bodies and queries', async () => {
    const raw = (path: string, body?: unknown, method = 'POST') =>
      srv.fetch(`${BASE}${path}`, {
        method,
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await raw('/v1/reports/daily', { days: [{ day: '2026-13-01', rows: [] }] })).status).toBe(400);
    const unsorted = row({
      firstResponse: [
        [9, 1],
        [3, 1],
      ],
    });
    expect((await raw('/v1/reports/daily', { days: [{ day: '2026-05-01', rows: [unsorted] }] })).status).toBe(400);
    const dup = { days: [{ day: '2026-05-01', rows: [row(), row({ mentions: 1 })] }] };
    expect((await raw('/v1/reports/daily', dup)).status).toBe(400);
    const swapped = {
      days: [{ day: '2026-05-01', rows: [row({ brandIds: ['a', 'b'] }), row({ brandIds: ['b', 'a'] })] }],
    };
    expect((await raw('/v1/reports/daily', swapped)).status).toBe(400);
    const sameBrand = { days: [{ day: '2026-05-01', rows: [row({ brandIds: ['acme', 'acme'] })] }] };
    expect((await raw('/v1/reports/daily', sameBrand)).status).toBe(400);
    const twice = {
      days: [
        { day: '2026-05-01', rows: [] },
        { day: '2026-05-01', rows: [] },
      ],
    };
    expect((await raw('/v1/reports/daily', twice)).status).toBe(400);
    const huge = { days: [{ day: '2026-05-01', rows: [row({ cm: 'x'.repeat(100) })] }], pad: 'x'.repeat(1_100_000) };
    expect((await raw('/v1/reports/daily', huge)).status).toBe(413);
    expect((await raw('/v1/reports?from=2026-05-02&to=2026-05-01', undefined, 'GET')).status).toBe(400);
    expect((await raw('/v1/reports?from=2020-01-01&to=2026-05-01', undefined, 'GET')).status).toBe(400);
    expect((await raw('/v1/reports?from=2026-05-01&to=2026-05-02&by=author', undefined, 'GET')).status).toBe(400);
  });

  test('any range equals the sums of what each device last sent, across months (random pushes)', async () => {
    const team = await srv.team('Random');
    const tokens = [
      team.adminToken,
      ...(await Promise.all([1, 2].map(async (i) => (await srv.member(team.adminToken, 'editor', `d${i}`)).token))),
    ];
    const rnd = seeded(15);
    const sent = new Map<string, DailyAggregate[]>();
    const start = '2026-01-20';
    for (let round = 0; round < 12; round++) {
      const device = pick(rnd, [0, 1, 2]);
      const first = Math.floor(rnd() * 60);
      const days: DailyAggregate[] = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, k) => ({
        day: addDays(start, first + k),
        rows: Array.from({ length: Math.floor(rnd() * 4) }, (_, j) => {
          const actionable = Math.floor(rnd() * 5);
          const answered = Math.floor(rnd() * (actionable + 1));
          return row({
            cm: `CM${device}`,
            intent: ['question', 'complaint', 'praise', 'other'][j]!,
            platform: pick(rnd, ['x', 'reddit', 'facebook'] as const),
            brandIds: pick(rnd, [['acme'], ['zed'], ['acme', 'zed']]),
            mentions: actionable + Math.floor(rnd() * 5),
            actionable,
            answered,
            backlog: actionable - answered,
            firstResponse: sketchOf(Array.from({ length: answered }, () => rnd() * 3000)),
          });
        }),
      }));
      await api(srv, tokens[device]!).pushDays({ days });
      const mine = (sent.get(String(device)) ?? []).filter((d) => !days.some((x) => x.day === d.day));
      sent.set(String(device), [...mine, ...days]);
    }
    for (const [from, to] of [
      ['2026-01-01', '2026-06-01'],
      ['2026-01-25', '2026-03-03'],
      ['2026-02-01', '2026-03-01'],
      ['2026-02-14', '2026-02-15'],
    ] as const)
      for (const by of [undefined, 'cm', 'brand', 'platform', 'intent'] as const) {
        const q = { from, to, ...(by ? { by } : {}) };
        const got = await api(srv, team.adminToken).report(q);
        const want = expected(sent, q);
        expect(got.total).toEqual(want.total);
        expect(Object.fromEntries(got.groups.map((g) => [g.key, g.figures]))).toEqual(want.groups);
      }
  });
});
