// The report's inputs, as plain data: what the extension reads from its database (utils/reports/load.ts
// maps rows to these), what `tact report` reads from JSON lines, and what a team's server aggregates
// stand for. Every report figure is computed from these by the pure functions of this folder, so the
// page, the CLI, the benchmark and the tests agree by construction.
import type { Platform } from '../../platforms/ids';

export const ACTIONABLE_INTENTS = ['question', 'complaint', 'urgent', 'purchase_intent'] as const;
export type ReportStatus = 'new' | 'in_progress' | 'replied' | 'ignored';
export type ReplySource = 'snippet' | 'suggestion' | 'ai' | 'typed';

/** One mention (an item that names a tracked brand and is not written by one of its own accounts). */
export interface ReportItem {
  key: string;
  platform: Platform;
  /** Brands it names (own brands and competitors). */
  brandIds: string[];
  lang: 'fr' | 'en' | '';
  /** question, complaint, praise, purchase_intent, urgent, other (after the CM's correction, if any). */
  intent: string;
  /** -1..1 (after the CM's correction, if any). */
  sentiment: number;
  /** When it was posted, read from the page (ms since epoch); null when the page did not say. */
  postedAt: number | null;
  /** When Tact first saw it. */
  seenAt: number;
  /** First response: the earlier of a reply inserted with Tact and one of our accounts' replies seen on the page. */
  repliedAt: number | null;
  /** Who answered first: a CM name, or the own account's handle when read from the page. */
  repliedBy: string | null;
  status: ReportStatus;
  /** `platform:handle` (or `platform:name` when the page gives no handle); '' when unknown. */
  author: string;
  kind: 'post' | 'comment' | 'reply';
  /** Reactions the page showed on it, when it showed them. */
  reactions: number | null;
  /** For drill-down and the CSV; may be '' when not loaded. */
  text: string;
  permalink: string;
}

/** A reply inserted with Tact. */
export interface ReportReply {
  itemKey: string;
  at: number;
  /** The CM (settings.cmName, else the sync device label, else ''). */
  by: string;
  source: ReplySource;
  /** Problems the tone checker found in the inserted text. */
  toneIssues: number;
}

/** A moderation action, a status change or a correction, with who and when. */
export interface ReportEvent {
  type: 'status' | 'troll.flag' | 'troll.review' | 'author.label' | 'correction' | 'page';
  at: number;
  by: string;
  itemKey?: string;
  /**
   * status: {from, to}; troll.flag: {type} (an item flagged as a likely troll); troll.review:
   * {review: 'confirm'|'dismiss', type}; author.label: {label, on: boolean}; correction:
   * {field: 'intent'|'sentiment'|'trollType', from, to}; page: {platform, found, problem: boolean}.
   */
  data: Record<string, unknown>;
}

/** A spike of alarming mentions, from when it started to when the rate fell back. */
export interface Incident {
  id: string;
  brandId: string;
  start: number;
  /** null while it is still going on. */
  end: number | null;
  itemKeys: string[];
}

export interface ReportBrand {
  id: string;
  name: string;
  competitor: boolean;
}

export interface ReportInput {
  items: readonly ReportItem[];
  replies: readonly ReportReply[];
  events: readonly ReportEvent[];
  incidents: readonly Incident[];
  brands: readonly ReportBrand[];
}

/** A half-open range [from, to) in ms since epoch. */
export interface Period {
  from: number;
  to: number;
}

export type PeriodKind = 'week' | 'month' | 'quarter' | 'rolling7' | 'rolling30' | 'rolling90' | 'custom';

export interface ReportFilters {
  brandIds?: string[];
  platforms?: Platform[];
  langs?: ('fr' | 'en')[];
}
