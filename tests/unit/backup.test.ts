// The full backup through the message router on fake-indexeddb: export → restore into an empty
// database gives identical tables; a plan changes nothing; a corrupted, foreign or newer file is
// refused with nothing changed; an older schema's backup is migrated; the AI key never leaves.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../utils/background/handlers';
import { LATEST_VERSION, TactDB } from '../../utils/db/schema';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { BACKUP_TABLES } from '../../utils/reports/core/backup';
import { SAMPLES } from '../support/migrations';

const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/report.html' };
const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
type Row = Record<string, unknown>;

function routerFor(db: TactDB) {
  const noop = async () => {};
  const handle = createRouter(
    createHandlers(db, {
      setBadge: noop,
      notify: noop,
      revealInTab: async () => false,
      openTab: noop,
      now: () => 5e12,
    }),
    EXT,
  );
  return async (type: string, payload: unknown, from = page) => {
    const r = await handle({ type, payload }, from);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data as Record<string, any>;
  };
}

/** Every sample row of every schema version (the latest shape wins), plus a few more. */
async function seed(db: TactDB) {
  const rows: Record<string, Row[]> = {};
  for (const v of Object.keys(SAMPLES).map(Number)) {
    for (const [table, row] of Object.entries(SAMPLES[v]!)) rows[table] = [structuredClone(row)];
  }
  rows.replies = [
    { id: 3, itemKey: 'x:1', at: 10, text: 'Bonjour', by: 'Léa', source: 'snippet', toneIssues: 0 },
    { id: 9, itemKey: 'x:1', at: 20, text: 'Re', by: 'Sam', source: 'typed', toneIssues: 1 },
  ];
  rows.settings = [
    { key: 'settings', value: { language: 'fr', onboarded: true } },
    { key: 'ai', value: { provider: 'openai', baseUrl: 'https://api.example', apiKey: 'sk-secret' } },
  ];
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkPut(list);
}

async function dump(db: TactDB, redactKey = false): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  for (const t of BACKUP_TABLES) out[t.name] = (await db.table(t.name).toArray()) as Row[];
  if (redactKey) for (const r of out.settings!) if (r.key === 'ai') (r.value as Row).apiKey = '';
  return out;
}

let db: TactDB;
let call: ReturnType<typeof routerFor>;
beforeEach(async () => {
  db = new TactDB(`backup-${Math.random()}`);
  call = routerFor(db);
  await seed(db);
});

