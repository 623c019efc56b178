// Everything the server keeps, as operations on a `Db`. Every query is scoped by the caller's team,
// taken from its token, never from the request: a device cannot name another team's data.
import { createHash, randomBytes } from 'node:crypto';
import { clampHlc, decodeHlc, hlcAfter, maxHlc, MAX_AHEAD_MS } from '../utils/sync/core/hlc';
import { isDeleted, mergeRecord, type LostValue } from '../utils/sync/core/merge';
import type {
  Cell,
  Change,
  Conflict,
  PulledRecord,
  PushResponse,
  Role,
  SyncRecord,
  SyncTable,
} from '../utils/sync/core/protocol';
import { LIMITS, syncRecordSchema } from '../utils/sync/core/protocol';
import type { Db, Sql } from './db';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 500 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Device {
  id: string;
  teamId: string;
  teamName: string;
  role: Role;
  label: string;
}

/** Node id of timestamps the server makes itself (restores). */
export const SERVER_NODE = 'server';

const secret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;
const shortId = (prefix: string) => `${prefix}_${randomBytes(9).toString('base64url').replace(/[-_]/g, 'x')}`;
export const hashSecret = (s: string) => createHash('sha256').update(s).digest('hex');

interface Doc {
  fields: Record<string, Cell>;
  deleted?: string;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

export class Store {
  constructor(
    readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async createTeam(name: string): Promise<{ teamId: string }> {
    const teamId = shortId('tm');
    await this.db.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [teamId, name]);
    return { teamId };
  }

  async createInvite(
    teamId: string,
    role: Role,
    ttlSeconds: number,
    createdBy: string | null,
  ): Promise<{ invite: string; expiresAt: string }> {
    const invite = secret('tinv');
    const expires = new Date(this.now() + ttlSeconds * 1000);
    await this.db.query(
      'INSERT INTO invites (id, team_id, role, code_hash, created_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [shortId('in'), teamId, role, hashSecret(invite), createdBy, expires.toISOString()],
    );
    return { invite, expiresAt: expires.toISOString() };
  }

  /** Redeem a single-use invite for a new device token (returned once, stored only hashed). */
  async join(invite: string, label: string): Promise<{ token: string; device: Device }> {
    return this.db.transaction(async (tx) => {
      const rows = (
        await tx.query<{
          id: string;
          team_id: string;
          role: Role;
          expires_at: unknown;
          used_at: unknown;
          name: string;
        }>(
          'SELECT i.id, i.team_id, i.role, i.expires_at, i.used_at, t.name FROM invites i JOIN teams t ON ' +
            't.id = i.team_id WHERE i.code_hash = $1 FOR UPDATE OF i',
          [hashSecret(invite)],
        )
      ).rows;
      const inv = rows[0];
      if (!inv) throw new ApiError(404, 'invite_not_found', 'This invite does not exist.');
      if (inv.used_at) throw new ApiError(410, 'invite_used', 'This invite has already been used.');
      if (new Date(iso(inv.expires_at)).getTime() <= this.now())
        throw new ApiError(410, 'invite_expired', 'This invite has expired.');
      const token = secret('tact');
      const deviceId = shortId('dv');
      await tx.query(
        'INSERT INTO devices (id, team_id, role, label, token_hash, invite_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [deviceId, inv.team_id, inv.role, label, hashSecret(token), inv.id],
      );
      await tx.query('UPDATE invites SET used_at = now(), used_by = $2 WHERE id = $1', [inv.id, deviceId]);
      return { token, device: { id: deviceId, teamId: inv.team_id, teamName: inv.name, role: inv.role, label } };
    });
  }

  async authenticate(token: string): Promise<Device | undefined> {
    const row = (
      await this.db.query<{ id: string; team_id: string; role: Role; label: string; name: string }>(
        'SELECT d.id, d.team_id, d.role, d.label, t.name FROM devices d JOIN teams t ON t.id = d.team_id ' +
          'WHERE d.token_hash = $1 AND d.revoked_at IS NULL',
        [hashSecret(token)],
      )
    ).rows[0];
    if (!row) return undefined;
    // At most one write every five minutes per device, not one per request.
    await this.db.query(
      'UPDATE devices SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < ' +
        "now() - interval '5 minutes')",
      [row.id],
    );
    return { id: row.id, teamId: row.team_id, teamName: row.name, role: row.role, label: row.label };
  }

