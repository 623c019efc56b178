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
  /** Since v8: declared by hand by a CM (not found by the spike rule). */
  manual?: boolean;
  declaredBy?: string;
  /** Since v8: the CM's note when declaring it by hand. */
  note?: string;
  /** Since v8: who closed it by hand, and their short post-mortem (the strategic report shows it). */
  closedBy?: string;
  postmortem?: string;
  /** Since v8: the crisis checklist's ticks, timed (utils/care/core/crisis-kit.ts CheckTick). */
  checks?: { id: string; label: string; at: number; by: string }[];
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

// ── The report: what computeReport returns (report.ts). Counts are integers, shares and rates are
// 0..1, times are ms since epoch, durations minutes. An empty period gives zeros and nulls, never NaN.

export type Counts = Record<string, number>;

/** The sentiment split, counts (positive: sentiment ≥ 0.25, negative: ≤ -0.25); net = (pos − neg) / mentions. */
export interface SentimentFigures {
  positive: number;
  neutral: number;
  negative: number;
  net: number | null;
}

export interface FirstResponse {
  /** Actionable mentions of the period with a first response (the sample of the figures below). */
  count: number;
  /** Nearest-rank median and p90, minutes (business minutes when business hours are set). */
  median: number | null;
  p90: number | null;
  /** Share of the sample answered within settings.responseTargetMinutes. */
  withinTarget: number | null;
  targetMinutes: number;
  businessHours: boolean;
}

export interface IncidentFigures {
  id: string;
  brandId: string;
  start: number;
  end: number | null;
  /** null while it goes on. */
  durationMinutes: number | null;
  mentions: number;
  actionable: number;
  /** Actionable mentions of the incident that were answered. */
  responseRate: number | null;
  /** Declared by hand (crisis mode), by whom; closed by hand, by whom, with its post-mortem. */
  manual?: boolean;
  declaredBy?: string;
  closedBy?: string;
  postmortem?: string;
}

export interface ModerationFigures {
  /** Items flagged as likely trolls in the period, by troll type. */
  flags: number;
  flagsByType: Counts;
  confirmed: number;
  dismissed: number;
  /** Distinct authors given a label in the period. */
  authorsLabelled: number;
}

/** Moderation actions about one clause of a brand's charter (report-charter.ts). */
export interface ClauseModeration {
  brandId: string;
  /** The clause's id, and its number in the period's latest event about it. */
  id: string;
  n: number;
  flags: number;
  confirmed: number;
  dismissed: number;
}

export interface ReplyQuality {
  /** Replies inserted with Tact in the period. */
  replies: number;
  toneIssues: number;
  issuesPerReply: number | null;
  bySource: Record<ReplySource, number>;
  snippetShare: number | null;
  /** Replies per CM (the `by` of each reply; '' = unnamed). */
  byCm: Counts;
}

export interface Coverage {
  /** Pages read per platform (from 'page' events). */
  pages: Counts;
  /** Pages whose layout Tact did not recognise, per platform. */
  problems: Counts;
}

/**
 * The community's participation, approximated from what pages show: reactions ≈ lurkers who react,
 * distinct commenters ≈ contributors, distinct post authors ≈ creators. `note` is the i18n key of
 * the sentence that says so; the references are 90-9-1 and 55-30-15.
 */
export interface EngagementMix {
  note: 'report.engagement.approximates';
  reactions: number;
  commenters: number;
  creators: number;
  /** reactions, commenters, creators as shares of their sum; null when the sum is 0. */
  shares: { reactions: number; commenters: number; creators: number } | null;
  references: { '90-9-1': [number, number, number]; '55-30-15': [number, number, number] };
}

export interface VoiceShare {
  brandId: string;
  competitor: boolean;
  mentions: number;
  share: number | null;
}

export interface AuthorFigure {
  author: string;
  mentions: number;
  /** Praise (intent praise or positive) for advocates, negative or complaint for detractors. */
  count: number;
}

export interface TopicFigure {
  term: string;
  count: number;
}

export interface WaitingItem {
  key: string;
  /** Minutes from posted (else seen) to the period end (or now, if sooner). */
  waitingMinutes: number;
}

/**
 * One period's report. Without a brand filter it covers the brands that are not competitors (a
 * competitor's mentions count only in shareOfVoice); with one, exactly those brands.
 */
