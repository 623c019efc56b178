// Property tests of the sync merge (issue #13): devices edit and delete records in any way the client
// allows (values of any JSON shape, some too large for one field and so split); whatever the order in
// which the server merges their changes, it ends in the same state, no change is refused by the wire's
// validation, and a value reads back as it was written. Bounded: a fixed seed and 150 runs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MemorySyncStorage, SyncClient } from '../../utils/sync/core/client';
import { canonicalJson, mergeRecord, recordValues } from '../../utils/sync/core/merge';
import { changeSchema, type Change, type JsonValue, type SyncRecord } from '../../utils/sync/core/protocol';

const RUNS = { numRuns: 120, seed: 13 };
const NODES = ['alice', 'bob', 'carol'] as const;

/** Any JSON value, sometimes one far larger than a sync field (split on the wire). */
const value: fc.Arbitrary<JsonValue> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue> },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12_000 }))
      .map(([s, n]) => ({ examples: [s.repeat(n), 'é"\\\n'.repeat(n % 5_000)] })),
  },
);

const op = fc.record({
  node: fc.integer({ min: 0, max: NODES.length - 1 }),
  id: fc.constantFrom('r1', 'r2'),
  remove: fc.boolean(),
  values: fc.dictionary(fc.constantFrom('name', 'body', 'data', 'tags'), value, { minKeys: 1, maxKeys: 3 }),
});
const ops = fc.array(
  fc.oneof({ weight: 5, arbitrary: op.map((o) => ({ ...o, remove: false })) }, { weight: 1, arbitrary: op }),
  { minLength: 1, maxLength: 12 },
);

interface Step {
  node: number;
  id: string;
  remove: boolean;
  values: Record<string, JsonValue>;
}

/** Every device plays its edits (with its own clock); returns all the changes they queue. */
async function play(script: Step[]) {
  let t = 1_000;
  const devices = NODES.map((node) => {
    const storage = new MemorySyncStorage();
    const client = new SyncClient({
      storage,
      transport: { push: async () => ({}) as never, pull: async () => ({}) as never },
      nodeId: node,
      now: () => (t += 7),
    });
    return { storage, client };
  });
  const changes: Change[] = [];
  for (const step of script) {
    const d = devices[step.node]!;
    if (step.remove) await d.client.remove('snippets', step.id);
    else {
      const record = await d.client.edit('snippets', step.id, step.values);
      // Read back as written (through JSON, as the wire would carry it).
      const back = recordValues(record);
      if (back)
        for (const [k, v] of Object.entries(step.values))
          expect(canonicalJson(back[k])).toBe(canonicalJson(JSON.parse(JSON.stringify(v))));
    }
    // Push what is queued now: the next edit starts a new change (as after a round).
    for (const c of d.storage.outbox) changes.push(structuredClone(c));
    d.storage.outbox = [];
  }
  return changes;
}

/** The server's state after merging `changes` in this order (`base` stripped, as it stores them). */
function serverState(changes: Change[]): string {
  const records = new Map<string, SyncRecord>();
  for (const { record } of changes) {
    const merged = mergeRecord(records.get(record.id), record).record;
    for (const cell of Object.values(merged.fields)) delete cell.base;
    records.set(record.id, merged);
  }
  return canonicalJson([...records.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => r));
}

const permutation = (n: number) => fc.array(fc.nat(), { minLength: n, maxLength: n });
const reorder = <T>(xs: T[], keys: number[]) =>
  xs
    .map((x, i) => [x, keys[i]!, i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([x]) => x);

describe('sync merge, property-based', () => {
  test('any order of any pushes converges to the same state, and no valid change is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        ops.chain((script) => fc.tuple(fc.constant(script), permutation(64), permutation(64))),
        async ([script, k1, k2]) => {
          const changes = await play(script);
          for (const c of changes) {
            const check = changeSchema.safeParse(c);
            expect(check.success, check.error?.issues[0]?.message).toBe(true);
          }
          const inOrder = serverState(changes);
          expect(serverState(reorder(changes, k1))).toBe(inOrder);
          expect(serverState(reorder(changes, k2))).toBe(inOrder);
          // Merging everything again changes nothing (a retried push).
          expect(serverState([...changes, ...reorder(changes, k1)])).toBe(inOrder);
        },
      ),
      RUNS,
    );
  });
});