  async listDevices(teamId: string) {
    const rows = (
      await this.db.query<{
        id: string;
        role: Role;
        label: string;
        created_at: unknown;
        last_seen_at: unknown;
        revoked_at: unknown;
      }>(
        'SELECT id, role, label, created_at, last_seen_at, revoked_at FROM devices WHERE team_id = $1 ORDER ' +
          'BY created_at, id',
        [teamId],
      )
    ).rows;
    return rows.map((r) => ({
      id: r.id,
      role: r.role,
      label: r.label,
      createdAt: iso(r.created_at),
      lastSeenAt: r.last_seen_at ? iso(r.last_seen_at) : null,
      revokedAt: r.revoked_at ? iso(r.revoked_at) : null,
    }));
  }

  async revokeDevice(teamId: string, deviceId: string): Promise<void> {
    const rows = (
      await this.db.query(
        'UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND team_id = $2 RETURNING id',
        [deviceId, teamId],
      )
    ).rows;
    if (rows.length === 0) throw new ApiError(404, 'device_not_found', 'No such device in this team.');
  }

  /** Apply changes in order, under the team's lock; a change id seen before is skipped. */
  async push(device: Device, changes: Change[]): Promise<PushResponse> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      let seq = await lockTeam(tx, device.teamId);
      const ids = changes.map((c) => c.changeId);
      const seen = new Set(
        (
          await tx.query<{ change_id: string }>(
            'SELECT change_id FROM applied_changes WHERE team_id = $1 AND change_id = ANY($2::text[])',
            [device.teamId, ids],
          )
        ).rows.map((r) => r.change_id),
      );
      const fresh = changes.filter((c) => (seen.has(c.changeId) ? false : (seen.add(c.changeId), true)));
      const current = await loadRecords(
        tx,
        device.teamId,
        fresh.map((c) => c.record),
      );
      const dirty = new Set<string>();
      const lost: { record: SyncRecord; value: LostValue }[] = [];
      let clamped = 0;
      for (const change of fresh) {
        const key = recordKey(change.record);
        const cur = current.get(key);
        const stamped = stampRecord(change.record, cur, device.id, now);
        clamped += stamped.clamped;
        const merged = mergeRecord(cur, stamped.record);
        for (const l of merged.lost) lost.push({ record: merged.record, value: l });
        if (merged.changed) {
          current.set(key, pruneTombstone(merged.record));
          dirty.add(key);
        }
      }
      // Once per record and push (not per change: 500 changes to one 2 MB record must stay cheap).
      for (const key of dirty) checkPullable(current.get(key)!);
      for (const key of dirty) await saveRecord(tx, device.teamId, current.get(key)!, ++seq, device.id);
      for (const l of lost) await logConflict(tx, device.teamId, l.record, l.value, device.id);
      if (fresh.length) {
        await tx.query('INSERT INTO applied_changes (team_id, change_id) SELECT $1, unnest($2::text[])', [
          device.teamId,
          fresh.map((c) => c.changeId),
        ]);
      }
      await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [device.teamId, seq]);
      return {
        applied: fresh.length,
        duplicates: changes.length - fresh.length,
        conflicts: lost.length,
        clamped,
        serverTime: now,
      };
    });
  }

  /** Whole records changed after `cursor`, in the order their changes committed. */
  async pull(
    teamId: string,
    cursor: number,
    limit: number,
  ): Promise<{ records: PulledRecord[]; cursor: number; more: boolean; reset?: boolean }> {
    // A cursor beyond the team's counter comes from before a restore of the database: start over.
    const team = (await this.db.query<{ seq: unknown }>('SELECT seq FROM teams WHERE id = $1', [teamId])).rows[0];
    const reset = team !== undefined && cursor > Number(team.seq);
    if (reset) cursor = 0;
    const rows = (
      await this.db.query<{ tbl: SyncTable; id: string; doc: Doc; seq: unknown; updated_by: string }>(
        'SELECT tbl, id, doc, seq, updated_by FROM records WHERE team_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [teamId, cursor, limit + 1],
      )
    ).rows;
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const records = page.map((r) => ({
      ...docToRecord(r.tbl, r.id, r.doc),
      seq: Number(r.seq),
      updatedBy: r.updated_by,
    }));
    return {
      records,
      cursor: page.length ? Number(page[page.length - 1]!.seq) : cursor,
      more,
      ...(reset ? { reset } : {}),
    };
  }

  async listConflicts(
    teamId: string,
    options: { before?: number; limit: number; table?: SyncTable; recordId?: string; concurrentOnly?: boolean },
  ): Promise<{ conflicts: Conflict[]; more: boolean }> {
    const rows = (
      await this.db.query<{
        id: unknown;
        tbl: SyncTable;
        record_id: string;
        field: string;
        value: Conflict['value'];
        hlc: string;
        written_by: string | null;
        lost_to: string;
        created_at: unknown;
        restored_at: unknown;
        concurrent: boolean;
      }>(
        `SELECT id, tbl, record_id, field, value, hlc, written_by, lost_to, created_at, restored_at, concurrent
         FROM conflicts
         WHERE team_id = $1 AND ($2::bigint IS NULL OR id < $2) AND ($3::text IS NULL OR tbl = $3)
           AND ($4::text IS NULL OR record_id = $4)
           AND (NOT $6::boolean OR concurrent)
         ORDER BY id DESC LIMIT $5`,
        [
          teamId,
          options.before ?? null,
          options.table ?? null,
          options.recordId ?? null,
          options.limit + 1,
          options.concurrentOnly ?? false,
        ],
      )
    ).rows;
    return {
      more: rows.length > options.limit,
      conflicts: rows.slice(0, options.limit).map((r) => ({
        id: Number(r.id),
        table: r.tbl,
        recordId: r.record_id,
        field: r.field,
        value: r.value,
        hlc: r.hlc,
        writtenBy: r.written_by,
        lostTo: r.lost_to,
        concurrent: r.concurrent,
        at: iso(r.created_at),
        restoredAt: r.restored_at ? iso(r.restored_at) : null,
      })),
    };
  }

  /** Write a logged value back as a new write (so the value it replaces is logged in turn). */
  async restoreConflict(device: Device, conflictId: number): Promise<{ record: SyncRecord; seq: number }> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      let seq = await lockTeam(tx, device.teamId);
      const c = (
        await tx.query<{ tbl: SyncTable; record_id: string; field: string; value: Cell['value'] }>(
          'SELECT tbl, record_id, field, value FROM conflicts WHERE id = $1 AND team_id = $2',
          [conflictId, device.teamId],
        )
      ).rows[0];
      if (!c) throw new ApiError(404, 'conflict_not_found', 'No such conflict in this team.');
      const cur = (await loadRecords(tx, device.teamId, [{ table: c.tbl, id: c.record_id }])).get(
        recordKey({ table: c.tbl, id: c.record_id }),
      );
      // Later than the field's current value and than a tombstone: a restore also undeletes.
      const base = cur && Object.hasOwn(cur.fields, c.field) ? cur.fields[c.field]!.hlc : undefined;
      const after = maxHlc(base, cur?.deleted);
      const hlc = hlcAfter(after, now, SERVER_NODE);
      const incoming: SyncRecord = {
        table: c.tbl,
        id: c.record_id,
        fields: { [c.field]: { value: c.value, hlc, by: device.id, ...(base ? { base } : {}) } },
      };
      const merged = mergeRecord(cur, incoming);
      await saveRecord(tx, device.teamId, checkPullable(pruneTombstone(merged.record)), ++seq, device.id);
      for (const l of merged.lost) await logConflict(tx, device.teamId, merged.record, l, device.id);
      await tx.query('UPDATE conflicts SET restored_at = now(), restored_by = $3 WHERE id = $1 AND team_id = $2', [
        conflictId,
        device.teamId,
        device.id,
      ]);
      await tx.query('UPDATE teams SET seq = $2 WHERE id = $1', [device.teamId, seq]);
      return { record: merged.record, seq };
    });
  }
}

