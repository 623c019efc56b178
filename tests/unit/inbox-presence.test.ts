import { describe, expect, it } from 'vitest';
import {
  isLive,
  livePresence,
  mergePresence,
  othersReplying,
  PRESENCE_REFRESH_MS,
  PRESENCE_STRINGS,
  PRESENCE_TTL_MS,
  presenceAt,
  presenceLabel,
  presenceSchema,
  type Presence,
} from '../../utils/inbox/core/presence';

const T = Date.parse('2026-06-15T10:00:00Z');
const S = 1_000;
const p = (itemKey: string, cm: string, since: number, expiresAt = since + PRESENCE_TTL_MS): Presence => ({
  itemKey,
  cm,
  since,
  expiresAt,
});
const sorted = (list: Presence[]) =>
  [...list].sort((a, b) => a.itemKey.localeCompare(b.itemKey) || a.cm.localeCompare(b.cm));

describe('presence records', () => {
  it('live 45 s, refreshed every 15 s: two refreshes may be lost before it lapses', () => {
    expect(PRESENCE_TTL_MS).toBe(45 * S);
    expect(PRESENCE_REFRESH_MS).toBe(15 * S);
    expect(PRESENCE_TTL_MS / PRESENCE_REFRESH_MS).toBe(3);
  });

  it('a refresh keeps when the CM started and renews the life; a lapsed or other record starts anew', () => {
    const first = presenceAt('x:1', ' Marie ', T);
    expect(first).toEqual({ itemKey: 'x:1', cm: 'Marie', since: T, expiresAt: T + PRESENCE_TTL_MS });
    const again = presenceAt('x:1', 'Marie', T + 15 * S, first);
    expect(again).toEqual({ itemKey: 'x:1', cm: 'Marie', since: T, expiresAt: T + 60 * S });
    expect(presenceAt('x:1', 'Marie', T + PRESENCE_TTL_MS, first).since).toBe(T + PRESENCE_TTL_MS);
    expect(presenceAt('x:2', 'Marie', T + 15 * S, first).since).toBe(T + 15 * S);
    expect(presenceAt('x:1', 'Paul', T + 15 * S, first).since).toBe(T + 15 * S);
  });

  it('expires on its own at expiresAt (exclusive)', () => {
    const r = p('x:1', 'Marie', T);
    expect(isLive(r, T + PRESENCE_TTL_MS - 1)).toBe(true);
    expect(isLive(r, T + PRESENCE_TTL_MS)).toBe(false);
    const list = [r, p('x:2', 'Paul', T + 30 * S)];
    expect(livePresence(list, T + 10 * S)).toEqual(list);
    expect(livePresence(list, T + 50 * S)).toEqual([list[1]]);
    expect(livePresence(list, T + 80 * S)).toEqual([]);
  });

  it('the schema bounds the record', () => {
    expect(presenceSchema.safeParse(p('x:1', 'Marie', T)).success).toBe(true);
    expect(presenceSchema.safeParse(p('x:1', 'M'.repeat(201), T)).success).toBe(false);
    expect(presenceSchema.safeParse(p('', 'Marie', T)).success).toBe(false);
    expect(presenceSchema.safeParse(p('x'.repeat(513), 'Marie', T)).success).toBe(false);
  });
});

describe('othersReplying', () => {
  const records = [
    p('x:1', 'Marie', T - 60 * S, T + 30 * S),
    p('x:1', 'Paul', T - 90 * S, T + 20 * S),
    p('x:1', 'Zoé', T - 120 * S, T - 1), // lapsed
    p('x:1', 'Me', T - 10 * S, T + 40 * S),
    p('x:2', 'Ana', T - 10 * S, T + 40 * S), // another item
  ];

  it('lists the other live CMs on this item, the longest-replying first, never me', () => {
    expect(othersReplying(records, 'x:1', 'Me', T).map((r) => r.cm)).toEqual(['Paul', 'Marie']);
    expect(othersReplying(records, 'x:1', ' Me ', T).map((r) => r.cm)).toEqual(['Paul', 'Marie']);
    expect(othersReplying(records, 'x:1', 'Marie', T).map((r) => r.cm)).toEqual(['Paul', 'Me']);
    expect(othersReplying(records, 'x:2', 'Me', T).map((r) => r.cm)).toEqual(['Ana']);
    expect(othersReplying(records, 'x:3', 'Me', T)).toEqual([]);
    expect(othersReplying(records, 'x:1', 'Me', T + 25 * S).map((r) => r.cm)).toEqual(['Marie']);
  });

  it('names a CM once, however many records of theirs arrived', () => {
    const dup = [...records, p('x:1', 'Paul', T - 5 * S, T + 40 * S)];
    const others = othersReplying(dup, 'x:1', 'Me', T);
    expect(others.map((r) => r.cm)).toEqual(['Marie', 'Paul']);
    expect(others[1]!.expiresAt).toBe(T + 40 * S);
  });
});

