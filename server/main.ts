// `npm run server`: the team sync server. Embedded PGlite in TACT_DATA_DIR (default ./server-data)
// unless DATABASE_URL points at PostgreSQL; listens on PORT (default 8787) at once, and /health
// answers 200 once the database is open and migrated.
// `npm run server -- create-team <name>` creates a team and prints its first admin invite.
// `npm run server -- invite <teamId> [viewer|editor|admin]` prints another invite (recovery).
// `npm run server -- report-webhook <teamId> <url|off> [en|fr]` sets the team's weekly report webhook.
import { serve } from '@hono/node-server';
import path from 'node:path';
import { roleSchema } from '../utils/sync/core/protocol';
import { createApp } from './app';
import { migrate, openPglite, openPostgres, type Db } from './db';
import { setWebhook, startWeeklyWebhooks, webhookLangSchema, webhookUrlSchema } from './report-webhook';
import { Store } from './store';

const INVITE_TTL_SECONDS = 7 * 24 * 3600;

export function config(env: NodeJS.ProcessEnv = process.env) {
  const port = env.PORT ? Number(env.PORT) : 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  const num = (name: string, fallback: number) => {
    const v = env[name] ? Number(env[name]) : fallback;
    if (!Number.isFinite(v) || v <= 0)
      throw new Error(`${name} must be a positive number, got ${JSON.stringify(env[name])}`);
    return v;
  };
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.TACT_DATA_DIR || './server-data'),
    trustProxy: env.TACT_TRUST_PROXY === '1' || env.TACT_TRUST_PROXY === 'true',
    rateLimit: { burst: num('TACT_RATE_BURST', 120), perSecond: num('TACT_RATE_PER_SECOND', 4) },
  };
}

export async function openDb(cfg: ReturnType<typeof config>): Promise<Db> {
  const db = cfg.databaseUrl ? await openPostgres(cfg.databaseUrl) : await openPglite(cfg.dataDir);
  await migrate(db);
  return db;
}

async function cli(args: string[]): Promise<void> {
  const cfg = config();
  // Check the arguments before opening the database (PGlite takes seconds to start).
  if (args[0] === 'create-team' && !args.slice(1).join(' ').trim())
    throw new Error('usage: npm run server -- create-team <team name>');
  if (args[0] === 'invite' && (!args[1] || !roleSchema.safeParse(args[2] ?? 'admin').success))
    throw new Error('usage: npm run server -- invite <teamId> [viewer|editor|admin]');
  if (args[0] === 'report-webhook') return webhookCli(cfg, args);
  const db = await openDb(cfg);
  try {
    const store = new Store(db);
    if (args[0] === 'create-team') {
      const name = args.slice(1).join(' ').trim();
      if (!name) throw new Error('usage: npm run server -- create-team <team name>');
      const { teamId } = await store.createTeam(name);
      const { invite, expiresAt } = await store.createInvite(teamId, 'admin', INVITE_TTL_SECONDS, null);
      console.log(`Team "${name}" created: ${teamId}\nAdmin invite (single use, expires ${expiresAt}):\n${invite}`);
    } else {
      const teamId = args[1];
      const role = roleSchema.safeParse(args[2] ?? 'admin');
      if (!teamId || !role.success) throw new Error('usage: npm run server -- invite <teamId> [viewer|editor|admin]');
      const team = (await db.query('SELECT 1 FROM teams WHERE id = $1', [teamId])).rows[0];
      if (!team) throw new Error(`No team ${teamId}.`);
      const { invite, expiresAt } = await store.createInvite(teamId, role.data, INVITE_TTL_SECONDS, null);
      console.log(`${role.data} invite for ${teamId} (single use, expires ${expiresAt}):\n${invite}`);
    }
  } finally {
    await db.close();
  }
}

const WEBHOOK_USAGE = 'usage: npm run server -- report-webhook <teamId> <https://… | off> [en|fr]';

/** Sets or removes a team's weekly report webhook (Slack or Teams incoming webhook URL). */
async function webhookCli(cfg: ReturnType<typeof config>, args: string[]): Promise<void> {
  const [, teamId, url, lang = 'en'] = args;
  const off = url === 'off';
  if (
    !teamId ||
    !url ||
    (!off && !webhookUrlSchema.safeParse(url).success) ||
    !webhookLangSchema.safeParse(lang).success
  )
    throw new Error(WEBHOOK_USAGE);
  const db = await openDb(cfg);
  try {
    if (!(await db.query('SELECT 1 FROM teams WHERE id = $1', [teamId])).rows[0]) throw new Error(`No team ${teamId}.`);
    await setWebhook(db, teamId, off ? null : url, webhookLangSchema.parse(lang));
    console.log(
      off ? `Weekly report webhook of ${teamId} removed.` : `Weekly report webhook of ${teamId} set (${lang}).`,
    );
  } finally {
    await db.close();
  }
}

async function start(): Promise<void> {
  const cfg = config();
  // eslint-disable-next-line prefer-const -- read (undefined: 503) by requests before the database opens
  let store: Store | undefined;
  const app = createApp({
    store: () => store,
    rateLimit: cfg.rateLimit,
    trustProxy: cfg.trustProxy,
    remoteAddress: (c) =>
      (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress,
  });
  const server = serve({ fetch: app.fetch, port: cfg.port, hostname: cfg.host }, (info) => {
    console.log(
      `Tact sync server listening on http://${cfg.host}:${info.port} (${cfg.databaseUrl ? 'PostgreSQL' : `PGlite in ${cfg.dataDir}`})`,
    );
  });
  // Stop cleanly (close the database: PGlite writes its files) from the very start.
  // eslint-disable-next-line prefer-const -- read by stop() before the database opens
  let db: Db | undefined;
  let stopping = false;
  let stopWebhooks = () => {};
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopWebhooks();
    server.close(() => void (db ? db.close() : Promise.resolve()).then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  db = await openDb(cfg);
  if (stopping) return void (await db.close());
  store = new Store(db);
  stopWebhooks = startWeeklyWebhooks(db);
  console.log('Database ready.');
}

const args = process.argv.slice(2);
const run =
  args[0] === 'create-team' || args[0] === 'invite' || args[0] === 'report-webhook'
    ? cli(args)
    : args.length
      ? Promise.reject(new Error(`unknown command ${args[0]}; try create-team <name>`))
      : start();
run.catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