/** A whole record's JSON at most: what its field limits allow, with room for timestamps and names. */
export const RECORD_MAX_CHARS = LIMITS.fieldsPerRecord * (LIMITS.valueChars + 256);

/**
 * Refuse (400, naming the record) a merged record that clients could not pull: every limit a client
 * checks on a pulled record is checked here, with the very schema it uses, so no edit can store one.
 */
function checkPullable(r: SyncRecord): SyncRecord {
  const stored: SyncRecord = { ...r, fields: withoutBase(r.fields) };
  const check = syncRecordSchema.safeParse(stored);
  const size = check.success ? JSON.stringify(stored).length : 0;
  if (check.success && size <= RECORD_MAX_CHARS) return r;
  const why = check.success
    ? `larger than ${RECORD_MAX_CHARS} characters`
    : check.error.issues
        .slice(0, 3)
        .map((i) => i.message)
        .join('; ');
  throw new ApiError(
    400,
    'record_too_large',
    `${r.table}/${r.id.slice(0, LIMITS.idLength)}: after this change the record would break a limit (${why}).`,
  );
}

/**
 * A deleted record keeps only what merging needs: the tombstone and the fields written after it
 * (none, while it stays deleted). Older values are dropped, so a device joining later never gets them.
 */
function pruneTombstone(r: SyncRecord): SyncRecord {
  if (!r.deleted || !isDeleted(r)) return { ...r, fields: bare(r.fields) };
  return { table: r.table, id: r.id, fields: bare({}), deleted: r.deleted };
}

/**
 * The same fields in an object without a prototype: a field named `toString` or `constructor` is
 * then absent until written, even for code that looks fields up with `fields[name]` (mergeRecord).
 */
