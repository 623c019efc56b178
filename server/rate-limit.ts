// A token bucket per key (a device, or an address for joins), kept in this process's memory: with
// several instances behind a load balancer each applies its own limit, so a client gets up to
// N times the rate. Good enough to stop a runaway client; a shared limiter is not worth a Redis.

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
  now?: () => number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly o: RateLimitOptions) {
    this.now = o.now ?? Date.now;
  }

  /** Take one token; returns 0 when allowed, else the milliseconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.o.burst, at: now };
    b.tokens = Math.min(this.o.burst, b.tokens + ((now - b.at) / 1000) * this.o.perSecond);
    b.at = now;
    if (this.buckets.size > 10_000) this.prune(now);
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / this.o.perSecond) * 1000);
  }

  /** The milliseconds until `key` has a token (0: it has one now), without taking it. */
  peek(key: string): number {
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = Math.min(this.o.burst, b.tokens + ((this.now() - b.at) / 1000) * this.o.perSecond);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.o.perSecond) * 1000);
  }

  /** Forget buckets that have refilled: they behave exactly like new ones. */
  private prune(now: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.o.perSecond >= this.o.burst) this.buckets.delete(k);
    }
  }
}
