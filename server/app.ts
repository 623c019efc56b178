// The team sync server's HTTP routes. No state of its own but the rate limiter: everything lives in
// the store, so several instances can serve one PostgreSQL. Every body is checked with the shared
// zod schemas; every error is JSON `{error: {code, message}}`.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from '../utils/shared/zod';
import {
  inviteRequestSchema,
  joinRequestSchema,
  LIMITS,
  pullQuerySchema,
  pushRequestSchema,
  syncTableSchema,
  type Role,
} from '../utils/sync/core/protocol';
import { REPORT_BODY_BYTES } from '../utils/sync/core/reports-protocol';
import { parseJsonText } from './body';
import { reportRoutes } from './report-routes';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { ApiError, type Device, type Store } from './store';

export interface AppOptions {
  /** The store, or undefined while the database is starting (then only /health answers, with 503). */
  store: () => Store | undefined;
  /** Per device; joins are limited per client address with the same numbers. Default: burst 120, 4/s. */
  rateLimit?: RateLimitOptions;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Largest push body (default LIMITS.bodyBytes); the other routes take a few KB at most. */
  maxBodyBytes?: number;
  /** The client address when not behind a proxy (the Node entry passes the socket's). */
  remoteAddress?: (c: Context) => string | undefined;
}

export type Env = { Variables: { device: Device; store: Store } };

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function createApp(options: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = new RateLimiter(options.rateLimit ?? { burst: 120, perSecond: 4 });
  const limit = (key: string) => {
    const waitMs = limiter.take(key);
    if (waitMs > 0) throw new RateLimited(waitMs);
  };
  // In this order: Hono runs middleware and routes as they were added.
  answerErrors(app);
  healthRoute(app, options);
  openRoutes(app, options, limit);
  // Everything else: a valid, unrevoked device token. Failed attempts are limited per address, and
  // an address out of attempts is refused before the database is asked (guessing tokens costs us nothing).
  app.use('/v1/*', async (c, next) => {
    const failKey = `auth:${clientAddress(c, options)}`;
    const blockedMs = limiter.peek(failKey);
    if (blockedMs > 0) throw new RateLimited(blockedMs);
    const m = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const device = m ? await c.var.store.authenticate(m[1]!) : undefined;
    if (!device) {
      limit(failKey);
      throw new ApiError(
        401,
        'unauthorized',
        m ? 'Unknown or revoked token.' : 'Missing "Authorization: Bearer <token>".',
      );
    }
    limit(`device:${device.id}`);
    c.set('device', device);
    await next();
  });
  syncRoutes(app);
  teamRoutes(app);
  reportRoutes(app, { need, parse, parseBody });
  return app;
}

