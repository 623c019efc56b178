// Small statistics the report shares: nearest-rank percentiles and ratios that are null, not NaN,
// when there is nothing to divide by.

/** Nearest-rank percentile (p in 0–100) of an ascending-sorted list: the value at rank ⌈p/100 × n⌉; null when empty. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** A 7 × 24 grid of zeros: [weekday][hour]. */
export function emptyGrid(): number[][] {
  return Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
}
