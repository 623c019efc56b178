// Closed days for the business-hours clock: one local date per line (YYYY-MM-DD). Lines that are not
// a real date are named under the field and left out; the valid ones are saved as they are typed.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';

/** The real dates among `text`'s lines (sorted, once each) and the lines that are not dates. */
export function parseHolidays(text: string): { dates: string[]; bad: string[] } {
  const dates = new Set<string>();
  const bad: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    if (d && d.toISOString().slice(0, 10) === line) dates.add(line);
    else bad.push(line);
  }
  return { dates: [...dates].sort().slice(0, 366), bad };
}

type Props = { id: string; holidays: readonly string[]; onChange(dates: string[]): void };

export function HolidaysField({ id, holidays, onChange }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(() => holidays.join('\n'));
  const { bad } = parseHolidays(text);
  return (
    <div class="field">
      <label for={`${id}-holidays`}>{t('report.settings.holidays')}</label>
      <textarea
        id={`${id}-holidays`}
        rows={3}
        value={text}
        aria-describedby={`${id}-holidays-hint${bad.length ? ` ${id}-holidays-bad` : ''}`}
        aria-invalid={bad.length > 0}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          onChange(parseHolidays(next).dates);
        }}
      />
      <p class="hint" id={`${id}-holidays-hint`}>
        {t('report.settings.holidaysHint')}
      </p>
      {bad.length ? (
        <p class="error" id={`${id}-holidays-bad`}>
          {t('report.settings.holidaysBad', { lines: bad.join(', ') })}
        </p>
      ) : null}
    </div>
  );
}
