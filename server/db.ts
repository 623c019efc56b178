// The two databases the server runs on, behind one small interface: embedded PGlite (Postgres in
// WebAssembly, one process, a data directory) by default, PostgreSQL through `pg` for production
// and for several instances. Migrations are plain SQL, applied at start under an advisory lock so
// instances starting together do not race, and recorded so each runs once.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Db extends Sql {
  /** Run `fn` in one transaction (READ COMMITTED), rolled back if it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

export async function openPglite(dataDir?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (e) {
    release();
    throw e;
  }
  return {
    kind: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await db.query<T>(text, params)).rows }),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: async <T>(text: string, params?: unknown[]) => ({ rows: (await tx.query<T>(text, params)).rows }),
        }),
      ),
    close: () => db.close().finally(release),
  };
}

export async function openPostgres(url: string, options: { max?: number; schema?: string } = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Tests isolate themselves in a schema of their own.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', (e) => console.error('postgres pool:', e.message));
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: async <T>(text: string, params?: unknown[]) => ({ rows: (await pool.query(text, params)).rows as T[] }),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          query: async <T>(text: string, params?: unknown[]) => ({
            rows: (await client.query(text, params)).rows as T[],
          }),
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Ordered, append-only: never edit a migration once released, add the next one. */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE teams (
    id text PRIMARY KEY,
    name text NOT NULL,
    -- The team's cursor: pushes lock this row, so sequence numbers commit in order.
    seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE devices (
    id text PRIMARY KEY,
    team_id text NOT NULL REFERENCES teams(id),
    role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    label text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    invite_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz,
    revoked_at timestamptz
  );
  CREATE TABLE invites (
    id text PRIMARY KEY,
    team_id text NOT NULL REFERENCES teams(id),
    role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    code_hash text NOT NULL UNIQUE,
    created_by text,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    used_by text
  );
  CREATE TABLE records (
    team_id text NOT NULL REFERENCES teams(id),
    tbl text NOT NULL,
    id text NOT NULL,
    doc jsonb NOT NULL,
    seq bigint NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, tbl, id)
  );
  CREATE INDEX records_team_seq ON records (team_id, seq);
  CREATE TABLE applied_changes (
    team_id text NOT NULL REFERENCES teams(id),
    change_id text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, change_id)
  );
  CREATE TABLE conflicts (
    id bigserial PRIMARY KEY,
    team_id text NOT NULL REFERENCES teams(id),
    tbl text NOT NULL,
    record_id text NOT NULL,
    field text NOT NULL,
    value jsonb NOT NULL,
    hlc text NOT NULL,
    written_by text,
    lost_to text NOT NULL,
    overwritten_by text NOT NULL,
    -- false: the writer had seen the value it replaced (a plain edit, kept so nothing is ever lost)
    concurrent boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    restored_at timestamptz,
    restored_by text
  );
  CREATE INDEX conflicts_team ON conflicts (team_id, id);
  `,
  // 2: team reports (server/reports.ts): each device's daily aggregates, and their sums per day and month.
  `
  CREATE TABLE report_days (
    team_id text NOT NULL REFERENCES teams(id),
    device_id text NOT NULL,
    day date NOT NULL,
    brand_ids text[] NOT NULL,
    platform text NOT NULL,
    intent text NOT NULL,
    cm text NOT NULL,
    mentions int NOT NULL,
    actionable int NOT NULL,
    answered int NOT NULL,
    positive int NOT NULL,
    negative int NOT NULL,
    backlog int NOT NULL,
    sketch jsonb NOT NULL,
    PRIMARY KEY (team_id, device_id, day, brand_ids, platform, intent, cm)
  );
  CREATE INDEX report_days_team_day ON report_days (team_id, day);
  CREATE TABLE report_rollup (
    team_id text NOT NULL REFERENCES teams(id),
    span text NOT NULL CHECK (span IN ('day', 'month')),
    start date NOT NULL,
    dim text NOT NULL CHECK (dim IN ('all', 'cm', 'brand', 'platform', 'intent')),
    key text NOT NULL,
    mentions bigint NOT NULL,
    actionable bigint NOT NULL,
    answered bigint NOT NULL,
    positive bigint NOT NULL,
    negative bigint NOT NULL,
    backlog bigint NOT NULL,
    sketch jsonb NOT NULL,
    PRIMARY KEY (team_id, span, dim, start, key)
  );
  CREATE TABLE report_webhooks (
    team_id text PRIMARY KEY REFERENCES teams(id),
    url text NOT NULL,
    lang text NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'fr')),
    last_week text,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  `,
];

const MIGRATION_LOCK = 7_346_001; // any constant: the advisory lock key of this app

export async function migrate(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL ' +
        'DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)),
    );
    let applied = 0;
    for (const [i, sql] of MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      for (const statement of sql
        .split(/;\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied++;
    }
    return applied;
  });
}