export interface Report {
  period: Period;
  /** The IANA zone the heatmaps and business hours were read in. */
  tz: string;
  mentions: number;
  byBrand: Counts;
  byPlatform: Counts;
  byIntent: Counts;
  byLang: Counts;
  /**
   * Distinct authors of the period's mentions; new = their first item ever among the items the same
   * filters keep falls in the period (new to this brand's community, not to Tact).
   */
  authors: { unique: number; new: number };
  sentiment: SentimentFigures;
  actionable: number;
  /** Actionable mentions with a first response. */
  answered: number;
  responseRate: number | null;
  firstResponseMinutes: FirstResponse;
  /** Actionable mentions answered later than the target, plus unanswered ones already past it. */
  slaMisses: number;
  backlog: number;
  /** The backlog, longest waiting first (at most 50). */
  waiting: WaitingItem[];
  /** [weekday 0 = Sunday … 6][hour 0 … 23], in `tz`: mentions by posted (else seen) time, replies by repliedAt. */
  heatmaps: { mentions: number[][]; replies: number[][] };
  /** Share of mentions posted outside business hours; null without business hours or mentions. */
  afterHours: { mentions: number; share: number | null } | null;
  incidents: IncidentFigures[];
  moderation: ModerationFigures;
  /** Community care: moderation actions by charter clause (absent from reports computed before). */
  moderationByClause?: ClauseModeration[];
  replyQuality: ReplyQuality;
  coverage: Coverage;
  engagement: EngagementMix;
  shareOfVoice: VoiceShare[];
  advocates: AuthorFigure[];
  detractors: AuthorFigure[];
  corrections: { total: number; byField: Counts };
  topTopics: TopicFigure[];
}

/** The scalar figures compare() gives deltas for. */
export type KpiId =
  | 'mentions'
  | 'uniqueAuthors'
  | 'newAuthors'
  | 'net'
  | 'responseRate'
  | 'medianMinutes'
  | 'p90Minutes'
  | 'withinTarget'
  | 'backlog'
  | 'slaMisses'
  | 'afterHoursShare'
  | 'flags'
  | 'incidents';

export interface Delta {
  current: number | null;
  previous: number | null;
  /** current − previous; null when either is null. */
  delta: number | null;
  /** delta / previous; null when previous is 0 or null. */
  relative: number | null;
}

/** A recommendation derived from the figures: the rule that produced it, an i18n key and its parameters. */
export interface Recommendation {
  rule: string;
  key: string;
  params: Record<string, number | string>;
  severity: 'info' | 'warn' | 'alert';
}

export type TemplateId = 'weekly' | 'monthly' | 'strategic';
export type SectionId =
  | 'backlog'
  | 'waiting'
  | 'slaMisses'
  | 'incidents'
  | 'volume'
  | 'sentiment'
  | 'responsiveness'
  | 'heatmaps'
  | 'moderation'
  | 'replyQuality'
  | 'coverage'
  | 'topTopics'
  | 'trends'
  | 'risks'
  | 'shareOfVoice'
  | 'engagement'
  | 'advocates'
  | 'recommendations'
  | 'notes';

/** What a chart cell, bar or slice stands for: itemsFor lists its items' keys. */
export type DrillSelector =
  | { kind: 'all' }
  | { kind: 'brand' | 'platform' | 'intent' | 'lang' | 'author' | 'incident' | 'topic'; value: string }
  | { kind: 'sentiment'; value: 'positive' | 'neutral' | 'negative' }
  | { kind: 'heatmap'; chart: 'mentions' | 'replies'; weekday: number; hour: number }
  | { kind: 'actionable' | 'answered' | 'backlog' | 'slaMiss' | 'afterHours' | 'newAuthors' };

/** Function contracts (implemented in period.ts, report.ts, compare.ts, recommend.ts, drill.ts). */
export type PeriodFor = (kind: PeriodKind, anchorMs: number, tz: string, custom?: Period) => Period;
export type ComputeReport = (
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  settings: import('./settings').ReportSettings,
  now: number,
) => Report;
export type ItemsFor = (
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  selector: DrillSelector,
  settings?: import('./settings').ReportSettings,
  now?: number,
) => string[];
