// The hybrid logical clock: string order is clock order, ticks never go back, clamping is bounded.
import { describe, expect, test } from 'vitest';
import {
  clampHlc,
  COUNTER_MAX,
  decodeHlc,
  encodeHlc,
  hlcAfter,
  HlcClock,
  HlcError,
  MAX_AHEAD_MS,
} from '../../utils/sync/core/hlc';
import { seeded } from '../support/random';

describe('encoding', () => {
  test('round-trips and sorts like (wall, counter, node)', () => {
    const rnd = seeded(7);
    const hs = Array.from({ length: 300 }, () => ({
      wall: Math.floor(rnd() * 2e12),
      counter: Math.floor(rnd() * 3) * Math.floor(rnd() * 1000),
      node: ['a', 'b', 'B', 'node_1', 'z9'][Math.floor(rnd() * 5)]!,
    }));
    for (const h of hs) expect(decodeHlc(encodeHlc(h))).toEqual(h);
    const byTuple = [...hs].sort(
      (x, y) => x.wall - y.wall || x.counter - y.counter || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0),
    );
    const byString = [...hs].map(encodeHlc).sort();
    expect(byString).toEqual(byTuple.map(encodeHlc));
  });

  test('rejects what would break the order', () => {
    expect(() => encodeHlc({ wall: -1, counter: 0, node: 'a' })).toThrow(HlcError);
    expect(() => encodeHlc({ wall: 1, counter: COUNTER_MAX + 1, node: 'a' })).toThrow(HlcError);
    expect(() => encodeHlc({ wall: 1, counter: 0, node: 'a-b' })).toThrow(HlcError);
    expect(() => encodeHlc({ wall: 1, counter: 0, node: '' })).toThrow(HlcError);
    expect(() => decodeHlc('12-0-a')).toThrow(HlcError);
  });
});

describe('clock', () => {
  test('ticks strictly increase even when the wall clock goes backwards or stalls', () => {
    const walls = [1000, 1000, 999, 500, 1001, 1001, 2000, 1500];
    let i = 0;
    const clock = new HlcClock('a', () => walls[Math.min(i++, walls.length - 1)]!);
    const ticks = walls.map(() => clock.tick());
    for (let k = 1; k < ticks.length; k++) expect(ticks[k]! > ticks[k - 1]!).toBe(true);
    expect(decodeHlc(ticks[3]!)).toEqual({ wall: 1000, counter: 3, node: 'a' });
  });

  test('a tick after receive is above the received timestamp, and a saved clock resumes above itself', () => {
    const clock = new HlcClock('a', () => 100);
    const remote = encodeHlc({ wall: 5000, counter: 7, node: 'zz' });
    clock.receive(remote);
    const t = clock.tick();
    expect(t > remote).toBe(true);
    expect(decodeHlc(t)).toEqual({ wall: 5000, counter: 8, node: 'a' });
    const resumed = new HlcClock('a', () => 100, clock.save());
    expect(resumed.tick() > t).toBe(true);
  });

  test('counter overflow borrows the next millisecond', () => {
    const clock = new HlcClock('a', () => 10, encodeHlc({ wall: 10, counter: COUNTER_MAX, node: 'a' }));
    expect(decodeHlc(clock.tick())).toEqual({ wall: 11, counter: 0, node: 'a' });
  });

  test('hlcAfter is just above its argument', () => {
    const prev = encodeHlc({ wall: 50, counter: 2, node: 'x' });
    expect(decodeHlc(hlcAfter(prev, 10, 'server'))).toEqual({ wall: 50, counter: 3, node: 'server' });
    expect(decodeHlc(hlcAfter(prev, 60, 'server'))).toEqual({ wall: 60, counter: 0, node: 'server' });
    expect(decodeHlc(hlcAfter(undefined, 60, 'server'))).toEqual({ wall: 60, counter: 0, node: 'server' });
  });
});

describe('clamp', () => {
  test(`timestamps more than ${MAX_AHEAD_MS} ms ahead are brought back to the bound, others untouched`, () => {
    const now = 1_700_000_000_000;
    const ok = encodeHlc({ wall: now + MAX_AHEAD_MS, counter: 3, node: 'a' });
    expect(clampHlc(ok, now)).toEqual({ hlc: ok, clamped: false });
    const ahead = encodeHlc({ wall: now + 3_600_000, counter: 3, node: 'a' });
    expect(clampHlc(ahead, now)).toEqual({
      hlc: encodeHlc({ wall: now + MAX_AHEAD_MS, counter: 3, node: 'a' }),
      clamped: true,
    });
  });
});
