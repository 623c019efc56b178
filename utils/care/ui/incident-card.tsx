// One incident in the side panel: why it is one, its mentions, holding statements, checklist, post-mortem.
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { explainIncident } from '../core/crisis';
import { whyText } from '../core/crisis-text';
import type { IncidentRow } from '../crisis-repo';
import { Checklist } from './incident-checklist';
import { platformLabel, useFormat } from './incident-format';
import { Items } from './incident-items';
import { PostMortem } from './incident-postmortem';
import { Statement } from './incident-statement';
import { Timeline } from './incident-timeline';

export function IncidentCard({ row, now, announce }: { row: IncidentRow; now: number; announce: Announce }) {
  const { t, lang } = useI18n();
  const { when } = useFormat();
  const { incident, brand } = row;
  const brandName = brand?.name ?? incident.brandId;
  const id = `incident-${incident.id.replace(/[^\w-]/gu, '_')}`;
  const title =
    incident.end === null
      ? t('crisis.title.open', { brand: brandName, start: when(incident.start) })
      : t('crisis.title.closed', { brand: brandName, start: when(incident.start), end: when(incident.end) });
  const why = explainIncident(row.items, { exclude: brand ? [brand.name, ...brand.aliases] : [] });
  const origin = incident.manual
    ? incident.declaredBy
      ? t('crisis.declaredBy', { by: incident.declaredBy })
      : t('crisis.declaredByHand')
    : t('crisis.bySpike');
  const statements = brand?.holdingStatements ?? [];
  return (
    <li
      class={`incident ${incident.end === null ? 'incident-open' : 'incident-closed'}`}
      data-incident-id={incident.id}
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>{title}</h4>
      <p class="incident-origin">
        {origin}
        {incident.closedBy ? ` · ${t('crisis.closedBy', { by: incident.closedBy })}` : ''}
      </p>
      {incident.note && <p class="incident-note">{t('crisis.note', { note: incident.note })}</p>}
      <h5>{t('crisis.why.heading')}</h5>
      {why.total === 0 ? (
        <p class="empty">{t('crisis.why.none')}</p>
      ) : (
        <>
          <p class="incident-why" data-testid="incident-why">
            {whyText(lang, why)}
          </p>
          <p class="examples-heading">{t('crisis.examples')}</p>
          <ul class="incident-examples">
            {why.examples.map((e) => (
              <li key={e.key}>
                {platformLabel(e.platform)}: {e.text}
              </li>
            ))}
          </ul>
          <Timeline row={row} now={now} id={id} />
          <Items row={row} announce={announce} />
        </>
      )}
      <h5>{t('crisis.holding.heading')}</h5>
      {statements.length === 0 ? (
        <p class="empty">{t('crisis.holding.none', { brand: brandName })}</p>
      ) : (
        <ul class="incident-statements">
          {statements.map((s) => (
            <Statement key={s.id} s={s} brandName={brandName} profile={row.profiles[s.language]} announce={announce} />
          ))}
        </ul>
      )}
      <h5>{t('crisis.checklist.heading')}</h5>
      <Checklist row={row} announce={announce} />
      <PostMortem key={`${incident.id}-${incident.postmortem ?? ''}`} row={row} announce={announce} />
    </li>
  );
}
