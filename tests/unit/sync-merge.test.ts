// Per-field last-writer-wins: the same result whatever the order of arrival, applying twice changes
// nothing, and every value that lost (with a value different from the winner's) is reported.
import { describe, expect, test } from 'vitest';
import { encodeHlc } from '../../utils/sync/core/hlc';
import { canonicalJson, isDeleted, mergeRecord, recordValues, type LostValue } from '../../utils/sync/core/merge';
import type { SyncRecord } from '../../utils/sync/core/protocol';
import { pick, seeded, shuffle } from '../support/random';

const h = (wall: number, node = 'a', counter = 0) => encodeHlc({ wall, counter, node });
const rec = (fields: SyncRecord['fields'], deleted?: string): SyncRecord => ({
  table: 'snippets',
  id: 's1',
  fields,
  ...(deleted ? { deleted } : {}),
});

function mergeAll(updates: SyncRecord[]): { record: SyncRecord | undefined; lost: LostValue[] } {
  let record: SyncRecord | undefined;
  const lost: LostValue[] = [];
  for (const u of updates) {
    const r = mergeRecord(record, u);
    record = r.record;
    lost.push(...r.lost);
  }
  return { record, lost };
}

/** Random updates of one record: a few fields, values that sometimes repeat, a few tombstones. */
function randomUpdates(rnd: () => number, n: number): SyncRecord[] {
  const fields = ['title', 'body', 'tags', 'lang'];
  const values = ['x', 'y', 'z', 1, null, { a: 1, b: [2, 3] }, { b: [2, 3], a: 1 }, ['q']];
  return Array.from({ length: n }, () => {
    const f: SyncRecord['fields'] = {};
    for (const name of fields)
      if (rnd() < 0.5)
        f[name] = { value: pick(rnd, values), hlc: h(Math.floor(rnd() * 20), pick(rnd, ['a', 'b', 'c'])) };
    return rec(f, rnd() < 0.15 ? h(Math.floor(rnd() * 20), pick(rnd, ['a', 'b'])) : undefined);
  });
}

describe('mergeRecord', () => {
  test('the later timestamp wins per field; the loser is reported with the winner stamp', () => {
    const r = mergeRecord(
      rec({ title: { value: 'old', hlc: h(1) }, body: { value: 'keep', hlc: h(5) } }),
      rec({ title: { value: 'new', hlc: h(2, 'b') }, body: { value: 'stale', hlc: h(3, 'b') } }),
    );
    expect(recordValues(r.record)).toEqual({ title: 'new', body: 'keep' });
    expect(r.lost).toEqual([
      { field: 'title', cell: { value: 'old', hlc: h(1) }, lostTo: h(2, 'b'), concurrent: true },
      { field: 'body', cell: { value: 'stale', hlc: h(3, 'b') }, lostTo: h(5), concurrent: true },
    ]);
    expect(r.changed).toBe(true);
  });

  test('field names every object has (toString, constructor, __proto__) merge like any other', () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty'];
    const cells = (value: string, hlc: string) =>
      Object.fromEntries(names.map((n) => [n, { value: `${n}:${value}`, hlc }])) as SyncRecord['fields'];
    const first = mergeRecord(rec({ title: { value: 't', hlc: h(1) } }), rec(cells('a', h(2, 'b'))));
    expect(Object.keys(first.record.fields).sort()).toEqual([...names, 'title'].sort());
    expect(Object.getPrototypeOf(first.record.fields[names[2]!])).toBe(Object.prototype);
    const second = mergeRecord(first.record, rec(cells('b', h(3, 'c'))));
    for (const n of names)
      expect(Object.hasOwn(second.record.fields, n) && second.record.fields[n]!.value).toBe(`${n}:b`);
    expect(second.lost.map((l) => l.field).sort()).toEqual([...names].sort());
  });

  test('the same write twice changes nothing and loses nothing', () => {
    const a = rec({ title: { value: { k: 1, j: 2 }, hlc: h(1) } });
    const r = mergeRecord(a, rec({ title: { value: { j: 2, k: 1 }, hlc: h(1) } }));
    expect(r).toMatchObject({ changed: false, lost: [] });
  });

  test('an equal timestamp with different values (a buggy client) still decides the same way in both orders', () => {
    const a = rec({ t: { value: 'aaa', hlc: h(1) } });
    const b = rec({ t: { value: 'bbb', hlc: h(1) } });
    expect(mergeRecord(a, b).record).toEqual(mergeRecord(b, a).record);
    expect(recordValues(mergeRecord(a, b).record)).toEqual({ t: 'bbb' });
  });

  test('a tombstone deletes; an edit made after it brings the record back with every field', () => {
    const base = rec({ title: { value: 't', hlc: h(1) }, body: { value: 'b', hlc: h(2) } });
    const del = mergeRecord(base, rec({}, h(3, 'b'))).record;
    expect(isDeleted(del)).toBe(true);
    expect(recordValues(del)).toBeUndefined();
    const revived = mergeRecord(del, rec({ title: { value: 't2', hlc: h(4) } })).record;
    expect(isDeleted(revived)).toBe(false);
    expect(recordValues(revived)).toEqual({ title: 't2', body: 'b' });
    // A concurrent edit older than the delete does not revive it.
    expect(isDeleted(mergeRecord(del, rec({ body: { value: 'b2', hlc: h(2, 'c') } })).record)).toBe(true);
  });

  test('canonicalJson ignores key order only', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });
});

describe('properties (seeded)', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    test(`seed ${seed}: any order of arrival gives the same record, and every value written is kept or logged`, () => {
      const rnd = seeded(seed);
      const updates = randomUpdates(rnd, 30);
      const reference = mergeAll(updates);
      for (let k = 0; k < 20; k++) {
        const order = shuffle(rnd, updates);
        // Idempotent: replaying a random subset again changes nothing.
        const replayed = [...order, ...order.filter(() => rnd() < 0.3)];
        const out = mergeAll(replayed);
        expect(out.record).toEqual(reference.record);
        // Every value ever written to a field is either the winner's or in the lost log: a cell
        // overwritten by a cell of the same value is not reported, as its value is still there.
        const winner = out.record!.fields;
        const kept = new Set(out.lost.map((l) => `${l.field}|${canonicalJson(l.cell.value)}`));
        for (const [name, w] of Object.entries(winner)) kept.add(`${name}|${canonicalJson(w.value)}`);
        for (const u of updates)
          for (const [name, cell] of Object.entries(u.fields))
            expect(kept.has(`${name}|${canonicalJson(cell.value)}`)).toBe(true);
        // And nothing is reported lost that is the winner itself.
        for (const l of out.lost)
          expect(
            l.cell.hlc === winner[l.field]!.hlc &&
              canonicalJson(l.cell.value) === canonicalJson(winner[l.field]!.value),
          ).toBe(false);
      }
    });
  }

  test('merging two merged states is commutative and associative', () => {
    const rnd = seeded(99);
    const [a, b, c] = [
      mergeAll(randomUpdates(rnd, 8)).record!,
      mergeAll(randomUpdates(rnd, 8)).record!,
      mergeAll(randomUpdates(rnd, 8)).record!,
    ];
    expect(mergeRecord(a, b).record).toEqual(mergeRecord(b, a).record);
    expect(mergeRecord(mergeRecord(a, b).record, c).record).toEqual(mergeRecord(a, mergeRecord(b, c).record).record);
  });
});
