// Troll verdicts and per-author memory in the database (used by the background only). A verdict is
// stored per item (`verdicts` kind 'troll') with what the moderator said of it and the type it was
// counted under in its author's counts, so a new verdict or a review moves the count, never adds twice.
import type { Verdict as TrollResult } from './core/verdict';
import { isTrollTypeId, type TrollTypeId } from './core/typology';
import {
  normaliseLabels,
  normaliseNote,
  readCounts,
  recount,
  rememberText,
  type AuthorMemory,
} from './core/author-memory';
import { kitNotesView } from '../kit/core/kit-notes';
import { authorKeyOf, type Author } from './core/author';
import type { TactDB, TactEvent } from '../db/schema';
import { clauseOfItem } from '../care/core/charter-clause';

/** The charter clause a moderation event is about: the clause's id, its number then, and its brand. */
export interface EventClause {
  id: string;
  n: number;
  brandId: string;
}

/** For each item, the brand charter's clause its verdict type breaks (community care), or null. */
async function eventClauses(
  db: TactDB,
  wanted: ReadonlyArray<{ itemKey: string; type: TrollTypeId | null }>,
): Promise<Array<EventClause | null>> {
  const none = () => wanted.map(() => null);
  if (!wanted.some((w) => w.type !== null && w.type !== 'unhappy_customer')) return none();
  const brands = (await db.brands.toArray()).filter((b) => (b.charter?.clauses.length ?? 0) > 0);
  if (brands.length === 0) return none();
  const items = await db.items.bulkGet(wanted.map((w) => w.itemKey));
  return wanted.map((w, i) => {
    const item = items[i];
    if (!w.type || !item) return null;
    const ref = clauseOfItem(brands, item.brandIds, w.type, item.lang === 'fr' ? 'fr' : 'en');
    return ref ? { id: ref.id, n: ref.n, brandId: ref.brandId } : null;
  });
}

export type Review = 'none' | 'confirmed' | 'dismissed';

export interface StoredTrollVerdict extends TrollResult {
  review: Review;
  /** The type this item adds to its author's counts (null: none, or dismissed). */
  counted: TrollTypeId | null;
  /** When the item was first flagged as a likely troll (its one 'troll.flag' event); absent: never. */
  flaggedAt?: number;
}

export function toMemory(a: Author): AuthorMemory {
  return {
    key: a.key,
    firstSeenAt: a.firstSeenAt,
    lastSeenAt: a.lastSeenAt,
    labels: a.labels ?? [],
    note: a.notes ?? '',
    counts: readCounts(a.counts),
    kit: kitNotesView(a.kitNotes),
  };
}

function readStored(data: Record<string, unknown> | undefined): { review: Review; counted: TrollTypeId | null } {
  const review = data?.review === 'confirmed' || data?.review === 'dismissed' ? data.review : 'none';
  const counted = isTrollTypeId(data?.counted) ? data.counted : null;
  return { review, counted };
}

/** The stored verdict as it was confirmed; cues beyond the text (the comment was edited since) are dropped. */
function confirmedVerdict(old: Partial<StoredTrollVerdict>, textLength: number): TrollResult {
  return {
    abuse: old.abuse ?? 0,
    troll: old.troll ?? 1,
    type: old.type ?? null,
    confidence: old.confidence ?? 1,
    cues: Array.isArray(old.cues) ? old.cues.filter((c) => c.end <= textLength) : [],
    action: old.action ?? { fr: '', en: '' },
  };
}

export interface TrollEntry {
  itemKey: string;
  authorKey: string | null;
  text: string;
  verdict: TrollResult;
}

/** Whether the page flags this verdict (judge.ts draws the same): a type, not dismissed, some text. */
function isFlagged(verdict: TrollResult, review: Review, text: string): boolean {
  return verdict.type !== null && review !== 'dismissed' && text.trim() !== '';
}

/**
 * Stores each item's verdict, moves its author's counts, remembers the text; says each item's review.
 * An item flagged for the first time gets one 'troll.flag' event (its time kept in the verdict as
 * `flaggedAt`, so seeing it again, or a verdict that comes and goes, never logs it twice).
 */
