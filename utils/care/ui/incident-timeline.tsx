// An incident's mentions per 10 minutes: a table, read out as numbers, with a bar per row.
import { useI18n } from '../../../components/i18n';
import { incidentTimeline } from '../core/crisis';
import type { IncidentRow } from '../crisis-repo';
import { useFormat } from './incident-format';

export function Timeline({ row, now, id }: { row: IncidentRow; now: number; id: string }) {
  const { t } = useI18n();
  const { time } = useFormat();
  const { incident } = row;
  const buckets = incidentTimeline(row.items, incident.start, incident.end ?? Math.max(now, incident.start));
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <table class="incident-timeline" data-testid="incident-timeline">
      <caption id={`${id}-timeline`}>{t('crisis.timeline.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('crisis.timeline.time')}</th>
          <th scope="col">{t('crisis.timeline.count')}</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          <tr key={b.from}>
            <th scope="row">
              <time dateTime={new Date(b.from).toISOString()}>{time(b.from)}</time>
            </th>
            <td>
              {b.count}{' '}
              <span
                class="bar"
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  height: '0.6em',
                  width: `${(b.count / max) * 6}em`,
                  background: 'currentColor',
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
