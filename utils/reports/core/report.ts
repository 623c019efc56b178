// computeReport: every figure of a report for one period, from the plain inputs (types.ts). The page,
// the CLI, the benchmark and the team aggregates all call this one function.
import { businessClock } from './business-hours';
import { eventFigures, incidentFigures, replyQuality } from './report-activity';
import { moderationByClause } from './report-charter';
import { passItems } from './report-items';
import type { ReportSettings } from './settings';
import { nearestRank, ratio } from './stats';
import { resolveZone } from './tz';
import type { EngagementMix, Period, Report, ReportFilters, ReportInput, VoiceShare } from './types';

const TOPICS = 20;

function engagement(reactions: number, commenters: number, creators: number): EngagementMix {
  const sum = reactions + commenters + creators;
  return {
    note: 'report.engagement.approximates',
    reactions,
    commenters,
    creators,
    shares: sum ? { reactions: reactions / sum, commenters: commenters / sum, creators: creators / sum } : null,
    references: { '90-9-1': [0.9, 0.09, 0.01], '55-30-15': [0.55, 0.3, 0.15] },
  };
}

function shareOfVoice(input: ReportInput, voice: Record<string, number>): VoiceShare[] {
  const ids = input.brands.length ? input.brands.map((b) => b.id) : Object.keys(voice);
  const competitor = new Map(input.brands.map((b) => [b.id, b.competitor]));
  const total = ids.reduce((n, id) => n + (voice[id] ?? 0), 0);
  return ids
    .map((id) => ({
      brandId: id,
      competitor: competitor.get(id) ?? false,
      mentions: voice[id] ?? 0,
      share: ratio(voice[id] ?? 0, total),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.brandId.localeCompare(b.brandId));
}

/** The report of `period` for the items the filters keep; `now` bounds what is still waiting and open incidents. */
export function computeReport(
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  settings: ReportSettings,
  now: number,
): Report {
  const tz = resolveZone(settings.timezone);
  const clock = settings.businessHours ? businessClock(settings.businessHours, tz) : null;
  const target = settings.responseTargetMinutes;
  const f = passItems(input, period, filters, { tz, clock, targetMinutes: target, now });
  const { moderation, coverage, corrections } = eventFigures(input, period, filters, f.scoped);
  return {
    period: { from: period.from, to: period.to },
    tz,
    mentions: f.mentions,
    byBrand: f.byBrand,
    byPlatform: f.byPlatform,
    byIntent: f.byIntent,
    byLang: f.byLang,
    authors: { unique: f.uniqueAuthors, new: f.newAuthors },
    sentiment: { ...f.sentiment, net: ratio(f.sentiment.positive - f.sentiment.negative, f.mentions) },
    actionable: f.actionable,
    answered: f.answered,
    responseRate: ratio(f.answered, f.actionable),
    firstResponseMinutes: {
      count: f.firstResponses.length,
      median: nearestRank(f.firstResponses, 50),
      p90: nearestRank(f.firstResponses, 90),
      withinTarget: ratio(f.withinTarget, f.firstResponses.length),
      targetMinutes: target,
      businessHours: clock !== null,
    },
    slaMisses: f.slaMisses,
    backlog: f.backlog,
    waiting: f.waiting,
    heatmaps: { mentions: f.heatMentions, replies: f.heatReplies },
    afterHours: clock ? { mentions: f.afterHours, share: ratio(f.afterHours, f.mentions) } : null,
    incidents: incidentFigures(input, period, filters, f.scoped, now),
    moderation,
    moderationByClause: moderationByClause(input, period, f.scoped),
    replyQuality: replyQuality(input, period, f.scoped),
    coverage,
    engagement: engagement(f.reactions, f.commenters, f.creators),
    shareOfVoice: shareOfVoice(input, f.voice),
    advocates: f.advocates,
    detractors: f.detractors,
    corrections,
    topTopics: f.topics.top(TOPICS),
  };
}
