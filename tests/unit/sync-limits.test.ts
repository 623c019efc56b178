// Issue #13: limits agree end to end. The largest record every synced table's schema accepts,
// once through the sync client, passes the wire's own validation (the server enforces the same
// LIMITS): no valid local record can be refused by the server for its size.
import { memberKey, memberSchema } from '../../utils/care/core/member';
import { describe, expect, test } from 'vitest';
import { MemorySyncStorage, SyncClient } from '../../utils/sync/core/client';
import { recordValues } from '../../utils/sync/core/merge';
import { LIMITS, pushRequestSchema, type SyncTable } from '../../utils/sync/core/protocol';
import { sharedFields } from '../../utils/sync/tables';
import { brandSchema } from '../../utils/mentions/core/brand';
import { snippetSchema } from '../../utils/snippets/core/snippet';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { authorKeySchema } from '../../utils/trolls/core/author';
import { LABEL_MAX, LABELS_MAX, NOTE_MAX } from '../../utils/trolls/core/author-memory';
import { INTENTS } from '../../utils/mentions/core/intent';
import { TROLL_TYPE_IDS } from '../../utils/trolls/core/typology';

/** `n` characters of ordinary text (accents count one UTF-16 unit, like most of what CMs type). */
const s = (n: number, ch = 'é') => ch.repeat(n);
const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

function largestToneProfile() {
  const data = toneProfileSchema.parse({
    name: s(100),
    language: 'fr',
    languages: ['fr', 'en'],
    address: 'vous',
    emojiAllowed: many(100, () => '😀'.repeat(10)),
    greetings: many(50, () => s(200)),
    signOffs: many(50, () => s(200)),
    signature: s(200),
    preferred: many(200, () => ({ use: s(100), not: many(50, () => s(100)) })),
    banned: many(200, () => s(200)),
    maxLength: { x: 100_000, facebook: 100_000, reddit: 100_000, linkedin: 100_000 },
    examples: { do: many(50, () => s(2000)), dont: many(50, () => s(2000)) },
  });
  return { id: `${s(100, 'b')}:fr`, brandId: s(100, 'b'), name: data.name, data, updatedAt: 1 };
}

const largest: Record<SyncTable, () => { id: string; row: Record<string, unknown> }> = {
  toneProfiles: () => {
    const row = largestToneProfile();
    return { id: row.id, row };
  },
  brands: () => {
    const term = () => many(200, () => s(100));
    const row = brandSchema.parse({
      id: s(100, 'b'),
      name: s(100),
      aliases: term(),
      handles: many(200, (i) => `@${String(i).padStart(3, '0')}${s(47, 'h')}`),
      hashtags: many(200, (i) => `#${String(i).padStart(3, '0')}${s(90, 'h')}`),
      products: term(),
      misspellings: term(),
      exclude: term(),
      query: '',
      languages: ['fr', 'en'],
      createdAt: 1,
      updatedAt: 1,
    });
    return { id: row.id, row };
  },
  snippets: () => {
    const row = snippetSchema.parse({
      id: s(100, 'i'),
      name: s(60),
      language: 'fr',
      body: s(5000),
      tags: many(20, () => s(40)),
      intents: [...INTENTS],
      trollTypes: [...TROLL_TYPE_IDS],
      updatedAt: 1,
    });
    return { id: row.id, row };
  },
  welcomes: () => {
    // A member key longer than a sync id is never shared (isShared); the longest that is.
    const brandId = s(100, 'b');
    const authorKey = s(LIMITS.idLength - 101, 'a');
    const row = memberSchema.parse({
      key: memberKey(brandId, authorKey),
      brandId,
      authorKey,
      platform: 'facebook',
      name: s(200),
      handle: s(200),
      firstSeenAt: 1,
      firstItemKey: s(300),
      welcomedAt: 2,
      welcomedBy: s(200),
    });
    return { id: row.key, row };
  },
  trollNotes: () => {
    const id = authorKeySchema.parse(s(500, 'k'));
    const labels = many(LABELS_MAX, () => s(LABEL_MAX));
    return { id, row: { key: id, platform: 'x', handle: s(500), name: s(500), notes: s(NOTE_MAX * 2), labels } };
  },
};

describe('every synced table: its largest valid record fits the sync wire', () => {
  for (const table of Object.keys(largest) as SyncTable[]) {
    test(table, async () => {
      const { id, row } = largest[table]();
      const storage = new MemorySyncStorage();
      const client = new SyncClient({
        storage,
        transport: { push: async () => ({}) as never, pull: async () => ({}) as never },
        nodeId: 'n',
      });
      const values = sharedFields(table, row);
      const record = await client.edit(table, id, values);
      const body = { changes: storage.outbox.map(({ changeId, record: r }) => ({ changeId, record: r })) };
      const check = pushRequestSchema.safeParse(body);
      expect(check.success, check.error?.issues[0]?.message).toBe(true);
      expect(Object.keys(record.fields).length).toBeLessThanOrEqual(LIMITS.fieldsPerRecord);
      expect(JSON.stringify(body).length).toBeLessThanOrEqual(LIMITS.bodyBytes);
      // And it reads back exactly as written.
      expect(recordValues(record)).toEqual(values);
    });
  }
});
