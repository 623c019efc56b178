// Advocates and detractors: what an author's stored mentions of the last 30 days say of them. An
// advocate keeps praising the brand (at least STANDING_MIN positive mentions, clearly more than the
// negative ones); a detractor keeps complaining (the same, the other way round). Detractors are unhappy
// people, not trolls: an author the troll model flagged or a moderator labelled a troll is neither.
// Pure: standing-repo.ts reads the items and the author rows, the side panel ranks with it too.
import { firstResponseAt, type StoredItem } from '../../mentions/core/item-state';
import { readCounts, trollFlags } from '../../trolls/core/author-memory';
import type { Standing } from './care-info';

/** The window read, in days: "3 praises in 30 days". */
export const STANDING_DAYS = 30;
const DAY_MS = 86_400_000;
/** A posted time read from the page may run a little ahead of the clock; later than this is not yet. */
const FUTURE_SLACK_MS = 3_600_000;
/** How many positive (negative) mentions in the window make an advocate (a detractor). */
export const STANDING_MIN = 3;
/**
 * "Clearly outweigh": the side that decides must count at least this many times the other (3 praises
 * and 1 complaint is an advocate; 3 and 2 is a mixed history, neither).
 */
export const OUTWEIGH_FACTOR = 2;
/**
 * A sentiment this far from neutral counts by itself when the intent says neither praise nor complaint
 * (a question asked warmly). The reports call ±0.25 positive/negative; "clearly" asks for more, and a
 * CM's sentiment correction (stored at ±0.5, mentions/core/correction.ts) counts.
 */
export const CLEAR_SENTIMENT = 0.5;
/** Intents that count as positive or negative whatever the sentiment score. */
export const POSITIVE_INTENTS: ReadonlySet<string> = new Set(['praise']);
export const NEGATIVE_INTENTS: ReadonlySet<string> = new Set(['complaint', 'urgent']);
/** The moderator's label (trolls/core/author-memory.ts LABEL_PRESETS) that makes an author a troll. */
export const TROLL_LABEL = 'known_troll';

/** One of the author's stored items, as standing reads it. */
export type StandingItem = Pick<
  StoredItem,
  'intent' | 'sentiment' | 'postedAt' | 'firstSeenAt' | 'repliedAt' | 'answeredAt' | 'brandIds' | 'ours'
>;

/** What the troll side remembers of the author (table `authors`): the moderator's labels, verdict counts. */
export interface TrollMarks {
  labels?: readonly string[] | undefined;
  counts?: unknown;
}

/** +1 a positive mention, -1 a negative one, 0 neither. The intent decides first, then a clear sentiment. */
export function polarity(item: Pick<StandingItem, 'intent' | 'sentiment'>): 1 | -1 | 0 {
  if (POSITIVE_INTENTS.has(item.intent)) return 1;
  if (NEGATIVE_INTENTS.has(item.intent)) return -1;
  if (item.sentiment >= CLEAR_SENTIMENT) return 1;
  if (item.sentiment <= -CLEAR_SENTIMENT) return -1;
  return 0;
}

/** When a mention counts: when it was posted, else when Tact first saw it (as the reports do). */
export function mentionAt(item: Pick<StandingItem, 'postedAt' | 'firstSeenAt'>): number {
  return item.postedAt ?? item.firstSeenAt;
}

/**
 * Whether the troll model flagged the author (any type but the unhappy customer) or a moderator labelled
 * them a troll.
 */
export function markedTroll(marks: TrollMarks | undefined): boolean {
  if (!marks) return false;
  if ((marks.labels ?? []).includes(TROLL_LABEL)) return true;
  return trollFlags(readCounts(marks.counts)) > 0;
}

export interface Tally {
  positives: number;
  negatives: number;
  answeredPositives: number;
  answeredNegatives: number;
}

/**
 * The author's positive and negative mentions in the `days` before `now`, and how many of each were
 * answered (a reply inserted with Tact or one of our accounts' replies seen on the page). Only mentions
 * count (items naming a brand, not our own accounts' posts); with `brandIds`, only those naming one of them.
 */
