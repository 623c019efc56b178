// The CM's own reading of a report, the last part of each template: a free text saved with the
// template and period (reports.saveNote: the background writes it), printed with the report.
import { useEffect, useId, useState } from 'preact/hooks';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { getReportNote } from '../repo';
import type { Period, TemplateId } from '../core/types';

export function ReportNotes(props: { template: TemplateId; period: Period; announce: Announce }) {
  const { t, reason } = useI18n();
  const id = useId();
  const { template, period } = props;
  const stored = useLiveQuery(
    () => getReportNote(pageDb(), template, period.from, period.to),
    [template, period.from, period.to],
  );
  const saved = stored.status === 'ok' ? (stored.value?.text ?? '') : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(null), [template, period.from, period.to]);
  const text = draft ?? saved;

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const { note } = await send('reports.saveNote', { template, from: period.from, to: period.to, text });
      setDraft(null);
      props.announce({ kind: 'ok', text: t(note ? 'report.notes.saved' : 'report.notes.cleared') });
    } catch (error) {
      props.announce({ kind: 'error', text: t('report.notes.failed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="report-notes" onSubmit={(e) => void save(e)}>
      <label for={`${id}-text`}>{t('report.notes.label')}</label>
      <p class="hint no-print" id={`${id}-hint`}>
        {t('report.notes.hint')}
      </p>
      <textarea
        id={`${id}-text`}
        rows={6}
        maxLength={20_000}
        aria-describedby={`${id}-hint`}
        value={text}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <p class="print-only notes-print">{text}</p>
      <div class="actions no-print">
        <button type="submit" class="primary" disabled={busy || draft === null}>
          {t('report.notes.save')}
        </button>
      </div>
    </form>
  );
}
