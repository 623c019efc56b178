// Recommendations derived from the figures: each rule has an id, a threshold written here once, and
// gives an i18n key with the numbers that fired it, so the page can say which rule produced what.
import type { Recommendation, Report } from './types';

type Rule = (r: Report, prev: Report | null) => Recommendation | null;

const rec = (rule: string, severity: Recommendation['severity'], params: Recommendation['params']): Recommendation => ({
  rule,
  key: `report.rec.${rule}`,
  params,
  severity,
});

const pct = (x: number) => Math.round(x * 100);

/** The rules, in the order their recommendations are listed. Thresholds are the params they report. */
export const RULES: Record<string, Rule> = {
  responseRateLow: (r) =>
    r.actionable >= 5 && r.responseRate !== null && r.responseRate < 0.8
      ? rec('responseRateLow', r.responseRate < 0.5 ? 'alert' : 'warn', {
          rate: pct(r.responseRate),
          threshold: 80,
          unanswered: r.actionable - r.answered,
        })
      : null,
  slowFirstResponse: (r) => {
    const f = r.firstResponseMinutes;
    return f.count >= 5 && f.withinTarget !== null && f.withinTarget < 0.8
      ? rec('slowFirstResponse', 'warn', { within: pct(f.withinTarget), threshold: 80, target: f.targetMinutes })
      : null;
  },
  backlogGrowing: (r, p) =>
    p && r.backlog >= 5 && r.backlog > p.backlog * 1.2
      ? rec('backlogGrowing', 'warn', { backlog: r.backlog, previous: p.backlog })
      : null,
  sentimentDrop: (r, p) =>
    p && r.sentiment.net !== null && p.sentiment.net !== null && r.sentiment.net < p.sentiment.net - 0.1
      ? rec('sentimentDrop', 'alert', { net: pct(r.sentiment.net), previous: pct(p.sentiment.net), threshold: 10 })
      : null,
  volumeSurge: (r, p) =>
    p && p.mentions >= 10 && r.mentions >= p.mentions * 1.5
      ? rec('volumeSurge', 'info', { mentions: r.mentions, previous: p.mentions })
      : null,
  afterHours: (r) =>
    r.afterHours && r.mentions >= 20 && r.afterHours.share !== null && r.afterHours.share >= 0.3
      ? rec('afterHours', 'info', { share: pct(r.afterHours.share), threshold: 30 })
      : null,
  incidentUnanswered: (r) => {
    const bad = r.incidents.filter((i) => i.actionable >= 3 && (i.responseRate ?? 0) < 0.5);
    return bad.length ? rec('incidentUnanswered', 'alert', { incidents: bad.length, threshold: 50 }) : null;
  },
  fewSnippets: (r) =>
    r.replyQuality.replies >= 10 && (r.replyQuality.snippetShare ?? 0) < 0.2
      ? rec('fewSnippets', 'info', { share: pct(r.replyQuality.snippetShare ?? 0), threshold: 20 })
      : null,
  toneIssues: (r) =>
    r.replyQuality.replies >= 5 && (r.replyQuality.issuesPerReply ?? 0) > 0.5
      ? rec('toneIssues', 'warn', { perReply: r.replyQuality.issuesPerReply ?? 0, threshold: 0.5 })
      : null,
  competitorAhead: (r) => {
    const own = r.shareOfVoice.filter((v) => !v.competitor)[0];
    const rival = r.shareOfVoice.filter((v) => v.competitor)[0];
    return own && rival && rival.mentions > own.mentions
      ? rec('competitorAhead', 'info', { brand: rival.brandId, share: pct(rival.share ?? 0), own: pct(own.share ?? 0) })
      : null;
  },
  detractors: (r) =>
    r.detractors.length >= 3 ? rec('detractors', 'warn', { authors: r.detractors.length, threshold: 3 }) : null,
  advocates: (r) =>
    r.advocates.length >= 3 ? rec('advocates', 'info', { authors: r.advocates.length, threshold: 3 }) : null,
  dismissedFlags: (r) => {
    const m = r.moderation;
    return m.confirmed + m.dismissed >= 5 && m.dismissed > m.confirmed
      ? rec('dismissedFlags', 'info', { dismissed: m.dismissed, confirmed: m.confirmed })
      : null;
  },
  layoutProblems: (r) => {
    const problems = Object.values(r.coverage.problems).reduce((a, b) => a + b, 0);
    return problems > 0 ? rec('layoutProblems', 'warn', { pages: problems }) : null;
  },
};

/** What the figures suggest, most severe first (rule order within a severity). */
export function recommendations(report: Report, previous: Report | null): Recommendation[] {
  const order = { alert: 0, warn: 1, info: 2 };
  const out: Recommendation[] = [];
  for (const rule of Object.values(RULES)) {
    const r = rule(report, previous);
    if (r) out.push(r);
  }
  return out.sort((a, b) => order[a.severity] - order[b.severity]);
}