describe('mergePresence', () => {
  const mine = [p('x:1', 'Marie', T, T + 45 * S), p('x:1', 'Paul', T, T + 45 * S), p('x:2', 'Marie', T)];
  const server = [p('x:1', 'Marie', T, T + 60 * S), p('x:1', 'Paul', T - 5 * S, T + 30 * S), p('x:3', 'Ana', T)];

  it('keeps one record per (item, CM), the latest', () => {
    const merged = sorted(mergePresence(mine, server));
    expect(merged).toEqual(
      sorted([
        p('x:1', 'Marie', T, T + 60 * S),
        p('x:1', 'Paul', T, T + 45 * S),
        p('x:2', 'Marie', T),
        p('x:3', 'Ana', T),
      ]),
    );
  });

  it('is order-independent and idempotent, ties going to the earlier start', () => {
    expect(sorted(mergePresence(mine, server))).toEqual(sorted(mergePresence(server, mine)));
    expect(sorted(mergePresence(mine, mine))).toEqual(sorted(mine));
    const a = p('x:9', 'Lea', T, T + 45 * S);
    const b = p('x:9', 'Lea', T + 5 * S, T + 45 * S);
    expect(mergePresence([a], [b])).toEqual([a]);
    expect(mergePresence([b], [a])).toEqual([a]);
  });

  it('keeps lapsed records until livePresence drops them', () => {
    const old = p('x:5', 'Old', T - 120 * S);
    expect(mergePresence([old], [])).toEqual([old]);
    expect(livePresence(mergePresence([old], server), T)).toEqual(livePresence(server, T));
  });
});

describe('presenceLabel', () => {
  const marie = { cm: 'Marie', since: T };
  it('says who and since when, in English and French', () => {
    expect(presenceLabel(marie, T + 20 * S, 'en')).toBe('Marie is replying (just now)');
    expect(presenceLabel(marie, T + 60 * S, 'en')).toBe('Marie is replying (since 1 min)');
    expect(presenceLabel(marie, T + 119 * S, 'en')).toBe('Marie is replying (since 1 min)');
    expect(presenceLabel(marie, T + 59 * 60 * S, 'en')).toBe('Marie is replying (since 59 min)');
    expect(presenceLabel(marie, T + 179 * 60 * S, 'en')).toBe('Marie is replying (since 2 h)');
    expect(presenceLabel(marie, T + 20 * S, 'fr')).toBe("Marie est en train de répondre (à l'instant)");
    expect(presenceLabel(marie, T + 60 * S, 'fr')).toBe('Marie est en train de répondre (depuis 1 min)');
    expect(presenceLabel(marie, T + 3 * 3600 * S, 'fr')).toBe('Marie est en train de répondre (depuis 3 h)');
  });

  it('copes with a clock behind the sender’s, and a name holding braces', () => {
    expect(presenceLabel(marie, T - 30 * S, 'en')).toBe('Marie is replying (just now)');
    expect(presenceLabel({ cm: 'A {since} B', since: T }, T + 60 * S, 'en')).toBe(
      'A {since} B is replying (since 1 min)',
    );
  });

  it('has the same strings in both languages', () => {
    expect(Object.keys(PRESENCE_STRINGS.fr).sort()).toEqual(Object.keys(PRESENCE_STRINGS.en).sort());
  });
});