function bare(fields: Record<string, Cell>): Record<string, Cell> {
  return Object.assign(Object.create(null) as Record<string, Cell>, fields);
}

/** `base` only travels with a push: what is stored (and pulled) is value, timestamp and author. */
function withoutBase(fields: Record<string, Cell>): Record<string, Cell> {
  return Object.fromEntries(Object.entries(fields).map(([k, { base: _, ...cell }]) => [k, cell]));
}

async function lockTeam(tx: Sql, teamId: string): Promise<number> {
  const row = (await tx.query<{ seq: unknown }>('SELECT seq FROM teams WHERE id = $1 FOR UPDATE', [teamId])).rows[0];
  if (!row) throw new ApiError(404, 'team_not_found', 'This team no longer exists.');
  return Number(row.seq);
}

const recordKey = (r: { table: string; id: string }) => `${r.table}\u0000${r.id}`;

async function loadRecords(
  tx: Sql,
  teamId: string,
  keys: { table: SyncTable; id: string }[],
): Promise<Map<string, SyncRecord>> {
  const out = new Map<string, SyncRecord>();
  if (keys.length === 0) return out;
  const rows = (
    await tx.query<{ tbl: SyncTable; id: string; doc: Doc }>(
      'SELECT r.tbl, r.id, r.doc FROM records r JOIN unnest($2::text[], $3::text[]) AS k(tbl, id) ON r.tbl = ' +
        'k.tbl AND r.id = k.id WHERE r.team_id = $1',
      [teamId, keys.map((k) => k.table), keys.map((k) => k.id)],
    )
  ).rows;
  for (const r of rows) out.set(recordKey({ table: r.tbl, id: r.id }), docToRecord(r.tbl, r.id, r.doc));
  return out;
}

function docToRecord(table: SyncTable, id: string, doc: Doc): SyncRecord {
  const r: SyncRecord = { table, id, fields: bare(doc.fields) };
  if (doc.deleted) r.deleted = doc.deleted;
  return r;
}

async function saveRecord(tx: Sql, teamId: string, r: SyncRecord, seq: number, by: string): Promise<void> {
  const fields = withoutBase(r.fields);
  const doc: Doc = r.deleted ? { fields, deleted: r.deleted } : { fields };
  await tx.query(
    `INSERT INTO records (team_id, tbl, id, doc, seq, updated_by) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     ON CONFLICT (team_id, tbl, id) DO UPDATE
       SET doc = EXCLUDED.doc, seq = EXCLUDED.seq, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [teamId, r.table, r.id, JSON.stringify(doc), seq, by],
  );
}

async function logConflict(tx: Sql, teamId: string, r: SyncRecord, l: LostValue, by: string): Promise<void> {
  await tx.query(
    'INSERT INTO conflicts (team_id, tbl, record_id, field, value, hlc, written_by, lost_to, overwritten_by, ' +
      'concurrent) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10)',
    [
      teamId,
      r.table,
      r.id,
      l.field,
      JSON.stringify(l.cell.value),
      l.cell.hlc,
      l.cell.by ?? null,
      l.lostTo,
      by,
      l.concurrent,
    ],
  );
}

/**
 * Set `by` on every cell from the token (never trust the client's), and clamp timestamps too far
 * ahead of this server's clock. A clamped timestamp that would no longer beat the same node's
 * current value is moved just after it: that device's edits keep their order.
 */
function stampRecord(
  r: SyncRecord,
  current: SyncRecord | undefined,
  by: string,
  now: number,
): { record: SyncRecord; clamped: number } {
  let clamped = 0;
  const clamp = (hlc: string, prev: string | undefined): string => {
    const c = clampHlc(hlc, now, MAX_AHEAD_MS);
    if (!c.clamped) return hlc;
    clamped++;
    const node = decodeHlc(hlc).node;
    if (prev && decodeHlc(prev).node === node && prev >= c.hlc) return hlcAfter(prev, now + MAX_AHEAD_MS, node);
    return c.hlc;
  };
  // No prototype: a field may be named `toString` or `constructor`.
  const fields: Record<string, Cell> = Object.create(null) as Record<string, Cell>;
  for (const [name, cell] of Object.entries(r.fields)) {
    fields[name] = {
      value: cell.value,
      hlc: clamp(cell.hlc, current && Object.hasOwn(current.fields, name) ? current.fields[name]!.hlc : undefined),
      by,
      ...(cell.base ? { base: cell.base } : {}),
    };
  }
  const out: SyncRecord = { table: r.table, id: r.id, fields };
  if (r.deleted) out.deleted = clamp(r.deleted, current?.deleted);
  return { record: out, clamped };
}
