// The reports' reads and writes on the shared database: the ReportInput (utils/reports/core/types.ts)
// read from the rows, and the CM's written reading of a report (table `reportNotes`, since v7).
// Fields added by schema v7 (postedAt, ours, answeredAt, lang on items; incidents; reply authors) are
// read when present, so the page works on a database written by any version.
import type { HealthRow, ReportNote, TactDB, StoredItem, TactEvent, Reply } from '../db/schema';
import type {
  Incident,
  ReplySource,
  ReportBrand,
  ReportEvent,
  ReportInput,
  ReportItem,
  ReportReply,
  ReportStatus,
} from './core/types';
import { eventClause } from './core/report-charter';

/** The row fields schema v7 adds to items, read when present. */
type ItemRow = StoredItem & {
  postedAt?: number | null;
  ours?: boolean | 0 | 1;
  answeredAt?: number | null;
  answeredBy?: string | null;
  lang?: string;
  reactions?: number | null;
};
type ReplyRow = Reply & { by?: string; source?: string; toneIssues?: number };

const EVENT_TYPES = new Set<ReportEvent['type']>([
  'status',
  'troll.flag',
  'troll.review',
  'author.label',
  'correction',
  'page',
]);
const SOURCES = new Set<ReplySource>(['snippet', 'suggestion', 'ai', 'typed']);

function earliest(...times: Array<number | null | undefined>): number | null {
  const known = times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t));
  return known.length ? Math.min(...known) : null;
}

function firstReplies(replies: readonly ReportReply[]): Map<string, ReportReply> {
  const first = new Map<string, ReportReply>();
  for (const r of replies) {
    const known = first.get(r.itemKey);
    if (!known || r.at < known.at) first.set(r.itemKey, r);
  }
  return first;
}

/** A stored item as a report mention; null when it is not one (ours, or naming no brand). */
export function toReportItem(row: ItemRow, firstReply?: ReportReply): ReportItem | null {
  if (row.ours || row.brandIds.length === 0) return null;
  const answeredAt = typeof row.answeredAt === 'number' ? row.answeredAt : null;
  const repliedAt = earliest(firstReply?.at, answeredAt, row.repliedAt);
  let repliedBy: string | null = null;
  if (repliedAt !== null) {
    if (firstReply && firstReply.at === repliedAt) repliedBy = firstReply.by || null;
    else if (answeredAt === repliedAt) repliedBy = row.answeredBy ?? null;
  }
  const lang = row.lang === 'fr' || row.lang === 'en' ? row.lang : '';
  return {
    key: row.key,
    platform: row.platform,
    brandIds: row.brandIds,
    lang,
    intent: row.intent,
    sentiment: row.sentiment,
    postedAt: typeof row.postedAt === 'number' ? row.postedAt : null,
    seenAt: row.firstSeenAt,
    repliedAt,
    repliedBy,
    status: row.status as ReportStatus,
    author: row.author.handle || row.author.name ? `${row.platform}:${row.author.handle || row.author.name}` : '',
    kind: row.kind,
    reactions: typeof row.reactions === 'number' ? row.reactions : null,
    text: row.text,
    permalink: row.permalink,
  };
}

export function toReportReply(row: ReplyRow): ReportReply {
  return {
    itemKey: row.itemKey,
    at: row.at,
    by: row.by ?? '',
    source: SOURCES.has(row.source as ReplySource) ? (row.source as ReplySource) : 'typed',
    toneIssues: row.toneIssues ?? 0,
  };
}

/** The background logs reviews as 'confirmed' | 'dismissed' (trolls/repo.ts); the core reads 'confirm' | 'dismiss'. */
const REVIEWS: Record<string, string> = { confirmed: 'confirm', dismissed: 'dismiss' };

export function toReportEvent(row: TactEvent & { by?: string }): ReportEvent | null {
  if (!EVENT_TYPES.has(row.type as ReportEvent['type'])) return null;
  let data = row.data ?? {};
  if (row.type === 'troll.review' && typeof data.review === 'string' && REVIEWS[data.review]) {
    data = { ...data, review: REVIEWS[data.review] };
  }
  // A moderation event's charter clause (since v8): kept only well formed, as the report reads it.
  if ('clause' in data) {
    const { clause: _stored, ...rest } = data;
    const clause = eventClause(data);
    data = clause ? { ...rest, clause } : rest;
  }
  const by = row.by ?? (typeof data.by === 'string' ? data.by : '');
  return { type: row.type as ReportEvent['type'], at: row.at, by, itemKey: row.itemKey, data };
}

/** Page health (the last page read per platform) as a coverage event: how many items it found. */
export function healthEvent(row: HealthRow): ReportEvent {
  return {
    type: 'page',
    at: row.at,
    by: '',
    data: { platform: row.platform, found: row.found, problem: row.found === 0 },
  };
}

/** Everything a report is computed from (a liveQuery re-runs it whenever one of these tables changes). */
export async function loadReportInput(db: TactDB): Promise<ReportInput> {
  const [brandRows, itemRows, replyRows, eventRows, incidentRows, healthRows] = await Promise.all([
    db.brands.toArray(),
    db.items.toArray(),
    db.replies.toArray(),
    db.events.toArray(),
    db.incidents.toArray(),
    db.health.toArray(),
  ]);
  const incidents: Incident[] = incidentRows.map(
    ({ id, brandId, start, end, itemKeys, manual, declaredBy, closedBy, postmortem }) => ({
      id,
      brandId,
      start,
      end,
      itemKeys,
      // Crisis mode (v8): declared or closed by hand, and the post-mortem the strategic report shows.
      ...(manual ? { manual } : {}),
      ...(declaredBy !== undefined ? { declaredBy } : {}),
      ...(closedBy !== undefined ? { closedBy } : {}),
      ...(postmortem ? { postmortem } : {}),
    }),
  );
  const replies = replyRows.map(toReportReply);
  const first = firstReplies(replies);
  const brands: ReportBrand[] = brandRows.map((b) => ({ id: b.id, name: b.name, competitor: b.competitor === true }));
  const items: ReportItem[] = [];
  for (const row of itemRows) {
    const item = toReportItem(row, first.get(row.key));
    if (item) items.push(item);
  }
  const events = eventRows.map(toReportEvent).filter((e): e is ReportEvent => e !== null);
  if (!events.some((e) => e.type === 'page')) events.push(...healthRows.map(healthEvent));
  return { items, replies, events, incidents, brands };
}

export function noteId(template: string, from: number, to: number): string {
  return `${template}:${from}:${to}`;
}

/** The saved reading of one report, or undefined. */
export async function getReportNote(
  db: TactDB,
  template: string,
  from: number,
  to: number,
): Promise<ReportNote | undefined> {
  return db.reportNotes.get(noteId(template, from, to));
}

/** Saves (or, when empty, deletes) the CM's reading of a report. */
export async function saveReportNote(
  db: TactDB,
  note: Omit<ReportNote, 'id' | 'updatedAt'>,
  now = Date.now(),
): Promise<ReportNote | null> {
  const table = db.reportNotes;
  const id = noteId(note.template, note.from, note.to);
  if (note.text.trim() === '') {
    await table.delete(id);
    return null;
  }
  const row: ReportNote = { ...note, id, updatedAt: now };
  await table.put(row);
  return row;
}
