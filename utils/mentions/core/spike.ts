// Spike alert: a burst of negative or urgent mentions of a brand, well above its usual rate, is
// the early warning of a crisis. Pure: given when such mentions were first seen, decide.

export interface SpikeOptions {
  /** The window the burst is counted in (ms). */
  windowMs: number;
  /** How far back the usual rate is measured (ms). */
  baselineMs: number;
  /** The burst must be at least this many mentions… */
  minCount: number;
  /** …and this many times the usual count for a window of the same length. */
  factor: number;
}

export const DEFAULT_SPIKE: SpikeOptions = {
  windowMs: 60 * 60 * 1000,
  baselineMs: 7 * 24 * 60 * 60 * 1000,
  minCount: 5,
  factor: 3,
};

export interface SpikeVerdict {
  spike: boolean;
  /** Negative or urgent mentions in the last window. */
  recent: number;
  /** The usual count for one window, from the baseline period before it. */
  usual: number;
}

/** `times`: when each negative or urgent mention of one brand was first seen (ms since epoch). */
export function detectSpike(times: readonly number[], now: number, opts: SpikeOptions = DEFAULT_SPIKE): SpikeVerdict {
  const windowStart = now - opts.windowMs;
  const baselineStart = windowStart - opts.baselineMs;
  let recent = 0;
  let before = 0;
  for (const t of times) {
    if (t > now) continue;
    if (t >= windowStart) recent++;
    else if (t >= baselineStart) before++;
  }
  const usual = (before * opts.windowMs) / opts.baselineMs;
  return { spike: recent >= opts.minCount && recent >= opts.factor * usual, recent, usual };
}
