// KPI tiles: each figure, its change against the previous period (and a year earlier when the data
// reaches back), and its definition one click (or Enter) away in a disclosure.
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import type { Delta, KpiId } from '../core/types';
import { formatChange, formatCount, formatMinutes, formatShare } from './format';

export type KpiUnit = 'count' | 'share' | 'minutes';

export const KPI_UNITS: Record<KpiId, KpiUnit> = {
  mentions: 'count',
  uniqueAuthors: 'count',
  newAuthors: 'count',
  net: 'share',
  responseRate: 'share',
  medianMinutes: 'minutes',
  p90Minutes: 'minutes',
  withinTarget: 'share',
  backlog: 'count',
  slaMisses: 'count',
  afterHoursShare: 'share',
  flags: 'count',
  incidents: 'count',
};

export function useKpiFormat() {
  const { t, lang } = useI18n();
  return (id: KpiId, value: number | null) => {
    const unit = KPI_UNITS[id];
    if (unit === 'share') return formatShare(lang, value);
    if (unit === 'minutes') return formatMinutes(lang, t, value);
    return formatCount(lang, value);
  };
}

function Change({ delta, id, which }: { delta: Delta | undefined; id: KpiId; which: 'previous' | 'year' }) {
  const { t, lang } = useI18n();
  if (!delta || delta.delta === null) {
    return which === 'previous' ? <p class="kpi-change">{t('report.delta.none')}</p> : null;
  }
  const text = formatChange(lang, t, delta.delta, KPI_UNITS[id]);
  const dir = delta.delta > 0 ? 'up' : delta.delta < 0 ? 'down' : 'same';
  return (
    <p class={`kpi-change ${dir}`} data-change={which}>
      {t(which === 'previous' ? 'report.delta.previous' : 'report.delta.year', { delta: text })}
    </p>
  );
}

export function KpiTiles(props: {
  ids: readonly KpiId[];
  vsPrevious: Record<KpiId, Delta>;
  vsYear: Record<KpiId, Delta> | null;
}) {
  const { t } = useI18n();
  const format = useKpiFormat();
  return (
    <section class="kpis" aria-labelledby="report-kpis-heading">
      <h2 id="report-kpis-heading">{t('report.section.kpis')}</h2>
      <ul class="kpi-tiles">
        {props.ids.map((id) => {
          const name = t(`report.kpi.${id}` as MessageKey);
          return (
            <li key={id} class="kpi" data-kpi={id}>
              <p class="kpi-name">{name}</p>
              <p class="kpi-value" data-testid={`kpi-${id}`}>
                {format(id, props.vsPrevious[id]?.current ?? null)}
              </p>
              <Change id={id} delta={props.vsPrevious[id]} which="previous" />
              {props.vsYear ? <Change id={id} delta={props.vsYear[id]} which="year" /> : null}
              <details class="kpi-def">
                <summary>
                  {t('report.definition')}
                  <span class="visually-hidden">: {name}</span>
                </summary>
                <p>{t(`report.kpi.${id}.def` as MessageKey)}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
