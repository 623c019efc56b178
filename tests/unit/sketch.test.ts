import { describe, expect, it } from 'vitest';
import {
  bucketValue,
  mergeSketches,
  nearestRank,
  SKETCH_MAX_BUCKET,
  SKETCH_MAX_MINUTES,
  SKETCH_MIN_MINUTES,
  SKETCH_RELATIVE_ERROR,
  sketchBucket,
  sketchCount,
  sketchOf,
  sketchQuantile,
  sketchSchema,
} from '../../utils/reports/core/sketch';
import { seeded } from '../support/random';

/** The exact nearest-rank quantile, written out independently of the sketch. */
function exact(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(Math.round(q * sorted.length * 1e6) / 1e6));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Response-time-like data: log-normal minutes, some seconds, some days. */
function durations(rnd: () => number, n: number): number[] {
  return Array.from({ length: n }, () => {
    const u = Math.max(rnd(), 1e-12);
    const v = rnd();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(2.5 + 2 * normal);
  });
}

describe('sketch', () => {
  it('reads median and p90 within the stated relative error of exact nearest-rank, on random data', () => {
    const rnd = seeded(1515);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(rnd() * 400);
      const values = durations(rnd, n).map((v) => Math.min(v, SKETCH_MAX_MINUTES));
      const s = sketchOf(values);
      expect(sketchCount(s)).toBe(n);
      for (const q of [0.5, 0.9, 0.99, 1 / n]) {
        const want = exact(values, q);
        const got = sketchQuantile(s, q)!;
        if (want <= SKETCH_MIN_MINUTES) expect(got).toBe(0);
        else expect(Math.abs(got - want) / want).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR + 1e-12);
      }
    }
  });

  it('merges by addition: merging the parts equals the sketch of the whole, in any order', () => {
    const rnd = seeded(7);
    const parts = Array.from({ length: 12 }, () => durations(rnd, Math.floor(rnd() * 50)));
    const whole = sketchOf(parts.flat());
    const merged = mergeSketches(parts.map((p) => sketchOf(p)));
    expect(merged).toEqual(whole);
    expect(mergeSketches([...parts].reverse().map((p) => sketchOf(p)))).toEqual(whole);
    expect(sketchQuantile(merged, 0.9)).toBe(sketchQuantile(whole, 0.9));
  });

  it('puts every value in the bucket whose bounds hold it, and keeps the ends bounded', () => {
    const rnd = seeded(3);
    for (let i = 0; i < 5000; i++) {
      const v = SKETCH_MIN_MINUTES * Math.exp(rnd() * 17);
      const b = sketchBucket(v);
      const rep = bucketValue(b);
      expect(Math.abs(rep - v) / v).toBeLessThanOrEqual(SKETCH_RELATIVE_ERROR + 1e-12);
    }
    expect(sketchBucket(-5)).toBe(0);
    expect(sketchBucket(Number.NaN)).toBe(0);
    expect(sketchBucket(SKETCH_MIN_MINUTES)).toBe(0);
    expect(sketchBucket(1e12)).toBe(SKETCH_MAX_BUCKET);
    expect(SKETCH_MAX_BUCKET).toBeLessThan(500);
  });

  it('answers null for an empty sketch and never NaN', () => {
    expect(sketchQuantile([], 0.5)).toBeNull();
    expect(sketchQuantile(sketchOf([3]), 0.5)).toBeCloseTo(3, 1);
    expect(nearestRank(0.9, 10)).toBe(9);
    expect(nearestRank(0.5, 1)).toBe(1);
  });

  it('validates its wire form: increasing buckets, positive counts', () => {
    expect(sketchSchema.safeParse(sketchOf([1, 2, 3, 60])).success).toBe(true);
    expect(
      sketchSchema.safeParse([
        [5, 1],
        [5, 2],
      ]).success,
    ).toBe(false);
    expect(sketchSchema.safeParse([[5, 0]]).success).toBe(false);
    expect(sketchSchema.safeParse([[SKETCH_MAX_BUCKET + 1, 1]]).success).toBe(false);
  });
});