export async function recordTrollVerdicts(
  db: TactDB,
  entries: readonly TrollEntry[],
  now = Date.now(),
): Promise<Array<{ review: Review; verdict: TrollResult; author: AuthorMemory | null }>> {
  return db.transaction('rw', [db.verdicts, db.authors, db.events, db.items, db.brands], async () => {
    const olds = await db.verdicts.bulkGet(entries.map((e): [string, string] => [e.itemKey, 'troll']));
    const authorKeys = [...new Set(entries.map((e) => e.authorKey).filter((k): k is string => k !== null))];
    const authors = new Map<string, Author>();
    (await db.authors.bulkGet(authorKeys)).forEach(
      (a) => a && authors.set(a.key, { ...a, counts: readCounts(a.counts), recent: a.recent ?? [] }),
    );
    const flags: TactEvent[] = [];
    const reviews = entries.map((e, i) => {
      const { review, counted } = readStored(olds[i]?.data);
      // A verdict the moderator confirmed stays as confirmed, whatever a later sensitivity or model says.
      const old = olds[i]?.data as Partial<StoredTrollVerdict> | undefined;
      const verdict: TrollResult =
        review === 'confirmed' && isTrollTypeId(old?.type) ? confirmedVerdict(old!, e.text.length) : e.verdict;
      const nowCounted = review === 'dismissed' ? null : verdict.type;
      const a = e.authorKey ? authors.get(e.authorKey) : undefined;
      if (a) {
        a.counts = recount(readCounts(a.counts), counted, nowCounted);
        a.recent = rememberText(a.recent ?? [], e.text);
      }
      const data: StoredTrollVerdict = { ...verdict, review, counted: nowCounted };
      const flaggedAt = typeof old?.flaggedAt === 'number' ? old.flaggedAt : undefined;
      if (flaggedAt !== undefined) data.flaggedAt = flaggedAt;
      else if (isFlagged(verdict, review, e.text)) {
        data.flaggedAt = now;
        flags.push({ type: 'troll.flag', at: now, itemKey: e.itemKey, data: { type: verdict.type, by: '' } });
      }
      return { review, data, verdict };
    });
    if (flags.length) {
      // Each flag records the charter clause its type breaks (the report counts moderation by clause).
      const clauses = await eventClauses(
        db,
        flags.map((f) => ({ itemKey: f.itemKey!, type: isTrollTypeId(f.data?.type) ? f.data.type : null })),
      );
      clauses.forEach((clause, i) => clause && (flags[i]!.data = { ...flags[i]!.data, clause }));
      await db.events.bulkAdd(flags);
    }
    await db.verdicts.bulkPut(
      entries.map((e, i) => ({ itemKey: e.itemKey, kind: 'troll', at: now, data: { ...reviews[i]!.data } })),
    );
    await db.authors.bulkPut([...authors.values()]);
    return entries.map((e, i) => {
      const a = e.authorKey ? authors.get(e.authorKey) : undefined;
      return { review: reviews[i]!.review, verdict: reviews[i]!.verdict, author: a ? toMemory(a) : null };
    });
  });
}

/**
 * The moderator `by` confirms or dismisses an item's verdict; a dismissed one leaves its author's
 * counts. Logged as a 'troll.review' event with who and when.
 */
export async function reviewTrollVerdict(
  db: TactDB,
  itemKey: string,
  review: 'confirmed' | 'dismissed',
  now = Date.now(),
  by = '',
): Promise<{ updated: boolean; author: AuthorMemory | null }> {
  return db.transaction('rw', [db.verdicts, db.authors, db.items, db.events, db.brands], async () => {
    const row = await db.verdicts.get([itemKey, 'troll']);
    if (!row) return { updated: false, author: null };
    const { counted } = readStored(row.data);
    const type = isTrollTypeId(row.data.type) ? row.data.type : null;
    const nowCounted = review === 'dismissed' ? null : type;
    await db.verdicts.put({ ...row, data: { ...row.data, review, counted: nowCounted } });
    // The reports' contract (ReportEvent): 'confirm' | 'dismiss'.
    const action = review === 'confirmed' ? 'confirm' : 'dismiss';
    // The clause of the brand's charter the verdict's type breaks, when there is one.
    const [clause] = await eventClauses(db, [{ itemKey, type }]);
    await db.events.add({
      type: 'troll.review',
      at: now,
      itemKey,
      data: { review: action, type, by, ...(clause ? { clause } : {}) },
    });
    const item = await db.items.get(itemKey);
    const key = item ? authorKeyOf(item) : null;
    const author = key ? await db.authors.get(key) : undefined;
    if (!author) return { updated: true, author: null };
    const counts = recount(readCounts(author.counts), counted, nowCounted);
    await db.authors.update(author.key, { counts });
    return { updated: true, author: toMemory({ ...author, counts }) };
  });
}

/** The tabs currently showing at least one comment by this author. */
export async function tabsShowingAuthor(db: TactDB, authorKey: string): Promise<number[]> {
  const sightings = await db.sightings.toArray();
  const items = await db.items.bulkGet([...new Set(sightings.map((s) => s.itemKey))]);
  const mine = new Set(items.filter((i) => i !== undefined && authorKeyOf(i) === authorKey).map((i) => i!.key));
  return [...new Set(sightings.filter((s) => mine.has(s.itemKey)).map((s) => s.tabId))];
}

export async function getAuthorMemory(db: TactDB, key: string): Promise<AuthorMemory | null> {
  const a = await db.authors.get(key);
  return a ? toMemory(a) : null;
}

/**
 * Replaces the moderator's labels and note on an author; null when Tact has never seen them. Each
 * label put on or taken off is an 'author.label' event with who (`by`) and when (a note alone is not).
 */
export async function labelAuthor(
  db: TactDB,
  key: string,
  labels: readonly string[],
  note: string,
  log: { now: number; by: string } = { now: Date.now(), by: '' },
): Promise<AuthorMemory | null> {
  return db.transaction('rw', db.authors, db.events, async () => {
    const a = await db.authors.get(key);
    if (!a) return null;
    const next = { ...a, labels: normaliseLabels(labels), notes: normaliseNote(note) };
    await db.authors.put(next);
    const before = new Set(a.labels ?? []);
    const after = new Set(next.labels);
    const changes = [
      ...next.labels.filter((l) => !before.has(l)).map((label) => ({ label, on: true })),
      ...[...before].filter((l) => !after.has(l)).map((label) => ({ label, on: false })),
    ];
    await db.events.bulkAdd(
      changes.map((c) => ({ type: 'author.label', at: log.now, data: { ...c, by: log.by, author: key } })),
    );
    return toMemory(next);
  });
}
