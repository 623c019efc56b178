// A mergeable sketch of durations (first-response times), so the team server can merge many devices'
// days without ever seeing a single response time. Fixed log-spaced buckets (the DDSketch idea):
// bucket i > 0 holds the values in (MIN·γ^(i-1), MIN·γ^i], with γ = (1+α)/(1−α), and stands for
// 2·MIN·γ^i/(γ+1). Two sketches merge by adding their counts, in any order, any number of times.
//
// Error: counts are exact, so the nearest-rank element's bucket is found exactly, and its
// representative is within a relative error α (2 %) of the exact nearest-rank value. Values at or
// below MIN (one second) read as 0 (an absolute error under one second); values above MAX (about two
// years) are counted in the last bucket.
import { z } from '../../shared/zod';

/** The relative error of a quantile read from a sketch. */
export const SKETCH_RELATIVE_ERROR = 0.02;
const GAMMA = (1 + SKETCH_RELATIVE_ERROR) / (1 - SKETCH_RELATIVE_ERROR);
const LN_GAMMA = Math.log(GAMMA);
/** Values in minutes: one second. */
export const SKETCH_MIN_MINUTES = 1 / 60;
/** About two years, in minutes. */
export const SKETCH_MAX_MINUTES = 2 * 366 * 24 * 60;
export const SKETCH_MAX_BUCKET = Math.ceil(Math.log(SKETCH_MAX_MINUTES / SKETCH_MIN_MINUTES) / LN_GAMMA);

/** Sparse `[bucket, count]` pairs, buckets increasing, counts positive. */
export type Sketch = [number, number][];

export const sketchSchema = z
  .array(
    z.tuple([z.number().int().min(0).max(SKETCH_MAX_BUCKET), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)]),
  )
  .max(SKETCH_MAX_BUCKET + 1)
  .refine((s) => s.every((p, i) => i === 0 || p[0] > s[i - 1]![0]), 'buckets must increase');

/** The bucket of a duration in minutes (negative or not finite: 0). */
export function sketchBucket(minutes: number): number {
  if (!(minutes > SKETCH_MIN_MINUTES)) return 0;
  const i = Math.ceil(Math.log(minutes / SKETCH_MIN_MINUTES) / LN_GAMMA);
  // Floating point can put an exact bucket bound one bucket too high or low: check against the bounds.
  const fixed = minutes <= bucketUpper(i - 1) ? i - 1 : minutes > bucketUpper(i) ? i + 1 : i;
  return Math.min(Math.max(fixed, 1), SKETCH_MAX_BUCKET);
}

const bucketUpper = (i: number) => SKETCH_MIN_MINUTES * GAMMA ** i;

/** What a bucket stands for, in minutes. */
export function bucketValue(bucket: number): number {
  return bucket <= 0 ? 0 : (2 * SKETCH_MIN_MINUTES * GAMMA ** bucket) / (GAMMA + 1);
}

/** Builds a sketch from durations, in minutes. */
export function sketchOf(minutes: Iterable<number>): Sketch {
  const counts = new Map<number, number>();
  for (const m of minutes) {
    const b = sketchBucket(m);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return fromCounts(counts);
}

/** Adds sketches together (the merge: commutative, associative, idempotent only on its own copies). */
export function mergeSketches(sketches: Iterable<Sketch>): Sketch {
  const counts = new Map<number, number>();
  for (const s of sketches) for (const [b, n] of s) counts.set(b, (counts.get(b) ?? 0) + n);
  return fromCounts(counts);
}

export function fromCounts(counts: Map<number, number>): Sketch {
  return [...counts.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
}

export function sketchCount(s: Sketch): number {
  let n = 0;
  for (const [, c] of s) n += c;
  return n;
}

/**
 * The q-quantile (0 < q ≤ 1) by the nearest-rank method: the value of rank ⌈q·n⌉ (at least 1), within
 * SKETCH_RELATIVE_ERROR of the exact one. null for an empty sketch.
 */
export function sketchQuantile(s: Sketch, q: number): number | null {
  const n = sketchCount(s);
  if (n === 0) return null;
  const rank = nearestRank(q, n);
  let seen = 0;
  for (const [b, c] of s) {
    seen += c;
    if (seen >= rank) return bucketValue(b);
  }
  return bucketValue(s[s.length - 1]![0]);
}

/** ⌈q·n⌉ in [1, n], without floating point's 0.9 × 10 = 9.000000000000002. */
export function nearestRank(q: number, n: number): number {
  return Math.min(n, Math.max(1, Math.ceil(q * n - 1e-9)));
}
