// The report's figures computed again, independently of utils/reports/core, straight from issue #15's
// definitions, with plain loops: the expected values of the report tests (unit, e2e, the generated
// quarter). Definitions (issue #15, part 4; "the page uses the same"):
// - a mention is in the period when postedAt (else seenAt) is in [from, to);
// - positive when sentiment >= 0.25, negative when <= -0.25; net = (positive - negative) / mentions;
// - actionable = question, complaint, urgent, purchase_intent;
// - responseRate = actionable with repliedAt / actionable;
// - first response = repliedAt - (postedAt else seenAt), in minutes, over actionable mentions with
//   repliedAt: median and p90 by the nearest-rank method;
// - backlog = actionable mentions of the period without repliedAt whose status is not ignored;
// - empty periods give zeros and nulls, never NaN.
// Scope: the brands asked for, else the brands the user looks after (competitors only count in the
// share of voice: the "share of voice against competitor brands").
import type { ReportInput, ReportItem } from '../../utils/reports/core/types';

export interface OracleQuery {
  from: number;
  to: number;
  brandIds?: string[];
  platforms?: string[];
  langs?: string[];
  /** The first-response target, minutes (the settings' default: 60). */
  targetMinutes?: number;
  /** When the report is made: a mention still waiting has waited until the period end or now, if sooner. */
  now?: number;
}

export interface OracleFigures {
  mentions: number;
  byPlatform: Record<string, number>;
  byIntent: Record<string, number>;
  byBrand: Record<string, number>;
  byLang: Record<string, number>;
  sentiment: { positive: number; neutral: number; negative: number; net: number | null };
  actionable: number;
  answered: number;
  responseRate: number | null;
  firstResponseMinutes: { median: number | null; p90: number | null };
  backlog: number;
  uniqueAuthors: number;
  /** Authors of the period with no mention (in the same brands, platforms, languages) before it. */
  newAuthors: number;
  /** Share of the first responses within the target; null when none. */
  withinTarget: number | null;
  /** Answered later than the target, plus backlog mentions that had already waited longer. */
  slaMisses: number;
  backlogKeys: string[];
  /** Mentions per brand among every brand, competitors included (platform and language filters kept). */
  shareOfVoice: Record<string, number>;
  /** Incidents of the covered brands that overlap the period. */
  incidents: number;
  /** Each of them: how long (null while going on), its mentions the filters keep, answered share of the actionable. */
  incidentList: { id: string; durationMinutes: number | null; mentions: number; responseRate: number | null }[];
  moderation: {
    flags: number;
    flagsByType: Record<string, number>;
    confirmed: number;
    dismissed: number;
    authorsLabelled: number;
  };
  /** The keys of the mentions counted, for drill-downs and the CSV. */
  keys: string[];
}

/** The value at rank ceil(p/100 × n) of the ascending list (1-based); null when the list is empty. */
export function nearestRankOracle(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  let rank = Math.ceil((p / 100) * sorted.length);
  if (rank < 1) rank = 1;
  return sorted[rank - 1]!;
}

const ACTIONABLE = ['question', 'complaint', 'urgent', 'purchase_intent'];

function when(item: ReportItem): number {
  return item.postedAt !== null ? item.postedAt : item.seenAt;
}

function placeOk(item: ReportItem, q: OracleQuery): boolean {
  if (q.platforms && q.platforms.length > 0 && q.platforms.indexOf(item.platform) < 0) return false;
  if (q.langs && q.langs.length > 0 && q.langs.indexOf(item.lang) < 0) return false;
  return true;
}

function brandOk(item: ReportItem, brands: string[]): boolean {
  for (const b of item.brandIds) if (brands.indexOf(b) >= 0) return true;
  return false;
}

function add(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] || 0) + 1;
}

/**
 * Moderation actions taken in the period (by their time); one about an item counts when the report's
 * brand, platform and language filters keep that item, whenever it was posted.
 */
function moderation(input: ReportInput, q: OracleQuery, brands: string[]): OracleFigures['moderation'] {
  const m = { flags: 0, flagsByType: {} as Record<string, number>, confirmed: 0, dismissed: 0, authorsLabelled: 0 };
  const labelled: string[] = [];
  const kept: Record<string, boolean> = {};
  for (const item of input.items) kept[item.key] = placeOk(item, q) && brandOk(item, brands);
  for (const e of input.events) {
    if (e.at < q.from || e.at >= q.to) continue;
    if (e.itemKey !== undefined && kept[e.itemKey] !== true) continue;
    if (e.type === 'troll.flag') {
      m.flags++;
      add(m.flagsByType, String(e.data.type));
    }
    if (e.type === 'troll.review' && (e.data.review === 'confirm' || e.data.review === 'confirmed')) m.confirmed++;
    if (e.type === 'troll.review' && (e.data.review === 'dismiss' || e.data.review === 'dismissed')) m.dismissed++;
    if (e.type === 'author.label' && e.data.on === true && labelled.indexOf(String(e.data.author)) < 0)
      labelled.push(String(e.data.author));
  }
  m.authorsLabelled = labelled.length;
  return m;
}