/** Every error as JSON `{error: {code, message}}`, with Retry-After when rate limited. */
function answerErrors(app: Hono<Env>): void {
  app.onError((err, c) => {
    if (err instanceof RateLimited) c.header('Retry-After', String(Math.ceil(err.waitMs / 1000)));
    if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
    if (err instanceof HTTPException)
      return c.json({ error: { code: `http_${err.status}`, message: err.message || 'Request refused.' } }, err.status);
    // Never the error's message or detail: a database error can quote the values it was given.
    console.error('sync server error:', describeError(err));
    return c.json({ error: { code: 'internal', message: 'Internal server error.' } }, 500);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}.` } }, 404),
  );
}

function healthRoute(app: Hono<Env>, options: AppOptions): void {
  // Asks the database each time, so a load balancer stops sending traffic to an instance whose
  // PostgreSQL connection is gone, not only to one still starting.
  app.get('/health', async (c) => {
    const store = options.store();
    if (!store)
      return c.json({ ok: false, error: { code: 'starting', message: 'The database is not ready yet.' } }, 503);
    try {
      await store.db.query('SELECT 1');
    } catch {
      return c.json({ ok: false, error: { code: 'db_unavailable', message: 'The database does not answer.' } }, 503);
    }
    return c.json({ ok: true, db: store.db.kind });
  });
}

/** The store and the body limit for every /v1 route, and the one route without a token: joining. */
function openRoutes(app: Hono<Env>, options: AppOptions, limit: (key: string) => void): void {
  app.use('/v1/*', async (c, next) => {
    const store = options.store();
    if (!store) throw new ApiError(503, 'starting', 'The database is not ready yet.');
    c.set('store', store);
    await next();
  });
  // Per route, before anything is read: only a push may be large.
  app.use('/v1/*', (c, next) => {
    const maxSize = bodyBytesFor(c.req.path, options);
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'too_large', `Request body larger than ${maxSize} bytes.`);
      },
    })(c, next);
  });

  // Joining needs no token: the invite is the credential.
  app.post('/v1/join', async (c) => {
    limit(`join:${clientAddress(c, options)}`);
    const body = await parseBody(c, joinRequestSchema);
    const { token, device } = await c.var.store.join(body.invite, body.label);
    return c.json(
      { token, deviceId: device.id, teamId: device.teamId, teamName: device.teamName, role: device.role },
      201,
    );
  });
}

/** Body sizes per route: a push up to its documented maximum, joins and the rest a few KB. */
export const BODY_BYTES = { join: 4 * 1024, other: 16 * 1024 } as const;
const bodyBytesFor = (path: string, options: AppOptions): number =>
  path === '/v1/push'
    ? (options.maxBodyBytes ?? LIMITS.bodyBytes)
    : path === '/v1/join'
      ? BODY_BYTES.join
      : path === '/v1/reports/daily'
        ? REPORT_BODY_BYTES
        : BODY_BYTES.other;

/**
 * The client's address. Behind a proxy, the rightmost X-Forwarded-For entry: the one our proxy
 * appended. The entries left of it were sent by the client and can say anything.
 */
function clientAddress(c: Context, options: AppOptions): string {
  if (options.trustProxy) {
    const xff = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (xff) return xff;
  }
  return options.remoteAddress?.(c) ?? 'unknown';
}

/** What to log of an unexpected error: its kind, code and where it came from, not its message. */
function describeError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err as { code?: unknown }).code;
  const where = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  return [`${err.name}${typeof code === 'string' ? ` (${code.slice(0, 20)})` : ''}`, ...where.slice(0, 8)].join('\n');
}

/** The device's role must reach `role`. */
function need(c: Context<Env>, role: Role): Device {
  const device = c.var.device;
  if (RANK[device.role] < RANK[role])
    throw new ApiError(403, 'forbidden', `This needs the ${role} role; this device is ${device.role}.`);
  return device;
}

/** Who am I, push, pull, and the conflict log. */
function syncRoutes(app: Hono<Env>): void {
  app.get('/v1/me', (c) => {
    const d = c.var.device;
    return c.json({ deviceId: d.id, label: d.label, teamId: d.teamId, teamName: d.teamName, role: d.role });
  });

  app.post('/v1/push', async (c) => {
    const device = need(c, 'editor');
    const body = await parseBody(c, pushRequestSchema);
    return c.json(await c.var.store.push(device, body.changes));
  });

  app.get('/v1/pull', async (c) => {
    const device = need(c, 'viewer');
    const q = parse(pullQuerySchema, c.req.query());
    return c.json({ ...(await c.var.store.pull(device.teamId, q.cursor, q.limit)), serverTime: Date.now() });
  });

  app.get('/v1/conflicts', async (c) => {
    const device = need(c, 'editor');
    const { concurrent, ...q } = parse(conflictQuery, c.req.query());
    return c.json(
      await c.var.store.listConflicts(device.teamId, {
        ...q,
        concurrentOnly: concurrent === '1' || concurrent === 'true',
      }),
    );
  });

  app.post('/v1/conflicts/:id/restore', async (c) => {
    const device = need(c, 'editor');
    const id = parse(idParam, c.req.param('id'));
    const out = await c.var.store.restoreConflict(device, id);
    return c.json(out);
  });
}

/** Invites and devices. */
function teamRoutes(app: Hono<Env>): void {
  app.post('/v1/invites', async (c) => {
    const device = need(c, 'admin');
    const body = await parseBody(c, inviteRequestSchema);
    const out = await c.var.store.createInvite(device.teamId, body.role, body.ttlSeconds, device.id);
    return c.json({ ...out, role: body.role }, 201);
  });

  app.get('/v1/devices', async (c) => {
    const device = need(c, 'viewer');
    return c.json({ devices: await c.var.store.listDevices(device.teamId) });
  });

  // Admins revoke any device of their team; any device may revoke itself (leaving the team).
  app.delete('/v1/devices/:id', async (c) => {
    const device = c.var.device;
    const target = c.req.param('id') === 'me' ? device.id : c.req.param('id');
    if (target !== device.id) need(c, 'admin');
    await c.var.store.revokeDevice(device.teamId, target);
    return c.json({ revoked: target });
  });
}

export class RateLimited extends ApiError {
  constructor(readonly waitMs: number) {
    super(429, 'rate_limited', `Too many requests; retry in ${Math.ceil(waitMs / 1000)} s.`);
  }
}

const conflictQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Page backwards: conflicts with an id below this one. */
  before: z.coerce.number().int().positive().optional(),
  table: syncTableSchema.optional(),
  recordId: z.string().min(1).max(LIMITS.idLength).optional(),
  /** `concurrent=1`: only real conflicts, not plain overwrites of a value the writer had seen. */
  concurrent: z.enum(['0', '1', 'true', 'false']).optional(),
});
const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  throw new ApiError(400, 'invalid', issues.join('; ').slice(0, 1000));
}

async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  // Only a push carries values (nested up to LIMITS.valueDepth under six levels of envelope).
  const maxDepth = c.req.path === '/v1/push' ? LIMITS.valueDepth + 8 : 8;
  return parse(schema, parseJsonText(await c.req.text(), maxDepth));
}
