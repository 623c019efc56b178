// Team reports at scale (issue #15): a team of 50 CMs, each device having sent 730 days of daily
// aggregates (12 rows a day: platforms × intents, one brand or two), 438,000 rows. A team report read
// through the HTTP route (in-process) must take ≤ 300 ms on PostgreSQL: two years, CM vs CM; two years
// by brand; a quarter by CM; a ragged range. Also one device's daily push on the full table. PGlite's
// figures are shown for reference.
import pg from 'pg';
import type { AsyncBenchmark, Metric } from '../../scripts/bench';
import { createApp } from '../../server/app';
import { migrate, openPglite, openPostgres, type Db } from '../../server/db';
import { rebuildDays, rebuildMonths, splitRange } from '../../server/reports';
import { Store } from '../../server/store';
import type { DailyRow } from '../../utils/reports/core/daily';
import { sketchOf } from '../../utils/reports/core/sketch';
import { httpCaller } from '../../utils/sync/core/client';
import { reportsApi, type TeamReportQuery } from '../../utils/sync/core/reports-protocol';

const BASE = 'http://bench';
const FROM = '2025-01-01';
const TO = '2027-01-01';

/** 50 devices × 730 days × 12 rows, written in one statement, then every rollup rebuilt. */
async function seed(db: Db, teamId: string): Promise<void> {
  await db.query(
    `INSERT INTO report_days SELECT $1, 'dev' || c, d::date,
       CASE WHEN (c + k) % 3 = 0 THEN ARRAY['acme', 'zed'] ELSE ARRAY['acme'] END,
       (ARRAY['x', 'facebook', 'reddit', 'linkedin'])[1 + k % 4],
       (ARRAY['question', 'complaint', 'urgent', 'purchase_intent', 'praise', 'other'])[1 + k % 6],
       'CM ' || c, 5 + (c + k) % 5,
       CASE WHEN k % 6 < 4 THEN 5 + (c + k) % 5 ELSE 0 END,
       CASE WHEN k % 6 < 4 THEN 3 + k % 3 ELSE 0 END,
       (c * k) % 3, (c + k) % 2,
       CASE WHEN k % 6 < 4 THEN 2 + (c + k) % 5 - k % 3 ELSE 0 END,
       CASE WHEN k % 6 < 4 THEN jsonb_build_array(jsonb_build_array(100 + (c * 7 + k) % 150, 2 + k % 3),
         jsonb_build_array(260 + (c + k) % 100, 1)) ELSE '[]'::jsonb END
     FROM generate_series(1, 50) c, generate_series($2::date, $3::date - 1, interval '1 day') d,
       generate_series(0, 11) k`,
    [teamId, FROM, TO],
  );
  const all = everyDay(FROM, TO);
  for (let i = 0; i < all.length; i += 31) await db.transaction((tx) => rebuildDays(tx, teamId, all.slice(i, i + 31)));
  await db.transaction((tx) => rebuildMonths(tx, teamId, splitRange(FROM, TO).months));
}

function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t < Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

async function timeIt(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function run(label: string, db: Db, budgetMs: number): Promise<Metric[]> {
  await migrate(db);
  const store = new Store(db);
  const app = createApp({ store: () => store, rateLimit: { burst: 1e9, perSecond: 1e9 } });
  const f = ((u: RequestInfo | URL, init?: RequestInit) => app.request(String(u), init)) as typeof fetch;
  const { teamId } = await store.createTeam('bench');
  const { invite } = await store.createInvite(teamId, 'admin', 3600, null);
  const { token } = (await httpCaller(BASE, f)('POST', '/v1/join', { invite, label: 'bench' })) as { token: string };
  let t = performance.now();
  await seed(db, teamId);
  const seedMs = performance.now() - t;
  const api = reportsApi({ baseUrl: BASE, token, fetch: f });
  const cases: [string, TeamReportQuery][] = [
    ['2 years, CM vs CM', { from: FROM, to: TO, by: 'cm' }],
    ['2 years, by brand', { from: FROM, to: TO, by: 'brand' }],
    ['a quarter, CM vs CM', { from: '2026-07-01', to: '2026-10-01', by: 'cm' }],
    ['ragged 23 months, by intent', { from: '2025-01-15', to: '2026-12-20', by: 'intent' }],
  ];
  const out: Metric[] = [{ name: `${label}: seed 438,000 rows + rollups, s`, value: (seedMs / 1000).toFixed(1) }];
  for (const [name, q] of cases) {
    const ms = await timeIt(async () => {
      const r = await api.report(q);
      if (r.total.mentions === 0) throw new Error('empty report');
    });
    out.push({ name: `${label}: ${name}, ms`, value: Math.round(ms), budget: budgetMs, ok: ms <= budgetMs });
  }
  const day = { day: '2026-12-30', rows: [] as DailyRow[] };
  for (let k = 0; k < 12; k++) day.rows.push(benchRow(k));
  t = performance.now();
  await api.pushDays({ days: [day] });
  const pushMs = performance.now() - t;
  out.push({ name: `${label}: one device's daily push (full table), ms`, value: Math.round(pushMs) });
  await db.close();
  return out;
}

function benchRow(k: number): DailyRow {
  return {
    brandIds: ['acme'],
    platform: (['x', 'facebook', 'reddit', 'linkedin'] as const)[k % 4]!,
    intent: ['question', 'complaint', 'urgent', 'purchase_intent', 'praise', 'other'][k % 6]!,
    cm: 'CM bench',
    mentions: 5,
    actionable: 5,
    answered: 3,
    positive: 1,
    negative: 1,
    backlog: 2,
    firstResponse: sketchOf([4, 30, 200]),
  };
}

export const benchmarks: AsyncBenchmark[] = [
  { kind: 'async', name: 'team report (PGlite)', measure: async () => run('PGlite', await openPglite(), 1000) },
  {
    kind: 'async',
    name: 'team report (PostgreSQL)',
    measure: async () => {
      const url = process.env.TACT_TEST_DATABASE_URL;
      if (!url) return [{ name: 'PostgreSQL: skipped (TACT_TEST_DATABASE_URL not set)', value: '-' }];
      const schema = `tact_bench_report_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      try {
        return await run('PostgreSQL', await openPostgres(url, { schema }), 300);
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    },
  },
];