function incidentOf(input: ReportInput, q: OracleQuery, brands: string[], inc: ReportInput['incidents'][number]) {
  let mentions = 0;
  let actionable = 0;
  let answered = 0;
  for (const item of input.items) {
    if (inc.itemKeys.indexOf(item.key) < 0 || !placeOk(item, q) || !brandOk(item, brands)) continue;
    mentions++;
    if (ACTIONABLE.indexOf(item.intent) < 0) continue;
    actionable++;
    if (item.repliedAt !== null) answered++;
  }
  const durationMinutes = inc.end === null ? null : (inc.end - inc.start) / 60_000;
  return { id: inc.id, durationMinutes, mentions, responseRate: actionable > 0 ? answered / actionable : null };
}

/** How many of `authors` have no mention kept by the filters before the period. */
function countNew(input: ReportInput, q: OracleQuery, brands: string[], authors: string[]): number {
  const before: Record<string, boolean> = {};
  for (const item of input.items) {
    if (when(item) < q.from && placeOk(item, q) && brandOk(item, brands)) before[item.author] = true;
  }
  let n = 0;
  for (const a of authors) if (before[a] !== true) n++;
  return n;
}

export function oracle(input: ReportInput, q: OracleQuery): OracleFigures {
  const brands =
    q.brandIds && q.brandIds.length > 0 ? q.brandIds : input.brands.filter((b) => !b.competitor).map((b) => b.id);
  const f: OracleFigures = {
    mentions: 0,
    byPlatform: {},
    byIntent: {},
    byBrand: {},
    byLang: {},
    sentiment: { positive: 0, neutral: 0, negative: 0, net: null },
    actionable: 0,
    answered: 0,
    responseRate: null,
    firstResponseMinutes: { median: null, p90: null },
    backlog: 0,
    uniqueAuthors: 0,
    newAuthors: 0,
    withinTarget: null,
    slaMisses: 0,
    backlogKeys: [],
    shareOfVoice: {},
    incidents: 0,
    incidentList: [],
    moderation: moderation(input, q, brands),
    keys: [],
  };
  const minutes: number[] = [];
  const authors: string[] = [];
  const target = q.targetMinutes ?? 60;
  const now = q.now ?? Infinity;
  for (const item of input.items) {
    const t = when(item);
    if (t < q.from || t >= q.to || !placeOk(item, q)) continue;
    for (const b of item.brandIds) add(f.shareOfVoice, b);
    if (!brandOk(item, brands)) continue;
    f.mentions++;
    f.keys.push(item.key);
    add(f.byPlatform, item.platform);
    add(f.byIntent, item.intent);
    add(f.byLang, item.lang === '' ? 'unknown' : item.lang);
    for (const b of item.brandIds) if (brands.indexOf(b) >= 0) add(f.byBrand, b);
    if (item.author !== '' && authors.indexOf(item.author) < 0) authors.push(item.author);
    if (item.sentiment >= 0.25) f.sentiment.positive++;
    else if (item.sentiment <= -0.25) f.sentiment.negative++;
    else f.sentiment.neutral++;
    if (ACTIONABLE.indexOf(item.intent) < 0) continue;
    f.actionable++;
    if (item.repliedAt !== null) {
      f.answered++;
      minutes.push((item.repliedAt - t) / 60_000);
    } else if (item.status !== 'ignored') {
      f.backlog++;
      f.backlogKeys.push(item.key);
      if ((Math.min(q.to, now) - t) / 60_000 > target) f.slaMisses++;
    }
  }
  let within = 0;
  for (const m of minutes) {
    if (m <= target) within++;
    else f.slaMisses++;
  }
  if (minutes.length > 0) f.withinTarget = within / minutes.length;
  f.uniqueAuthors = authors.length;
  f.newAuthors = countNew(input, q, brands, authors);
  if (f.mentions > 0) f.sentiment.net = (f.sentiment.positive - f.sentiment.negative) / f.mentions;
  if (f.actionable > 0) f.responseRate = f.answered / f.actionable;
  f.firstResponseMinutes = { median: nearestRankOracle(minutes, 50), p90: nearestRankOracle(minutes, 90) };
  // An incident counts in every period it overlaps (one still going on overlaps every later period).
  for (const inc of input.incidents) {
    const overlaps = inc.start < q.to && (inc.end === null || inc.end > q.from);
    if (!overlaps || brands.indexOf(inc.brandId) < 0) continue;
    f.incidents++;
    f.incidentList.push(incidentOf(input, q, brands, inc));
  }
  return f;
}

/** The same figures for the period of equal length just before. */
export function oraclePrevious(input: ReportInput, q: OracleQuery): OracleFigures {
  return oracle(input, { ...q, from: q.from - (q.to - q.from), to: q.from });
}
