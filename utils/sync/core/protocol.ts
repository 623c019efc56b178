// The sync wire format, shared by the team server and the extension's client. Every body is checked
// with these schemas on both ends, and every size is bounded so one bad client cannot make the server
// (or another client) swallow megabytes.
import { z } from '../../shared/zod';
import { HLC_RE, NODE_RE } from './hlc';

/** What can be shared with a team ('welcomes': a brand community's newcomers a CM welcomed, utils/care). */
export const SYNC_TABLES = ['brands', 'toneProfiles', 'snippets', 'trollNotes', 'welcomes'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

export const LIMITS = {
  /** ≥ the longest local key (an author key: authorKeySchema, 500). */
  idLength: 512,
  fieldNameLength: 64,
  fieldsPerRecord: 64,
  /** One field's JSON, in UTF-16 code units (≈ bytes for Latin text). */
  valueChars: 32 * 1024,
  valueDepth: 32,
  changesPerPush: 500,
  pullLimitMax: 1000,
  pullLimitDefault: 500,
  /** Whole request body, enforced before parsing. */
  bodyBytes: 2 * 1024 * 1024,
  labelLength: 100,
} as const;

export const hlcSchema = z.string().max(80).regex(HLC_RE, 'not a hybrid logical clock timestamp');
export const nodeIdSchema = z.string().regex(NODE_RE, 'node id: 1-40 letters, digits or _');
export const syncTableSchema = z.enum(SYNC_TABLES);
const recordId = z.string().min(1).max(LIMITS.idLength);
const fieldName = z
  .string()
  .min(1)
  .max(LIMITS.fieldNameLength)
  .regex(/^[A-Za-z0-9_.-]+$/, 'field name: letters, digits, _ . -')
  // Merging copies fields by name into plain objects: this one would set their prototype.
  .refine((n) => n !== '__proto__', 'reserved field name');

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Plain JSON nested at most `maxDepth` deep, checked without recursion: a hostile body of
 * `[[[[…` must be refused, not overflow the stack of the code that reads it (ours is recursive).
 */
export function isBoundedJson(v: unknown, maxDepth = LIMITS.valueDepth): v is JsonValue {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (x === null || typeof x === 'string' || typeof x === 'boolean') continue;
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return false;
      continue;
    }
    if (typeof x !== 'object' || depth >= maxDepth) return false;
    if (Array.isArray(x)) {
      for (const item of x) stack.push([item, depth + 1]);
      continue;
    }
    if (Object.getPrototypeOf(x) !== Object.prototype && Object.getPrototypeOf(x) !== null) return false;
    for (const item of Object.values(x)) stack.push([item, depth + 1]);
  }
  return true;
}

/** Any JSON value, bounded in depth and in size once serialised. */
const jsonValue = z
  .custom<JsonValue>((v) => isBoundedJson(v), `not JSON, or nested deeper than ${LIMITS.valueDepth}`)
  .refine((v) => JSON.stringify(v).length <= LIMITS.valueChars, `value longer than ${LIMITS.valueChars} characters`);

export const cellSchema = z.object({
  value: jsonValue,
  hlc: hlcSchema,
  /** Who wrote it: set by the server from the token, ignored when a client sends it. */
  by: z.string().max(LIMITS.labelLength).optional(),
  /**
   * Pushed only: the timestamp of the value this write replaced on the device. When that is the
   * value it overwrites on the server, the writer saw it (an edit); otherwise it is a conflict.
   */
  base: hlcSchema.optional(),
});
export type Cell = z.infer<typeof cellSchema>;

const fieldsSchema = z
  .record(fieldName, cellSchema)
  .refine((f) => Object.keys(f).length <= LIMITS.fieldsPerRecord, `more than ${LIMITS.fieldsPerRecord} fields`);

export const syncRecordSchema = z.object({
  table: syncTableSchema,
  id: recordId,
  fields: fieldsSchema,
  /** Tombstone: the record is deleted unless a field was written after it. */
  deleted: hlcSchema.optional(),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;

export const changeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'change id: 8-64 letters, digits, _ or -');

/** One local edit: the fields it wrote (and/or a tombstone), named by a stable id so a retried push is applied once. */
export const changeSchema = z.object({
  changeId: changeIdSchema,
  record: syncRecordSchema,
});
export type Change = z.infer<typeof changeSchema>;

export const pushRequestSchema = z.object({
  changes: z.array(changeSchema).min(1).max(LIMITS.changesPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({
  /** Changes applied now. */
  applied: z.number().int().nonnegative(),
  /** Changes already applied by an earlier (retried) push. */
  duplicates: z.number().int().nonnegative(),
  /** Values that lost a last-writer-wins comparison during this push (now in the conflict log). */
  conflicts: z.number().int().nonnegative(),
  /** Timestamps that were too far ahead of the server's clock. */
  clamped: z.number().int().nonnegative(),
  /** Server's wall clock (ms): lets a client see how far off its own clock is. */
  serverTime: z.number(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(LIMITS.pullLimitMax).default(LIMITS.pullLimitDefault),
});

export const pulledRecordSchema = syncRecordSchema.extend({
  seq: z.number().int().positive(),
  updatedBy: z.string().max(LIMITS.labelLength),
});
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

export const pullResponseSchema = z.object({
  /** Whole current records changed after the cursor, in cursor order. */
  records: z.array(pulledRecordSchema),
  /** Pass it back to continue; it never moves past a record not yet returned. */
  cursor: z.number().int().nonnegative(),
  more: z.boolean(),
  /**
   * The cursor sent was beyond the server's (its database was restored from a backup): this page
   * starts again from 0, and the client should push again anything it believes the server has.
   */
  reset: z.boolean().optional(),
  serverTime: z.number(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const joinRequestSchema = z.object({
  invite: z.string().min(10).max(200),
  label: z.string().trim().min(1).max(LIMITS.labelLength),
});
export const joinResponseSchema = z.object({
  token: z.string(),
  deviceId: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  role: roleSchema,
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const inviteRequestSchema = z.object({
  role: roleSchema.default('editor'),
  /** Lifetime, 1 minute to 30 days; 7 days by default. */
  ttlSeconds: z
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(7 * 24 * 3600),
});
export const inviteResponseSchema = z.object({ invite: z.string(), role: roleSchema, expiresAt: z.string() });

export const conflictSchema = z.object({
  id: z.number().int().positive(),
  table: syncTableSchema,
  recordId: z.string(),
  field: z.string(),
  value: jsonValue,
  hlc: hlcSchema,
  /** Who wrote the value that was overwritten. */
  writtenBy: z.string().nullable(),
  /** The timestamp of the value that won. */
  lostTo: hlcSchema,
  /** True when neither writer had seen the other's value (a real conflict), false for a plain overwrite. */
  concurrent: z.boolean(),
  at: z.string(),
  restoredAt: z.string().nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;
export const conflictListSchema = z.object({ conflicts: z.array(conflictSchema), more: z.boolean() });

export const meResponseSchema = z.object({
  deviceId: z.string(),
  label: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  role: roleSchema,
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const deviceSchema = z.object({
  id: z.string(),
  role: roleSchema,
  label: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const deviceListSchema = z.object({ devices: z.array(deviceSchema) });
export const restoreResponseSchema = z.object({ record: syncRecordSchema, seq: z.number().int().positive() });

export const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof errorBodySchema>;
