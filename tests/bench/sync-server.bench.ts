// Team sync server throughput, in-process (no sockets): pushing 2,000 field edits in batches of
// 200, pulling them all back by cursor, and a busy record (every push conflicts). On PGlite, and
// on PostgreSQL too when TACT_TEST_DATABASE_URL is set. Budgets are floors for a small team server.
import type { AsyncBenchmark, Metric } from '../../scripts/bench';
import { createApp } from '../../server/app';
import { migrate, openPglite, openPostgres, type Db } from '../../server/db';
import { Store } from '../../server/store';
import { httpCaller } from '../../utils/sync/core/client';
import { encodeHlc } from '../../utils/sync/core/hlc';
import pg from 'pg';

const BASE = 'http://bench';

async function run(label: string, db: Db): Promise<Metric[]> {
  await migrate(db);
  const store = new Store(db);
  const app = createApp({ store: () => store, rateLimit: { burst: 1e9, perSecond: 1e9 } });
  const f = ((u: RequestInfo | URL, init?: RequestInit) => app.request(String(u), init)) as typeof fetch;
  const { teamId } = await store.createTeam('bench');
  const { invite } = await store.createInvite(teamId, 'editor', 3600, null);
  const { token } = (await httpCaller(BASE, f)('POST', '/v1/join', { invite, label: 'bench' })) as { token: string };
  const call = httpCaller(BASE, f, token);
  let n = 0;
  const batch = (ids: (i: number) => string) =>
    Array.from({ length: 200 }, (_, i) => ({
      changeId: `bench_${++n}_000000`,
      record: {
        table: 'snippets',
        id: ids(i),
        fields: {
          body: {
            value: `text ${n} `.repeat(10),
            hlc: encodeHlc({ wall: Date.now(), counter: n % 1000, node: `d${n % 7}` }),
          },
        },
      },
    }));

  let t = performance.now();
  for (let k = 0; k < 10; k++) await call('POST', '/v1/push', { changes: batch((i) => `s${k}_${i}`) });
  const pushRate = 2000 / ((performance.now() - t) / 1000);

  t = performance.now();
  let cursor = 0;
  let pulled = 0;
  for (;;) {
    const page = (await call('GET', `/v1/pull?cursor=${cursor}&limit=500`)) as {
      records: unknown[];
      cursor: number;
      more: boolean;
    };
    pulled += page.records.length;
    cursor = page.cursor;
    if (!page.more) break;
  }
  const pullRate = pulled / ((performance.now() - t) / 1000);

  // 200 edits of 20 shared records per push, from 7 "devices": most of them overwrite a value.
  t = performance.now();
  for (let k = 0; k < 5; k++) await call('POST', '/v1/push', { changes: batch((i) => `hot${i % 20}`) });
  const conflictRate = 1000 / ((performance.now() - t) / 1000);
  await db.close();
  return [
    { name: `${label}: push, changes/s`, value: Math.round(pushRate), budget: 500, ok: pushRate >= 500 },
    { name: `${label}: pull, records/s`, value: Math.round(pullRate), budget: 2000, ok: pullRate >= 2000 },
    {
      name: `${label}: push on contended records, changes/s`,
      value: Math.round(conflictRate),
      budget: 300,
      ok: conflictRate >= 300,
    },
  ];
}

export const benchmarks: AsyncBenchmark[] = [
  { kind: 'async', name: 'sync server (PGlite)', measure: async () => run('PGlite', await openPglite()) },
  {
    kind: 'async',
    name: 'sync server (PostgreSQL)',
    measure: async () => {
      const url = process.env.TACT_TEST_DATABASE_URL;
      if (!url) return [{ name: 'PostgreSQL: skipped (TACT_TEST_DATABASE_URL not set)', value: '-' }];
      const schema = `tact_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      try {
        return await run('PostgreSQL', await openPostgres(url, { schema }));
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    },
  },
];
