// Several instances on one database (PostgreSQL: two pools, as two processes would have; PGlite:
// one process), many devices pushing at once while a reader pages through with a small limit:
// the reader never skips a change (the pitfall of paging by a Postgres sequence).
import { afterAll, describe, expect, test } from 'vitest';
import type { PullResponse } from '../../utils/sync/core/protocol';
import { encodeHlc } from '../../utils/sync/core/hlc';
import { backends, server } from './harness';

afterAll(async () => {
  for (const b of backends) await b.cleanup();
});

describe.each(backends)('$name', (backend) => {
  test('concurrent pushes through two instances; a paging reader sees every final value', async () => {
    const db1 = await backend.open();
    const db2 = backend.reopen ? await backend.reopen(db1) : db1;
    try {
      const instances = [server(db1), server(db2)];
      const { adminToken } = await instances[0]!.team('Busy');
      const editors = await Promise.all(
        Array.from({ length: 8 }, (_, i) => instances[0]!.member(adminToken, 'editor', `e${i}`)),
      );
      let counter = 0;
      let writing = true;
      const writers = editors.map(async (e, i) => {
        for (let round = 0; round < 8; round++) {
          const changes = Array.from({ length: 4 }, (_, k) => ({
            changeId: `chg_e${i}_r${round}_k${k}`,
            // Shared ids collide between editors; own ids are new records.
            record: {
              table: 'snippets',
              id: k < 2 ? `shared${k}` : `own_${i}_${round}_${k}`,
              fields: {
                body: {
                  value: `e${i} r${round}`,
                  hlc: encodeHlc({ wall: Date.now(), counter: ++counter % 1000, node: `e${i}` }),
                },
              },
            },
          }));
          await instances[(i + round) % 2]!.call(e.token)('POST', '/v1/push', { changes });
        }
      });
      const seen = new Map<string, unknown>();
      let cursor = 0;
      let pulls = 0;
      const reader = (async () => {
        for (;;) {
          const done = !writing;
          for (;;) {
            const page = (await instances[pulls++ % 2]!.call(adminToken)(
              'GET',
              `/v1/pull?cursor=${cursor}&limit=7`,
            )) as PullResponse;
            for (const r of page.records) seen.set(r.id, r.fields.body!.value);
            expect(page.cursor).toBeGreaterThanOrEqual(cursor);
            cursor = page.cursor;
            if (!page.more) break;
          }
          if (done) return;
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      await Promise.all(writers);
      writing = false;
      await reader;
      const all = (await instances[0]!.call(adminToken)('GET', '/v1/pull?cursor=0&limit=1000')) as PullResponse;
      expect(all.records).toHaveLength(2 + 8 * 8 * 2);
      expect(Object.fromEntries(seen)).toEqual(
        Object.fromEntries(all.records.map((r) => [r.id, r.fields.body!.value])),
      );
      // Sequence numbers are dense: one per stored version, none reused.
      const seqs = all.records.map((r) => r.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(pulls).toBeGreaterThan(10);
    } finally {
      if (db2 !== db1) await db2.close();
      await db1.close();
    }
  });
});
