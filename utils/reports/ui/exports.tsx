// Exports of the report shown: the CSV of its mentions (core/csv.ts: RFC 4180, UTF-8 with BOM, the
// separator from the settings), print / PDF (the page's print style), and the summary in Markdown or
// plain text (core/summary.ts) copied to the clipboard. Each chart has its own PNG button.
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Settings } from '../../settings/core/schema';
import { pageDb } from '../../../components/db';
import { getReportNote } from '../repo';
import { mentionsCsvFile } from '../core/csv';
import { reportSummary } from '../core/summary';
import type { ReportInput } from '../core/types';
import { isoDate, localParts } from '../core/tz';
import type { Reports, ReportView } from './use-report';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportExports(props: {
  input: ReportInput;
  view: ReportView;
  reports: Reports;
  settings: Settings;
  announce: Announce;
}) {
  const { t, lang, reason } = useI18n();
  const { reports, view, announce } = props;
  const day = (ms: number) => isoDate(localParts(ms, reports.tz).dayNumber);
  const stem = `tact-${view.template}-${day(reports.period.from)}-${day(reports.period.to - 1)}`;

  const csv = () => {
    // Straight to the text (no row arrays): 100,000 mentions within the 1 s budget.
    const sep = props.settings.reports.csvSeparator;
    const { text, mentions } = mentionsCsvFile(props.input, reports.period, view.filters, sep);
    download(`${stem}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
    announce({ kind: 'ok', text: t('report.export.csvDone', { count: mentions }) });
  };

  const copy = async (format: 'md' | 'text') => {
    const title = `${t('report.title')}: ${t(`report.template.${view.template}`)}`;
    try {
      const summary = reportSummary(reports.current, reports.previous, lang, format, title);
      const note = await getReportNote(pageDb(), view.template, reports.period.from, reports.period.to);
      const reading = t('report.section.notes');
      const text = note?.text.trim()
        ? `${summary}\n${format === 'md' ? `### ${reading}` : reading}\n\n${note.text.trim()}\n`
        : summary;
      await navigator.clipboard.writeText(text);
      announce({ kind: 'ok', text: t('report.export.copied') });
    } catch (error) {
      announce({ kind: 'error', text: t('report.export.copyFailed', { reason: reason(error) }) });
    }
  };

  return (
    <section class="report-exports no-print" aria-labelledby="report-exports-heading">
      <h2 id="report-exports-heading">{t('report.export.heading')}</h2>
      <div class="actions">
        <button type="button" onClick={csv}>
          {t('report.export.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('report.export.print')}
        </button>
        <button type="button" onClick={() => void copy('md')}>
          {t('report.export.copy')}
        </button>
        <button type="button" onClick={() => void copy('text')}>
          {t('report.export.copyText')}
        </button>
      </div>
    </section>
  );
}