export function tally(
  items: readonly StandingItem[],
  now: number,
  opts: { days?: number; brandIds?: readonly string[] } = {},
): Tally {
  const from = now - (opts.days ?? STANDING_DAYS) * DAY_MS;
  const scope = opts.brandIds && opts.brandIds.length > 0 ? new Set(opts.brandIds) : null;
  const out: Tally = { positives: 0, negatives: 0, answeredPositives: 0, answeredNegatives: 0 };
  for (const item of items) {
    if (item.ours === 1 || item.brandIds.length === 0) continue;
    if (scope && !item.brandIds.some((b) => scope.has(b))) continue;
    const at = mentionAt(item);
    if (at < from || at > now + FUTURE_SLACK_MS) continue;
    const p = polarity(item);
    const answered = firstResponseAt(item) !== null;
    if (p > 0) {
      out.positives++;
      if (answered) out.answeredPositives++;
    } else if (p < 0) {
      out.negatives++;
      if (answered) out.answeredNegatives++;
    }
  }
  return out;
}

/** Advocate, detractor or neither (null) from counts already made; `answered` is of the deciding side. */
export function standingFromTally(t: Tally, days = STANDING_DAYS): Standing | null {
  const base = { positives: t.positives, negatives: t.negatives, days };
  if (t.positives >= STANDING_MIN && t.positives >= OUTWEIGH_FACTOR * t.negatives)
    return { kind: 'advocate', ...base, answered: t.answeredPositives };
  if (t.negatives >= STANDING_MIN && t.negatives >= OUTWEIGH_FACTOR * t.positives)
    return { kind: 'detractor', ...base, answered: t.answeredNegatives };
  return null;
}

/**
 * The author's standing at `now` from their stored items (any order; others' items are the caller's
 * to leave out). A troll (model or moderator) gets none: a detractor is an unhappy person, and a
 * troll's praise is not advocacy.
 */
export function standingOf(
  items: readonly StandingItem[],
  marks: TrollMarks | undefined,
  now: number,
  opts: { brandIds?: readonly string[] } = {},
): Standing | null {
  if (markedTroll(marks)) return null;
  return standingFromTally(tally(items, now, { days: STANDING_DAYS, brandIds: opts.brandIds }));
}

/** An author the lists may show: their standing before the troll check, and their mentions newest first. */
export interface StandingCandidate<T extends StandingItem & { authorKey: string }> {
  authorKey: string;
  standing: Standing;
  /** Their mentions in the window, newest first. */
  mentions: T[];
}

/**
 * The side panel's candidates from the mentions of the window (any authors, any order): authors whose
 * tally makes them an advocate or a detractor, the most active first (deciding count, then latest
 * mention). The caller drops the trolls (`markedTroll`) once it has read their author rows.
 */
export function standingCandidates<T extends StandingItem & { authorKey: string }>(
  items: readonly T[],
  now: number,
): StandingCandidate<T>[] {
  const byAuthor = new Map<string, T[]>();
  for (const item of items) {
    if (!item.authorKey) continue;
    const list = byAuthor.get(item.authorKey);
    if (list) list.push(item);
    else byAuthor.set(item.authorKey, [item]);
  }
  const from = now - STANDING_DAYS * DAY_MS;
  const out: StandingCandidate<T>[] = [];
  for (const [authorKey, list] of byAuthor) {
    const standing = standingFromTally(tally(list, now));
    if (!standing) continue;
    const mentions = list
      .filter((i) => i.ours !== 1 && i.brandIds.length > 0 && mentionAt(i) >= from)
      .sort((a, b) => mentionAt(b) - mentionAt(a));
    out.push({ authorKey, standing, mentions });
  }
  const deciding = (s: Standing) => (s.kind === 'advocate' ? s.positives : s.negatives);
  return out.sort(
    (a, b) =>
      deciding(b.standing) - deciding(a.standing) ||
      mentionAt(b.mentions[0]!) - mentionAt(a.mentions[0]!) ||
      a.authorKey.localeCompare(b.authorKey),
  );
}
