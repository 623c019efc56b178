// Hybrid logical clock: wall-clock milliseconds, a counter for events within one millisecond (or
// while the wall clock lags behind a timestamp already seen), and the node id that breaks ties.
// Encoded as a fixed-width string so plain string comparison is the clock order, everywhere:
// in JS (`<`), in IndexedDB indexes and in SQL (`COLLATE "C"`).

export interface Hlc {
  /** Milliseconds since the epoch. */
  wall: number;
  /** Events in the same millisecond; 0..COUNTER_MAX. */
  counter: number;
  /** Device (or server) that made the event: decides between equal wall/counter. */
  node: string;
}

const WALL_DIGITS = 15; // up to year 33658: no overflow to worry about
const COUNTER_DIGITS = 6;
export const COUNTER_MAX = 999_999;
/** Node ids are plain ASCII so the encoded string sorts the same in any collation we use. */
export const NODE_RE = /^[A-Za-z0-9_]{1,40}$/;
export const HLC_RE = /^\d{15}-\d{6}-[A-Za-z0-9_]{1,40}$/;

/**
 * How far ahead of the server's clock a timestamp may be. Beyond it the server clamps the wall
 * time to `now + MAX_AHEAD_MS` (see `clampHlc`): a device whose clock is an hour fast can then win
 * conflicts for one minute at most, instead of for an hour. Clamping (not rejecting) keeps such a
 * device able to sync at all: its own clock cannot go backwards.
 */
export const MAX_AHEAD_MS = 60_000;

export class HlcError extends Error {}

export function encodeHlc(h: Hlc): string {
  if (!Number.isSafeInteger(h.wall) || h.wall < 0 || h.wall >= 10 ** WALL_DIGITS)
    throw new HlcError(`bad wall time ${h.wall}`);
  if (!Number.isInteger(h.counter) || h.counter < 0 || h.counter > COUNTER_MAX)
    throw new HlcError(`bad counter ${h.counter}`);
  if (!NODE_RE.test(h.node)) throw new HlcError(`bad node id ${JSON.stringify(h.node)}`);
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}-${String(h.counter).padStart(COUNTER_DIGITS, '0')}-${h.node}`;
}

export function decodeHlc(s: string): Hlc {
  if (!HLC_RE.test(s)) throw new HlcError(`bad HLC ${JSON.stringify(s.slice(0, 80))}`);
  return {
    wall: Number(s.slice(0, WALL_DIGITS)),
    counter: Number(s.slice(WALL_DIGITS + 1, WALL_DIGITS + 1 + COUNTER_DIGITS)),
    node: s.slice(WALL_DIGITS + COUNTER_DIGITS + 2),
  };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? b : a;
}

/** Advance past the logical time (wall, counter) `last`, at wall time `now`. */
function advance(last: { wall: number; counter: number }, now: number, node: string): Hlc {
  const wall = Math.max(last.wall, Math.floor(now));
  if (wall !== last.wall) return { wall, counter: 0, node };
  // Counter exhausted within one millisecond: borrow the next millisecond rather than fail.
  if (last.counter >= COUNTER_MAX) return { wall: wall + 1, counter: 0, node };
  return { wall, counter: last.counter + 1, node };
}

/**
 * A local clock. `tick()` for a local event, `receive()` for a timestamp seen from elsewhere;
 * every tick after a receive is greater than what was received, whatever the wall clock says.
 */
export class HlcClock {
  private last: Hlc;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    saved?: string | null,
  ) {
    if (!NODE_RE.test(node)) throw new HlcError(`bad node id ${JSON.stringify(node)}`);
    this.last = saved ? { ...decodeHlc(saved), node } : { wall: 0, counter: 0, node };
  }

  /** A new timestamp, greater than any this clock produced or received. */
  tick(): string {
    this.last = advance(this.last, this.now(), this.node);
    return encodeHlc(this.last);
  }

  /** Take a remote timestamp into account (its node id does not matter to our future ticks). */
  receive(remote: string): void {
    const r = decodeHlc(remote);
    if (r.wall > this.last.wall || (r.wall === this.last.wall && r.counter > this.last.counter)) {
      this.last = { wall: r.wall, counter: r.counter, node: this.node };
    }
  }

  /** The state to persist (so a restarted device never reissues a timestamp). */
  save(): string {
    return encodeHlc(this.last);
  }
}

/** The smallest timestamp of `node` greater than `after` at wall time `now` (server-side writes). */
export function hlcAfter(after: string | undefined, now: number, node: string): string {
  const last = after ? decodeHlc(after) : { wall: 0, counter: 0 };
  return encodeHlc(advance(last, now, node));
}

/** Clamp a timestamp to at most `now + MAX_AHEAD_MS` (keeping its counter and node). */
export function clampHlc(s: string, now: number, maxAheadMs = MAX_AHEAD_MS): { hlc: string; clamped: boolean } {
  const h = decodeHlc(s);
  const limit = Math.floor(now) + maxAheadMs;
  if (h.wall <= limit) return { hlc: s, clamped: false };
  return { hlc: encodeHlc({ ...h, wall: limit }), clamped: true };
}
