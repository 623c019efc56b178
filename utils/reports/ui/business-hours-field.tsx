// Business hours in the report settings: per weekday, closed or open from one time to another (one
// range a day is edited, further ones stored by another device are kept; the times are local to the
// report's time zone). Closed days are holidays-field.tsx.
import { useI18n } from '../../../components/i18n';
import type { BusinessHours } from '../core/settings';
import { weekdayNames } from './format';

const ORDER = [1, 2, 3, 4, 5, 6, 0];
export const DEFAULT_HOURS: BusinessHours = {
  week: [[], ...Array.from({ length: 5 }, () => [{ start: 540, end: 1080 }]), []],
  holidays: [],
};

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const fromTime = (value: string): number | null => {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

type Props = { idBase: string; hours: BusinessHours; onChange(h: BusinessHours): void };

export function BusinessHoursField(props: Props) {
  const { t, lang } = useI18n();
  const days = weekdayNames(lang);
  const edgeName = { start: t('report.settings.open'), end: t('report.settings.close') };
  const setDay = (day: number, ranges: BusinessHours['week'][number]) => {
    const week = props.hours.week.map((r, i) => (i === day ? ranges : r));
    props.onChange({ ...props.hours, week });
  };
  return (
    <table class="business-hours">
      <thead>
        <tr>
          <td />
          <th scope="col">{t('report.settings.closed')}</th>
          <th scope="col">{t('report.settings.open')}</th>
          <th scope="col">{t('report.settings.close')}</th>
        </tr>
      </thead>
      <tbody>
        {ORDER.map((day) => {
          const range = props.hours.week[day]?.[0];
          const id = `${props.idBase}-day${day}`;
          return (
            <tr key={day}>
              <th scope="row" id={`${id}-name`}>
                {days[day]}
              </th>
              <td>
                <input
                  type="checkbox"
                  aria-labelledby={`${id}-name ${id}-closed`}
                  checked={!range}
                  onChange={(e) => setDay(day, e.currentTarget.checked ? [] : [{ start: 540, end: 1080 }])}
                />
                <span id={`${id}-closed`} class="visually-hidden">
                  {t('report.settings.closed')}
                </span>
              </td>
              {(['start', 'end'] as const).map((edge) => (
                <td key={edge}>
                  {range ? (
                    <input
                      type="time"
                      aria-label={`${days[day]}, ${edgeName[edge]}`}
                      value={toTime(range[edge])}
                      onChange={(e) => {
                        const v = fromTime(e.currentTarget.value);
                        if (v === null) return;
                        const first = { ...range, [edge]: edge === 'end' && v === 0 ? 1440 : v };
                        setDay(day, [first, ...(props.hours.week[day] ?? []).slice(1)]);
                      }}
                    />
                  ) : null}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
