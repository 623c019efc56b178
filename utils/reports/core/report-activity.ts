// The figures that come from what the CMs did rather than from the mentions: replies inserted with
// Tact, moderation and correction events, pages read, and incidents.
import type { ScopedLookup } from './report-items';
import { inPeriod, isActionable, scopeBrands } from './select';
import { bump, ratio } from './stats';
import type {
  Coverage,
  IncidentFigures,
  ModerationFigures,
  Period,
  ReplyQuality,
  ReportFilters,
  ReportInput,
} from './types';

const COUNTED = new Set<string>(['troll.flag', 'troll.review', 'author.label', 'correction']);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function replyQuality(input: ReportInput, period: Period, scoped: ScopedLookup): ReplyQuality {
  const q: ReplyQuality = {
    replies: 0,
    toneIssues: 0,
    issuesPerReply: null,
    bySource: { snippet: 0, suggestion: 0, ai: 0, typed: 0 },
    snippetShare: null,
    byCm: {},
  };
  for (const r of input.replies) {
    if (!inPeriod(r.at, period) || !scoped.has(r.itemKey)) continue;
    q.replies++;
    q.toneIssues += r.toneIssues;
    q.bySource[r.source]++;
    bump(q.byCm, r.by);
  }
  q.issuesPerReply = ratio(q.toneIssues, q.replies);
  q.snippetShare = ratio(q.bySource.snippet, q.replies);
  return q;
}

export interface EventFigures {
  moderation: ModerationFigures;
  coverage: Coverage;
  corrections: { total: number; byField: Record<string, number> };
}

/** Moderation, corrections and coverage from the period's events (one about an item counts if the filters keep it). */
export function eventFigures(
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  scoped: ScopedLookup,
): EventFigures {
  const moderation: ModerationFigures = { flags: 0, flagsByType: {}, confirmed: 0, dismissed: 0, authorsLabelled: 0 };
  const coverage: Coverage = { pages: {}, problems: {} };
  const corrections = { total: 0, byField: {} as Record<string, number> };
  const labelled = new Set<string>();
  for (const e of input.events) {
    if (!inPeriod(e.at, period)) continue;
    if (e.type === 'page') {
      const platform = str(e.data.platform);
      if (filters.platforms?.length && !(filters.platforms as string[]).includes(platform)) continue;
      bump(coverage.pages, platform);
      if (e.data.problem === true) bump(coverage.problems, platform);
      continue;
    }
    // Only these types count; one about an item counts when the filters keep the item.
    if (!COUNTED.has(e.type) || (e.itemKey !== undefined && !scoped.has(e.itemKey))) continue;
    if (e.type === 'troll.flag') {
      moderation.flags++;
      bump(moderation.flagsByType, str(e.data.type) || 'unknown');
    } else if (e.type === 'troll.review') {
      if (e.data.review === 'confirm') moderation.confirmed++;
      else if (e.data.review === 'dismiss') moderation.dismissed++;
    } else if (e.type === 'author.label') {
      if (e.data.on !== false) labelled.add(str(e.data.author) || e.itemKey || '');
    } else if (e.type === 'correction') {
      corrections.total++;
      bump(corrections.byField, str(e.data.field) || 'unknown');
    }
  }
  moderation.authorsLabelled = labelled.size;
  return { moderation, coverage, corrections };
}

/** Incidents of the covered brands that overlap the period, with their duration and response rate. */
export function incidentFigures(
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  scoped: ScopedLookup,
  now: number,
): IncidentFigures[] {
  const scope = scopeBrands(input.brands, filters);
  const out: IncidentFigures[] = [];
  for (const inc of input.incidents) {
    if (scope && !scope.has(inc.brandId)) continue;
    if (!(inc.start < period.to && (inc.end ?? now) >= period.from)) continue;
    let mentions = 0;
    let actionable = 0;
    let answered = 0;
    for (const key of inc.itemKeys) {
      const item = scoped.get(key);
      if (!item) continue;
      mentions++;
      if (!isActionable(item)) continue;
      actionable++;
      if (item.repliedAt !== null) answered++;
    }
    out.push({
      id: inc.id,
      brandId: inc.brandId,
      start: inc.start,
      end: inc.end,
      durationMinutes: inc.end === null ? null : Math.max(0, inc.end - inc.start) / 60_000,
      mentions,
      actionable,
      responseRate: ratio(answered, actionable),
      ...(inc.manual ? { manual: true } : {}),
      ...(inc.declaredBy !== undefined ? { declaredBy: inc.declaredBy } : {}),
      ...(inc.closedBy !== undefined ? { closedBy: inc.closedBy } : {}),
      ...(inc.postmortem ? { postmortem: inc.postmortem } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
