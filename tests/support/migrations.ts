// Migration harness: write sample rows with the schema of version n, reopen the same database
// with version m, and list every row that disappeared or changed.
import { TactDB, VERSIONS } from '../../utils/db/schema';

type Row = Record<string, unknown>;

/** One sample row per table, per version that introduced or changed it. */
export const SAMPLES: Record<number, Record<string, Row>> = {
  1: {
    brands: {
      id: 'b1',
      name: 'Acme',
      aliases: ['ACME Corp'],
      handles: ['@acme'],
      hashtags: ['#acme'],
      products: ['RoadRunner 3000'],
      exclude: [],
      languages: ['fr', 'en'],
      createdAt: 1,
      updatedAt: 2,
    },
    toneProfiles: { id: 't1', brandId: 'b1', name: 'Acme FR', data: { address: 'vous' }, updatedAt: 3 },
    snippets: { id: 's1', name: 'merci', language: 'fr', tags: ['praise'], body: 'Merci {prénom} !', updatedAt: 4 },
    items: {
      key: 'x:1',
      platform: 'x',
      platformId: '1',
      kind: 'post',
      author: { name: 'Jo', handle: '@jo', url: '' },
      text: 'Élan @acme 🎉',
      truncated: false,
      time: '',
      permalink: '',
      parentId: null,
      rootText: '',
      firstSeenAt: 5,
      lastSeenAt: 6,
      brandIds: ['b1'],
      status: 'new',
      attention: 1,
    },
    authors: {
      key: 'x:@jo',
      platform: 'x',
      handle: '@jo',
      name: 'Jo',
      url: '',
      firstSeenAt: 5,
      lastSeenAt: 6,
      notes: 'client VIP',
      labels: ['vip'],
    },
    verdicts: { itemKey: 'x:1', kind: 'mention', at: 6, data: { mentions: [] } },
    replies: { id: 1, itemKey: 'x:1', at: 7, text: 'Bonjour Jo' },
    events: { id: 1, type: 'status', at: 8, itemKey: 'x:1' },
    sightings: { tabId: 3, itemKey: 'x:1', at: 6 },
    settings: { key: 'settings', value: { language: 'fr', onboarded: true } },
    health: { platform: 'x', url: 'https://x.com/home', found: 3, at: 9 },
  },
  2: {
    items: {
      key: 'reddit:t1_b',
      platform: 'reddit',
      platformId: 't1_b',
      kind: 'comment',
      author: { name: '', handle: 'u/kim', url: '' },
      text: 'URGENT : ça fume',
      truncated: false,
      time: '',
      permalink: '',
      parentId: 't3_a',
      rootText: '',
      firstSeenAt: 10,
      lastSeenAt: 11,
      brandIds: ['b1'],
      status: 'replied',
      attention: 0,
      intent: 'urgent',
      sentiment: -0.8,
      priority: 97,
      repliedAt: 12,
    },
  },
  3: {
    authors: {
      key: 'reddit:u/kim',
      platform: 'reddit',
      handle: 'u/kim',
      name: '',
      url: '',
      firstSeenAt: 10,
      lastSeenAt: 11,
      notes: '',
      labels: ['known_troll'],
      counts: { flamer: 2 },
      recent: ['lol clowns'],
    },
  },
  5: {
    subscriptions: {
      id: 'sub1',
      url: 'https://kits.example.com/acme.json',
      createdAt: 13,
      etag: '"v1"',
      lastCheckAt: 14,
      lastOkAt: 14,
      lastError: null,
      counts: { brands: 1, toneProfiles: 0, snippets: 2, trollNotes: 0 },
    },
    kv: { key: 'roaming', value: { enabled: true, at: 15, lastOkAt: 16, lastError: null } },
  },
  6: {
    syncRecords: {
      table: 'snippets',
      id: 's1',
      fields: { body: { value: 'Merci {prénom} !', hlc: '001700000000000-000000-dev1' } },
    },
    syncOutbox: {
      n: 1,
      changeId: 'chg_00000001',
      record: {
        table: 'snippets',
        id: 's1',
        fields: { body: { value: 'Merci !', hlc: '001700000000001-000000-dev1' } },
      },
      sent: true,
    },
    syncMeta: { key: 'state', value: { cursor: 3, clock: '001700000000001-000000-dev1' } },
  },
  7: {
    items: {
      key: 'reddit:t1_c',
      platform: 'reddit',
      platformId: 't1_c',
      kind: 'comment',
      author: { name: '', handle: 'acme_support', url: '' },
      text: 'Sorry about that, we sent you a DM',
      truncated: false,
      time: '2026-04-20T08:30:00.000Z',
      permalink: '',
      parentId: 't1_b',
      rootText: '',
      firstSeenAt: 20,
      lastSeenAt: 21,
      brandIds: [],
      status: 'new',
      attention: 0,
      intent: 'other',
      sentiment: 0,
      priority: 0,
      repliedAt: null,
      postedAt: 1776673800000,
      ours: 1,
      answeredAt: null,
      answeredBy: null,
      lang: 'en',
      reactions: 9,
    },
    incidents: { id: 'inc1', brandId: 'b1', start: 30, end: 40, itemKeys: ['reddit:t1_b'] },
    reportNotes: { id: 'weekly:0:604800000', template: 'weekly', from: 0, to: 604800000, text: 'Calme', updatedAt: 41 },
  },
  8: {
    items: {
      key: 'facebook:p9',
      platform: 'facebook',
      platformId: 'p9',
      kind: 'comment',
      author: { name: 'Léa Martin', handle: '', url: 'https://www.facebook.com/lea.martin' },
      text: 'Première fois ici, bonjour !',
      truncated: false,
      time: '',
      permalink: '',
      parentId: 'p1',
      rootText: '',
      firstSeenAt: 50,
      lastSeenAt: 51,
      brandIds: [],
      status: 'new',
      attention: 0,
      intent: 'other',
      sentiment: 0,
      priority: 0,
      repliedAt: null,
      postedAt: null,
      ours: 0,
      answeredAt: null,
      answeredBy: null,
      lang: '',
      reactions: null,
      authorKey: 'facebook:https://www.facebook.com/lea.martin',
    },
    members: {
      key: 'b1|facebook:https://www.facebook.com/lea.martin',
      brandId: 'b1',
      authorKey: 'facebook:https://www.facebook.com/lea.martin',
      platform: 'facebook',
      name: 'Léa Martin',
      handle: '',
      firstSeenAt: 50,
      firstItemKey: 'facebook:p9',
      welcomedAt: null,
      welcomedBy: null,
    },
  },
};

