// A storage.sync stand-in that enforces Chrome's quotas the way Chrome reports them: bytes per item
// (key + JSON of the value), bytes in all, and write operations per minute. Each set/remove is one
// operation, whatever the number of keys.
export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
export const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;

const bytes = (s: string) => new TextEncoder().encode(s).length;

export class FakeSync {
  data: Record<string, unknown> = {};
  writes: number[] = [];
  /** Every successful set, for tests counting writes. */
  sets: Array<Record<string, unknown>> = [];
  listeners: Array<(changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void> = [];

  constructor(private readonly clock: () => number) {}

  private op(): void {
    const now = this.clock();
    this.writes = this.writes.filter((t) => t > now - 60_000);
    if (this.writes.length >= MAX_WRITE_OPERATIONS_PER_MINUTE)
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    this.writes.push(now);
  }

  total(data = this.data): number {
    return Object.entries(data).reduce((n, [k, v]) => n + bytes(k) + bytes(JSON.stringify(v)), 0);
  }

  async get(_keys: null): Promise<Record<string, unknown>> {
    return structuredClone(this.data);
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) {
      if (bytes(k) + bytes(JSON.stringify(v)) > QUOTA_BYTES_PER_ITEM)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const next = { ...this.data, ...structuredClone(items) };
    if (this.total(next) > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    this.op();
    const changes = Object.fromEntries(
      Object.keys(items).map((k) => [k, { oldValue: this.data[k], newValue: items[k] }]),
    );
    this.data = next;
    this.sets.push(items);
    for (const l of this.listeners) l(changes);
  }

  async remove(keys: string[]): Promise<void> {
    this.op();
    for (const k of keys) delete this.data[k];
  }
}
