// Personal roaming through the browser's storage.sync: a small settings blob follows the user to
// their other browsers of the same vendor. Pure planning only: what to write under which keys (split
// to fit the per-item quota), whether it fits at all, when the next write may happen (the
// write-rate quota), and which side wins when two browsers changed settings (the newer, by time).
// Never the library, never a key or a token: only the settings listed in ROAMED_KEYS travel.
import { z } from '../../shared/zod';
import { uiLanguageSchema } from '../../settings/core/schema';
import { trollSensitivitySchema } from '../../trolls/core/sensitivity';

/** Chrome's storage.sync quotas (Firefox applies the same ones), measured on these machines. */
export const SYNC_QUOTA = {
  bytesPerItem: 8192,
  bytes: 102_400,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1800,
} as const;

/** Roaming shares storage.sync with nothing else today; leave room for what may come. */
export const ROAM_BUDGET_BYTES = 64 * 1024;
export const ROAM_PREFIX = 'tact.roam.';
export const ROAM_META_KEY = `${ROAM_PREFIX}meta`;

/**
 * The settings that roam: preferences of the person, never secrets nor data. A setting added to
 * the settings schema roams only when listed here (and its schema added to roamedSettingsSchema).
 */
export const ROAMED_KEYS = ['language', 'trollSensitivity'] as const;
export const roamedSettingsSchema = z.object({
  language: uiLanguageSchema.optional(),
  trollSensitivity: trollSensitivitySchema.optional(),
});
export type RoamedSettings = z.infer<typeof roamedSettingsSchema>;

/** What a key name may never look like, whatever the list says (a guard against a careless addition). */
const SECRET = /token|key|secret|password|auth|credential/i;

export const roamBlobSchema = z.object({
  v: z.literal(1),
  /** When the roamed settings last changed (ms): the newer side wins. */
  at: z.number().int().nonnegative(),
  settings: roamedSettingsSchema,
});
export type RoamBlob = z.infer<typeof roamBlobSchema>;

const metaSchema = z.object({
  v: z.literal(1),
  at: z.number().int().nonnegative(),
  n: z
    .number()
    .int()
    .min(1)
    .max(SYNC_QUOTA.maxItems - 1),
});

/** The roamed part of the settings: listed keys only, secrets refused even if listed. */
export function pickRoamed(settings: Record<string, unknown>): RoamedSettings {
  const out: Record<string, unknown> = {};
  for (const key of ROAMED_KEYS) {
    if (SECRET.test(key)) continue;
    if (settings[key] !== undefined) out[key] = settings[key];
  }
  return roamedSettingsSchema.parse(out);
}

/** Bytes an item takes in storage.sync: its key plus the JSON of its value. */
export function itemBytes(key: string, value: unknown): number {
  return utf8(key) + utf8(JSON.stringify(value));
}
function utf8(s: string): number {
  return new TextEncoder().encode(s).length;
}

export type EncodeResult =
  { ok: true; items: Record<string, unknown>; bytes: number } | { ok: false; reason: 'too_large'; bytes: number };

/**
 * The items to store for a blob: the JSON text cut in pieces that each fit one item (their JSON
 * escaping counted), and a meta item naming how many pieces and when. Written in one `set` call.
 */
export function encodeRoaming(blob: RoamBlob, budget = ROAM_BUDGET_BYTES): EncodeResult {
  const text = JSON.stringify(blob);
  const items: Record<string, unknown> = {};
  let bytes = 0;
  let start = 0;
  let n = 0;
  while (start < text.length) {
    const key = `${ROAM_PREFIX}${n}`;
    // The longest piece that fits: binary search on its length, never cutting a surrogate pair.
    let lo = 1;
    let hi = text.length - start;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (itemBytes(key, text.slice(start, start + mid)) <= SYNC_QUOTA.bytesPerItem) lo = mid;
      else hi = mid - 1;
    }
    let end = start + lo;
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    items[key] = text.slice(start, end);
    bytes += itemBytes(key, items[key]);
    start = end;
    n++;
  }
  items[ROAM_META_KEY] = { v: 1, at: blob.at, n };
  bytes += itemBytes(ROAM_META_KEY, items[ROAM_META_KEY]);
  if (bytes > budget || n + 1 > SYNC_QUOTA.maxItems) return { ok: false, reason: 'too_large', bytes };
  return { ok: true, items, bytes };
}

