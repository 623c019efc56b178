// The side panel's incidents, live from the database: the open ones and those of the last 7 days,
// each with why it is one, its mentions per 10 minutes (a table, read out as numbers), its mentions
// with their status and who handled them, the brand's holding statements (Copy, tone check), the
// checklist (ticks timed, with who), and "Close with a post-mortem". "Declare an incident" on top.
// Every change goes through the background (care.incident.*).
import { useI18n } from '../../../components/i18n';
import { pageDb } from '../../../components/db';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { loadIncidents } from '../crisis-repo';
import { Declare } from './declare-incident';
import { IncidentCard } from './incident-card';

export function Incidents({ announce, now }: { announce: Announce; now?: number }) {
  const { t } = useI18n();
  const data = useLiveQuery(
    async () => ({ rows: await loadIncidents(pageDb(), now ?? Date.now()), at: now ?? Date.now() }),
    [now],
  );
  return (
    <section class="care-incidents" aria-labelledby="care-incidents-heading" data-testid="care-incidents">
      <h3 id="care-incidents-heading">{t('crisis.heading')}</h3>
      {data.status === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : data.status === 'error' ? (
        <p class="error">{t('common.readError', { message: String(data.error) })}</p>
      ) : data.value.rows.length === 0 ? (
        <p class="empty">{t('crisis.empty')}</p>
      ) : (
        <ul class="incidents">
          {data.value.rows.map((row) => (
            <IncidentCard key={row.incident.id} row={row} now={data.value.at} announce={announce} />
          ))}
        </ul>
      )}
      <Declare announce={announce} />
    </section>
  );
}
