// Shared set-up of the server tests: the databases to run on (PGlite always; PostgreSQL when
// TACT_TEST_DATABASE_URL is set, each test file in a schema of its own), the app called in-process
// through `fetch`, and sync clients with in-memory storage.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp, type AppOptions } from '../../server/app';
import { migrate, openPglite, openPostgres, type Db } from '../../server/db';
import { Store } from '../../server/store';
import {
  httpCaller,
  httpTransport,
  MemorySyncStorage,
  SyncClient,
  type SyncTransport,
} from '../../utils/sync/core/client';
import type { Role } from '../../utils/sync/core/protocol';

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database. */
  open(): Promise<Db>;
  /** The same database again through a new connection (a restarted or second instance). */
  reopen?(db: Db): Promise<Db>;
  cleanup(): Promise<void>;
}

const pgUrl = process.env.TACT_TEST_DATABASE_URL;
if (!pgUrl) {
  if (process.env.CI === 'true')
    throw new Error(
      'CI=true but TACT_TEST_DATABASE_URL is not set: the PostgreSQL run of the sync server tests cannot be ' +
        'skipped in CI.',
    );
  console.log(
    'Sync server tests: TACT_TEST_DATABASE_URL not set, running on PGlite only (PostgreSQL runs are skipped).',
  );
}

function pgliteBackend(): Backend {
  return { name: 'pglite', open: async () => migrated(await openPglite()), cleanup: async () => {} };
}

function postgresBackend(url: string): Backend {
  const schemas = new Map<Db, string>();
  const created: string[] = [];
  return {
    name: 'postgres',
    async open() {
      const schema = `tact_t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      created.push(schema);
      const db = await migrated(await openPostgres(url, { schema, max: 5 }));
      schemas.set(db, schema);
      return db;
    },
    async reopen(db) {
      const schema = schemas.get(db)!;
      const again = await migrated(await openPostgres(url, { schema, max: 5 }));
      schemas.set(again, schema);
      return again;
    },
    async cleanup() {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (const s of created.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await admin.end();
    },
  };
}

export const backends: Backend[] = [pgliteBackend(), ...(pgUrl ? [postgresBackend(pgUrl)] : [])];

async function migrated(db: Db): Promise<Db> {
  await migrate(db);
  return db;
}

export const BASE = 'http://sync.test';

/** The app around `db`, plus helpers to make teams and members through the real HTTP routes. */
export function server(db: Db, options: Partial<AppOptions> & { now?: () => number } = {}) {
  let store: Store | undefined = new Store(db, options.now);
  const app = createApp({ store: () => store, rateLimit: { burst: 1e9, perSecond: 1e9 }, ...options });
  const fetchFn = ((input: RequestInfo | URL, init?: RequestInit) => app.request(String(input), init)) as typeof fetch;
  return {
    app,
    get store() {
      return store!;
    },
    setStore(s: Store | undefined) {
      store = s;
    },
    fetch: fetchFn,
    call: (token?: string) => httpCaller(BASE, fetchFn, token),
    async team(name = 'Team') {
      const { teamId } = await store!.createTeam(name);
      const { invite } = await store!.createInvite(teamId, 'admin', 3600, null);
      const admin = (await httpCaller(BASE, fetchFn)('POST', '/v1/join', { invite, label: 'admin' })) as {
        token: string;
      };
      return { teamId, adminToken: admin.token };
    },
    async member(adminToken: string, role: Role, label: string = role) {
      const { invite } = (await httpCaller(BASE, fetchFn, adminToken)('POST', '/v1/invites', { role })) as {
        invite: string;
      };
      return (await httpCaller(BASE, fetchFn)('POST', '/v1/join', { invite, label })) as {
        token: string;
        deviceId: string;
      };
    },
  };
}

export type TestServer = ReturnType<typeof server>;

let ids = 0;
/** A sync client on memory storage that never really sleeps between retries. */
export function client(
  srv: { fetch: typeof fetch },
  token: string,
  nodeId: string,
  wrap?: (t: SyncTransport) => SyncTransport,
  now?: () => number,
) {
  const storage = new MemorySyncStorage();
  const base = httpTransport({ baseUrl: BASE, token, fetch: srv.fetch });
  const sync = new SyncClient({
    storage,
    transport: wrap ? wrap(base) : base,
    nodeId,
    sleep: async () => {},
    newId: () => `chg_${nodeId}_${String(++ids).padStart(6, '0')}`,
    ...(now ? { now } : {}),
  });
  return { sync, storage, nodeId };
}

/** A client's visible state: table/id → field values (deleted records left out). */
export function visible(storage: MemorySyncStorage): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of [...storage.records.values()].sort((a, b) => (a.table + a.id < b.table + b.id ? -1 : 1))) {
    const alive = !r.deleted || Object.values(r.fields).some((c) => c.hlc > r.deleted!);
    if (alive)
      out[`${r.table}/${r.id}`] = Object.fromEntries(
        Object.entries(r.fields)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([k, c]) => [k, c.value]),
      );
  }
  return out;
}