/** The write for a blob, given what is stored now: items to set, and stale pieces to remove. */
export function planRoamingWrite(
  blob: RoamBlob,
  stored: Record<string, unknown>,
  budget = ROAM_BUDGET_BYTES,
):
  | { ok: true; set: Record<string, unknown>; remove: string[]; bytes: number }
  | { ok: false; reason: 'too_large'; bytes: number } {
  const encoded = encodeRoaming(blob, budget);
  if (!encoded.ok) return encoded;
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(encoded.items)) if (JSON.stringify(stored[k]) !== JSON.stringify(v)) set[k] = v;
  const remove = Object.keys(stored).filter((k) => k.startsWith(ROAM_PREFIX) && !(k in encoded.items));
  return { ok: true, set, remove, bytes: encoded.bytes };
}

/** The blob stored in sync, or null when there is none or it is incomplete or unreadable (half-synced). */
export function decodeRoaming(stored: Record<string, unknown>): RoamBlob | null {
  const meta = metaSchema.safeParse(stored[ROAM_META_KEY]);
  if (!meta.success) return null;
  let text = '';
  for (let i = 0; i < meta.data.n; i++) {
    const piece = stored[`${ROAM_PREFIX}${i}`];
    if (typeof piece !== 'string') return null;
    text += piece;
  }
  try {
    const blob = roamBlobSchema.safeParse(JSON.parse(text));
    // The pieces of another write than the meta's (sync delivered them apart): wait for the rest.
    return blob.success && blob.data.at === meta.data.at ? blob.data : null;
  } catch {
    return null;
  }
}

/**
 * Which side wins. `local.at` is when the roamed settings last changed here. Remote newer → apply it
 * here; local newer (or nothing remote) → write it; equal → nothing to do.
 */
export function reconcile(local: RoamBlob, remote: RoamBlob | null): 'apply_remote' | 'push_local' | 'in_sync' {
  if (!remote) return 'push_local';
  if (remote.at > local.at) return 'apply_remote';
  if (remote.at < local.at) return 'push_local';
  return JSON.stringify(remote.settings) === JSON.stringify(local.settings) ? 'in_sync' : 'push_local';
}

/**
 * The write-rate quota: each `set` or `remove` call is one operation. Writes wait for a free slot
 * in both windows and keep a minimum gap, so a user clicking through settings makes few writes
 * (the latest state is written once the gap is over: coalescing happens in the caller).
 */
export class WriteGate {
  private ops: number[] = [];
  constructor(
    private readonly limits = {
      perMinute: SYNC_QUOTA.writesPerMinute,
      perHour: SYNC_QUOTA.writesPerHour,
      minGapMs: 2000,
    },
  ) {}

  /** How long to wait (ms) before `count` operations may start at `now`. */
  delay(now: number, count = 1): number {
    this.ops = this.ops.filter((t) => t > now - 3_600_000);
    let wait = 0;
    const last = this.ops[this.ops.length - 1];
    if (last !== undefined) wait = Math.max(wait, last + this.limits.minGapMs - now);
    const inMinute = this.ops.filter((t) => t > now - 60_000);
    // Keep a margin of half the per-minute quota: another part of the browser may write too.
    const perMinute = Math.floor(this.limits.perMinute / 2);
    if (inMinute.length + count > perMinute)
      wait = Math.max(wait, inMinute[inMinute.length + count - perMinute - 1]! + 60_000 - now);
    if (this.ops.length + count > this.limits.perHour / 2)
      wait = Math.max(
        wait,
        this.ops[this.ops.length + count - Math.floor(this.limits.perHour / 2) - 1]! + 3_600_000 - now,
      );
    return Math.max(0, wait);
  }

  record(now: number, count = 1): void {
    for (let i = 0; i < count; i++) this.ops.push(now);
  }
}

export type QuotaProblem = 'full' | 'item' | 'rate' | 'other';
/** What a rejected storage.sync write means, from the browser's error text (Chrome and Firefox name the quota). */
export function quotaProblem(error: unknown): QuotaProblem {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM/i.test(text)) return 'item';
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'full';
  return 'other';
}
