// "Marie is replying" (issue #16 part 4): a CM who opens a reply box (or a suggestion card) on an
// item says so with a short-lived presence record, refreshed while the box stays open. Nothing ever
// deletes one: it expires on its own, so a closed tab, a crash or going offline all end it, and a
// device without the server simply sees none. Pure: the caller passes `now`.
import { z } from '../../shared/zod';
import { cmNameSchema } from './roles';

/**
 * A record lives 45 s and the open reply box refreshes it every 15 s: three refreshes per life, so
 * one lost or late refresh (a poll that came late, a slow network) never makes the warning flicker,
 * while a box closed without a word (tab closed, crash, offline) stops warning others within 45 s.
 * Shorter would flicker on a 15 s poll; longer would warn about replies long abandoned.
 */
export const PRESENCE_TTL_MS = 45_000;
export const PRESENCE_REFRESH_MS = 15_000;

export const presenceSchema = z.object({
  /** The item's key (platform + id, as the items table keys it). */
  itemKey: z.string().min(1).max(512),
  /** The CM's name, as `currentActor` gives it. */
  cm: cmNameSchema,
  /** When this CM started replying to it (kept across refreshes). */
  since: z.number().int().nonnegative(),
  expiresAt: z.number().int().nonnegative(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** A new presence, or `prev` (same item and CM, still live) refreshed: its `since` kept, its life renewed. */
export function presenceAt(itemKey: string, cm: string, now: number, prev?: Presence | null): Presence {
  const name = cm.trim();
  const keep = prev && prev.itemKey === itemKey && prev.cm === name && prev.expiresAt > now;
  return { itemKey, cm: name, since: keep ? prev.since : now, expiresAt: now + PRESENCE_TTL_MS };
}

/** Whether the record still holds at `now` (it ends at `expiresAt`, exclusive). */
export const isLive = (p: Presence, now: number): boolean => p.expiresAt > now;

/** The records still live at `now`. */
export function livePresence(records: readonly Presence[], now: number): Presence[] {
  return records.filter((p) => isLive(p, now));
}

/** The other CMs replying to this item at `now`, the longest-replying first; never `me`. */
export function othersReplying(records: readonly Presence[], itemKey: string, me: string, now: number): Presence[] {
  const self = me.trim();
  const latest = mergePresence(
    records.filter((p) => p.itemKey === itemKey && p.cm !== self && isLive(p, now)),
    [],
  );
  return latest.sort((a, b) => a.since - b.since || a.cm.localeCompare(b.cm));
}

const keyOf = (p: Presence) => `${p.itemKey}\u0000${p.cm}`;

/** The later of two records of one (item, CM): the later expiry, then the earlier start. */
function later(a: Presence, b: Presence): Presence {
  if (a.expiresAt !== b.expiresAt) return a.expiresAt > b.expiresAt ? a : b;
  return a.since <= b.since ? a : b;
}

/**
 * Two lists merged (what a device knew and what the server sent): one record per (item, CM), the
 * latest (later expiry, on a tie the earlier start). Order-independent: merge(a, b) and merge(b, a)
 * hold the same records. Expired records are kept: `livePresence` drops them when asked.
 */
export function mergePresence(a: readonly Presence[], b: readonly Presence[]): Presence[] {
  const byKey = new Map<string, Presence>();
  for (const p of [...a, ...b]) {
    const known = byKey.get(keyOf(p));
    byKey.set(keyOf(p), known ? later(known, p) : p);
  }
  return [...byKey.values()];
}

/** The label's words, in both languages ({name}, {n} filled in by `presenceLabel`). */
export const PRESENCE_STRINGS = {
  en: {
    replying: '{name} is replying ({since})',
    justNow: 'just now',
    minutes: 'since {n} min',
    hours: 'since {n} h',
  },
  fr: {
    replying: '{name} est en train de répondre ({since})',
    justNow: "à l'instant",
    minutes: 'depuis {n} min',
    hours: 'depuis {n} h',
  },
} as const satisfies Record<'fr' | 'en', Record<string, string>>;

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/**
 * "Marie is replying (since 1 min)" / "Marie est en train de répondre (depuis 1 min)": under a
 * minute "just now", whole minutes under an hour, then whole hours (rounded down).
 */
export function presenceLabel(p: Pick<Presence, 'cm' | 'since'>, now: number, lang: 'fr' | 'en'): string {
  const s = PRESENCE_STRINGS[lang];
  const minutes = Math.floor(Math.max(0, now - p.since) / 60_000);
  const since =
    minutes < 1
      ? s.justNow
      : minutes < 60
        ? fill(s.minutes, { n: minutes })
        : fill(s.hours, { n: Math.floor(minutes / 60) });
  return fill(s.replying, { name: p.cm, since });
}
