// The wire schemas: what a well-formed push looks like, and the bounds that keep bodies small.
import { describe, expect, test } from 'vitest';
import { encodeHlc } from '../../utils/sync/core/hlc';
import { LIMITS, pullQuerySchema, pushRequestSchema, syncRecordSchema } from '../../utils/sync/core/protocol';

const hlc = encodeHlc({ wall: 1_700_000_000_000, counter: 0, node: 'dev1' });
const record = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  table: 'snippets',
  id: 's1',
  fields,
  ...extra,
});

describe('sync protocol', () => {
  test('accepts records of the four shared tables, with any JSON values and a tombstone', () => {
    for (const table of ['brands', 'toneProfiles', 'snippets', 'trollNotes']) {
      expect(
        syncRecordSchema.safeParse({ ...record({ a: { value: { nested: [1, 'x', null, true] }, hlc } }), table })
          .success,
      ).toBe(true);
    }
    expect(syncRecordSchema.safeParse(record({}, { deleted: hlc })).success).toBe(true);
  });

  test('refuses unknown tables, bad timestamps, bad field names, non-JSON values and oversized ones', () => {
    expect(syncRecordSchema.safeParse({ ...record({}), table: 'settings' }).success).toBe(false);
    expect(syncRecordSchema.safeParse(record({ a: { value: 1, hlc: '2024-01-01' } })).success).toBe(false);
    expect(syncRecordSchema.safeParse(record({ 'a b': { value: 1, hlc } })).success).toBe(false);
    // A "__proto__" field never reaches the merge as a key (it would set the fields' prototype).
    const proto = syncRecordSchema.safeParse(
      JSON.parse(`{"table":"snippets","id":"s","fields":{"__proto__":{"value":1,"hlc":"${hlc}"}}}`),
    );
    expect(proto.success && Object.hasOwn(proto.data.fields, '__proto__')).toBe(false);
    expect(syncRecordSchema.safeParse(record({ a: { value: () => 1, hlc } })).success).toBe(false);
    expect(syncRecordSchema.safeParse(record({ a: { value: 'x'.repeat(LIMITS.valueChars), hlc } })).success).toBe(
      false,
    );
    // Deep nesting is refused without overflowing the stack, whatever the depth.
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    expect(syncRecordSchema.safeParse(record({ a: { value: deep, hlc } })).success).toBe(false);
    const ok = JSON.parse('['.repeat(LIMITS.valueDepth) + ']'.repeat(LIMITS.valueDepth)) as unknown;
    expect(syncRecordSchema.safeParse(record({ a: { value: ok, hlc } })).success).toBe(true);
    expect(syncRecordSchema.safeParse(record({ a: { value: Number.NaN, hlc } })).success).toBe(false);
    expect(syncRecordSchema.safeParse(record({ a: { value: new Date(), hlc } })).success).toBe(false);
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.fieldsPerRecord + 1 }, (_, i) => [`f${i}`, { value: i, hlc }]),
    );
    expect(syncRecordSchema.safeParse(record(many)).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...record({}), id: 'x'.repeat(LIMITS.idLength + 1) }).success).toBe(false);
  });

  test('a push holds 1 to 500 changes with well-formed change ids', () => {
    const change = (i: number) => ({
      changeId: `change_${String(i).padStart(4, '0')}`,
      record: record({ a: { value: i, hlc } }),
    });
    expect(pushRequestSchema.safeParse({ changes: [change(1)] }).success).toBe(true);
    expect(pushRequestSchema.safeParse({ changes: [] }).success).toBe(false);
    expect(
      pushRequestSchema.safeParse({ changes: Array.from({ length: LIMITS.changesPerPush + 1 }, (_, i) => change(i)) })
        .success,
    ).toBe(false);
    expect(pushRequestSchema.safeParse({ changes: [{ ...change(1), changeId: 'short' }] }).success).toBe(false);
  });

  test('pull query: defaults and bounds', () => {
    expect(pullQuerySchema.parse({})).toEqual({ cursor: 0, limit: LIMITS.pullLimitDefault });
    expect(pullQuerySchema.parse({ cursor: '12', limit: '3' })).toEqual({ cursor: 12, limit: 3 });
    expect(pullQuerySchema.safeParse({ cursor: '-1' }).success).toBe(false);
    expect(pullQuerySchema.safeParse({ limit: String(LIMITS.pullLimitMax + 1) }).success).toBe(false);
  });
});