describe('backup', () => {
  it('round trip: export, restore into an empty database, identical tables (the AI key stays home)', async () => {
    const { json, rows } = await call('backup.export', {});
    expect(json).not.toContain('sk-secret');
    const file = JSON.parse(json);
    expect(file).toMatchObject({ format: 'tact-backup', version: 1, schemaVersion: LATEST_VERSION });
    expect(Object.keys(file.tables).sort()).toEqual(BACKUP_TABLES.map((t) => t.name).sort());
    expect(file.tables.syncMeta).toBeUndefined();
    expect(rows.replies).toBe(2);

    const empty = new TactDB(`backup-empty-${Math.random()}`);
    const other = routerFor(empty);
    const plan = await other('backup.plan', { text: json });
    expect(plan.ok).toBe(true);
    expect(plan.plan.replies).toEqual({ added: 2, changed: 0, unchanged: 0 });
    expect((await empty.replies.count()) + (await empty.items.count())).toBe(0); // a plan writes nothing
    const done = await other('backup.restore', { text: json });
    expect(done.ok).toBe(true);
    expect(await dump(empty)).toEqual(await dump(db, true));

    // A second restore finds everything there.
    const again = await other('backup.plan', { text: json });
    for (const counts of Object.values(again.plan)) expect(counts).toMatchObject({ added: 0, changed: 0 });
  });

  it('restoring over local data keeps local rows, this browser’s AI key, and new ids for taken ones', async () => {
    const { json } = await call('backup.export', {});
    await db.replies.clear();
    await db.replies.put({ id: 3, itemKey: 'x:2', at: 99, text: 'local', by: '', source: 'typed', toneIssues: 0 });
    await db.brands.update('b1', { name: 'Renamed' });
    await db.settings.put({ key: 'ai', value: { provider: 'openai', apiKey: 'sk-mine' } } as never);
    const res = await call('backup.restore', { text: json });
    expect(res.plan.replies).toEqual({ added: 2, changed: 0, unchanged: 0 });
    expect(res.plan.brands).toEqual({ added: 0, changed: 1, unchanged: 0 });
    const replies = await db.replies.toArray();
    expect(replies.map((r) => r.text).sort()).toEqual(['Bonjour', 'Re', 'local']);
    expect((await db.brands.get('b1'))!.name).toBe('Acme');
    expect(((await db.settings.get('ai')) as unknown as { value: Row }).value.apiKey).toBe('sk-mine');
  });

  it('refuses a corrupted, foreign or newer file, and changes nothing', async () => {
    const { json } = await call('backup.export', {});
    const before = await dump(db);
    const file = JSON.parse(json);
    const bad = [
      [json.slice(0, json.length / 2), 'backup.error.notJson'],
      [JSON.stringify({ ...file, format: 'tact-kit' }), 'backup.error.format'],
      [JSON.stringify({ ...file, schemaVersion: LATEST_VERSION + 1 }), 'backup.error.newer'],
      [JSON.stringify({ ...file, version: 2 }), 'backup.error.newer'],
      [JSON.stringify({ ...file, tables: { ...file.tables, brands: [{ name: 'no id' }] } }), 'backup.error.invalid'],
      [JSON.stringify({ ...file, tables: { ...file.tables, unknownTable: [] } }), 'backup.error.invalid'],
      [JSON.stringify({ ...file, tables: { ...file.tables, items: 'x' } }), 'backup.error.invalid'],
      [JSON.stringify({ ...file, tables: { ...file.tables, replies: [{ id: true, at: 1 }] } }), 'backup.error.invalid'],
    ] as const;
    for (const [text, error] of bad) {
      for (const type of ['backup.plan', 'backup.restore']) {
        const res = await call(type, { text });
        expect(res, `${type} ${error}`).toMatchObject({ ok: false, error });
      }
    }
    expect(await dump(db)).toEqual(before);
  });

  it('a write that fails part-way rolls the whole restore back', async () => {
    const { json } = await call('backup.export', {});
    const file = JSON.parse(json);
    file.tables.brands.push({ id: 'b-new', name: 'New' });
    file.tables.reportNotes.push({ id: 'n2', template: 'weekly' });
    const before = await dump(db);
    // reportNotes is the last table written: brands were already put in the same transaction.
    const fail = () => {
      throw new Error('disk full');
    };
    db.reportNotes.hook('creating', fail);
    const res = await call('backup.restore', { text: JSON.stringify(file) });
    db.reportNotes.hook('creating').unsubscribe(fail);
    expect(res).toMatchObject({ ok: false, error: 'backup.error.invalid' });
    expect(await dump(db)).toEqual(before);
    expect(await db.brands.get('b-new')).toBeUndefined();
  });

  it('migrates a backup written by an older schema (v6) before restoring it', async () => {
    const old = {
      format: 'tact-backup',
      version: 1,
      schemaVersion: 6,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: {
        items: [{ ...(SAMPLES[2]!.items as Row), key: 'x:old', time: '2026-04-20T08:30:00.000Z' }],
        replies: [{ id: 1, itemKey: 'x:old', at: 5, text: 'old reply' }],
      },
    };
    const empty = new TactDB(`backup-old-${Math.random()}`);
    const res = await routerFor(empty)('backup.restore', { text: JSON.stringify(old) });
    expect(res).toMatchObject({ ok: true, schemaVersion: 6 });
    const item = await empty.items.get('x:old');
    expect(item).toMatchObject({ postedAt: Date.parse('2026-04-20T08:30:00.000Z'), ours: 0, lang: '' });
    expect(await empty.replies.toArray()).toEqual([
      { id: 1, itemKey: 'x:old', at: 5, text: 'old reply', by: '', source: 'suggestion', toneIssues: 0 },
    ]);
  });

  it('a file too large for one message goes in parts, in any order, then restores by its id', async () => {
    const { json } = await call('backup.export', {});
    const empty = new TactDB(`backup-parts-${Math.random()}`);
    const other = routerFor(empty);
    const third = Math.ceil(json.length / 3);
    const parts = [0, 1, 2].map((i) => json.slice(i * third, (i + 1) * third));
    expect(await other('backup.stage', { id: 'f1', index: 2, count: 3, chunk: parts[2] })).toEqual({
      received: 1,
      count: 3,
    });
    await other('backup.stage', { id: 'f1', index: 0, count: 3, chunk: parts[0] });
    // A part is missing: nothing to plan yet.
    expect(await other('backup.plan', { staged: 'f1' })).toMatchObject({ ok: false, error: 'backup.error.incomplete' });
    await other('backup.stage', { id: 'f1', index: 1, count: 3, chunk: parts[1] });
    const plan = await other('backup.plan', { staged: 'f1' });
    expect(plan).toEqual(await other('backup.plan', { text: json }));
    expect((await other('backup.restore', { staged: 'f1' })).ok).toBe(true);
    expect(await dump(empty)).toEqual(await dump(db, true));
    // Restored: the parts are dropped; another id was never staged.
    expect(await other('backup.restore', { staged: 'f1' })).toMatchObject({ error: 'backup.error.incomplete' });
    expect(await other('backup.plan', { staged: 'nope' })).toMatchObject({ error: 'backup.error.incomplete' });
  });

  it('only extension pages may send it', async () => {
    await expect(call('backup.export', {}, content)).rejects.toThrow(/forbidden/);
  });
});
