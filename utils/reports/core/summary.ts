// A short summary of a report to paste into an e-mail or a chat: Markdown, or plain text, in FR or EN.
import { isMessageKey, t } from '../../i18n/translate';
import { recommendations } from './recommend';
import { SUMMARY_TEXT } from './summary-text';
import type { Report } from './types';

export type SummaryLang = 'en' | 'fr';
type Line = keyof (typeof SUMMARY_TEXT)['en'];

const fill = (lang: SummaryLang, line: Line, params: Record<string, string | number> = {}) =>
  SUMMARY_TEXT[lang][line].replace(/\{(\w+)\}/g, (w, k: string) => (k in params ? String(params[k]) : w));

function formatters(lang: SummaryLang, tz: string) {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const date = new Intl.DateTimeFormat(locale, { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' });
  const pct = (x: number | null) => (x === null ? SUMMARY_TEXT[lang].none : `${Math.round(x * 100)} %`);
  const min = (x: number | null) => (x === null ? SUMMARY_TEXT[lang].none : `${Math.round(x)} min`);
  return { date: (ms: number) => date.format(ms), pct, min };
}

/** The summary's lines (without list markers). */
export function summaryLines(report: Report, previous: Report | null, lang: SummaryLang): string[] {
  const r = report;
  const f = formatters(lang, r.tz);
  const vs = (before: number | undefined) => (before === undefined ? '' : ` (${fill(lang, 'vs', { prev: before })})`);
  const fr = r.firstResponseMinutes;
  const lines = [
    fill(lang, 'mentions', { n: r.mentions }) + vs(previous?.mentions),
    fill(lang, 'authors', { unique: r.authors.unique, new: r.authors.new }),
    fill(lang, 'sentiment', {
      pos: r.mentions ? Math.round((r.sentiment.positive / r.mentions) * 100) : 0,
      neg: r.mentions ? Math.round((r.sentiment.negative / r.mentions) * 100) : 0,
      net: r.sentiment.net === null ? SUMMARY_TEXT[lang].none : r.sentiment.net.toFixed(2),
    }),
    fill(lang, 'response', { rate: f.pct(r.responseRate), actionable: r.actionable }),
    fill(lang, 'firstResponse', {
      median: f.min(fr.median),
      p90: f.min(fr.p90),
      within: f.pct(fr.withinTarget),
      target: fr.targetMinutes,
    }),
    fill(lang, 'backlog', { backlog: r.backlog, misses: r.slaMisses }) + vs(previous?.backlog),
    fill(lang, 'incidents', { n: r.incidents.length }),
    fill(lang, 'moderation', {
      flags: r.moderation.flags,
      confirmed: r.moderation.confirmed,
      dismissed: r.moderation.dismissed,
    }),
  ];
  if (r.topTopics.length)
    lines.push(
      fill(lang, 'topics', {
        list: r.topTopics
          .slice(0, 8)
          .map((x) => x.term)
          .join(', '),
      }),
    );
  return lines;
}

/** The report as Markdown ('md') or plain text ('text'), recommendations with their sentences. */
export function reportSummary(
  report: Report,
  previous: Report | null,
  lang: SummaryLang,
  format: 'md' | 'text' = 'md',
  title?: string,
): string {
  const f = formatters(lang, report.tz);
  const heading = title ?? SUMMARY_TEXT[lang].title;
  const period = fill(lang, 'period', {
    from: f.date(report.period.from),
    to: f.date(report.period.to),
    tz: report.tz,
  });
  const recs = recommendations(report, previous).map((rec) =>
    isMessageKey(rec.key) ? t(lang, rec.key, rec.params) : `${rec.key} ${JSON.stringify(rec.params)}`,
  );
  const bullet = format === 'md' ? '- ' : '• ';
  const out = [format === 'md' ? `## ${heading}` : heading, '', period, ''];
  out.push(...summaryLines(report, previous, lang).map((l) => bullet + l));
  if (recs.length) {
    out.push('', format === 'md' ? `### ${SUMMARY_TEXT[lang].recommendations}` : SUMMARY_TEXT[lang].recommendations);
    out.push(...recs.map((l) => bullet + l));
  }
  return out.join('\n') + '\n';
}
