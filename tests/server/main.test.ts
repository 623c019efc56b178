// The README's commands, for real: `npm run server -- create-team`, then `npm run server` on port 0
// (PGlite in a temporary TACT_DATA_DIR, and PostgreSQL through DATABASE_URL when available):
// /health, joining with the printed invite, a push and a pull over HTTP, a clean stop.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { httpCaller, httpTransport, MemorySyncStorage, SyncClient } from '../../utils/sync/core/client';
import { backends } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'server/main.ts');
// What `npm run server` runs (tsx), loaded into node itself: the tsx command relays signals with a
// 30 ms window and SIGKILLs the server when a loaded machine misses it.
const NODE_ARGS = ['--import', 'tsx', MAIN];

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

/** A fresh database for DATABASE_URL (dropped afterwards). */
async function freshDatabase(url: string) {
  const name = `tact_main_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

describe.each(backends)('$name', (backend) => {
  test('create-team prints an invite; the server starts, reports health, syncs, stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tact-main-'));
    const pgDb = backend.name === 'postgres' ? await freshDatabase(process.env.TACT_TEST_DATABASE_URL!) : undefined;
    const env = { ...process.env, TACT_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: pgDb?.url ?? '' };
    try {
      const created = spawnSync(process.execPath, [...NODE_ARGS, 'create-team', 'Acme', 'Social'], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toContain('Team "Acme Social" created');
      const invite = /^(tinv_\S+)$/m.exec(created.stdout)?.[1];
      expect(invite).toBeTruthy();
      expect(
        spawnSync(process.execPath, [...NODE_ARGS, 'create-team'], {
          cwd: ROOT,
          env,
          encoding: 'utf8',
          timeout: 60_000,
        }).status,
      ).toBe(1);
      // The way back in when every admin device is lost: another invite from the command line.
      const teamId = /created: (tm_\S+)/.exec(created.stdout)?.[1];
      const again = spawnSync(process.execPath, [...NODE_ARGS, 'invite', teamId!, 'viewer'], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/^viewer invite for tm_\S+ .*\ntinv_\S+/m);

      const child = spawn(process.execPath, NODE_ARGS, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (out += String(d)));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      try {
        const port = await waitFor(
          () => /listening on http:\/\/[^:]+:(\d+)/.exec(out)?.[1],
          30_000,
          () => out,
        );
        const base = `http://127.0.0.1:${port}`;
        await waitFor(
          async () => ((await fetch(`${base}/health`)).status === 200 ? true : undefined),
          30_000,
          () => out,
        );
        expect(await (await fetch(`${base}/health`)).json()).toEqual({ ok: true, db: backend.name });

        const joined = (await httpCaller(base)('POST', '/v1/join', { invite, label: 'my laptop' })) as {
          token: string;
          role: string;
        };
        expect(joined.role).toBe('admin');
        const a = new SyncClient({
          storage: new MemorySyncStorage(),
          transport: httpTransport({ baseUrl: base, token: joined.token }),
          nodeId: 'laptop',
        });
        await a.edit('snippets', 'hello', { body: 'Bonjour !' });
        expect((await a.sync()).state).toBe('idle');
        const { invite: second } = (await httpCaller(base, fetch, joined.token)('POST', '/v1/invites', {
          role: 'viewer',
        })) as { invite: string };
        const viewer = (await httpCaller(base)('POST', '/v1/join', { invite: second, label: 'phone' })) as {
          token: string;
        };
        const storage = new MemorySyncStorage();
        const b = new SyncClient({
          storage,
          transport: httpTransport({ baseUrl: base, token: viewer.token }),
          nodeId: 'phone',
        });
        expect((await b.sync()).state).toBe('idle');
        expect((await storage.getRecord('snippets', 'hello'))!.fields.body!.value).toBe('Bonjour !');
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await pgDb?.drop();
    }
  }, 180_000); // three Node processes, each opening PGlite: slow on a busy machine
});

async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  log: () => string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`timed out; server output:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