/** What a migration adds to rows written before it (checked as well as the rows' own fields). */
export const ADDED_BY: Record<number, Record<string, Row | ((row: Row) => Row)>> = {
  2: { items: { intent: 'other', sentiment: 0, priority: 0, repliedAt: null } },
  3: { authors: { counts: {}, recent: [] } },
  7: {
    // Sample times are '' (not a full ISO date): no posted time is made up.
    items: { postedAt: null, ours: 0, answeredAt: null, answeredBy: null, lang: '', reactions: null },
    brands: { ownAccounts: [], competitor: false },
    replies: { by: '', source: 'suggestion', toneIssues: 0 },
  },
  8: {
    // Who wrote it: the platform, then the handle, else the profile URL, else the name, lower-cased.
    items: (row) => {
      const a = row.author as { name: string; handle: string; url: string };
      return { authorKey: `${String(row.platform)}:${(a.handle || a.url || a.name).toLowerCase()}` };
    },
    brands: { communities: [], charter: { clauses: [] }, holdingStatements: [], crisisChecklist: [] },
    snippets: { kind: 'reply' },
  },
};

function primaryKey(db: TactDB, table: string, row: Row): unknown {
  const pk = db.table(table).schema.primKey;
  if (Array.isArray(pk.keyPath)) return pk.keyPath.map((k) => row[k]);
  return row[pk.keyPath as string];
}

/** Returns what was lost between version `from` and version `to` (empty when nothing was). */
export async function checkMigration(name: string, from: number, to: number, versions = VERSIONS): Promise<string[]> {
  const old = new TactDB(name, from, versions);
  const written: Array<[string, Row]> = [];
  for (let v = 1; v <= from; v++) {
    for (const [table, row] of Object.entries(SAMPLES[v] ?? {})) {
      await old.table(table).put(structuredClone(row));
      written.push([table, row]);
    }
  }
  old.close();
  const next = new TactDB(name, to, versions);
  await next.open();
  const lost: string[] = [];
  const added = (table: string, row: Row) =>
    Object.assign(
      {},
      ...Array.from({ length: to - from }, (_, k) => {
        const a = ADDED_BY[from + k + 1]?.[table] ?? {};
        return typeof a === 'function' ? a(row) : a;
      }),
    );
  for (const [table, row] of written) {
    const expected = { ...added(table, row), ...row };
    const key = primaryKey(next, table, row);
    const found = (await next.table(table).get(key as never)) as Row | undefined;
    const id = Array.isArray(key) ? key.join('+') : String(key);
    if (!found) lost.push(`${table}: row ${id} missing`);
    else
      for (const [field, value] of Object.entries(expected)) {
        if (JSON.stringify(found[field]) !== JSON.stringify(value))
          lost.push(`${table}: row ${id} field ${field} changed`);
      }
  }
  next.close();
  return lost;
}
