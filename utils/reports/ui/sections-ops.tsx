// The operational sections (the weekly report's core): what waits, target misses, incidents, and
// responsiveness. Every number is the core's; each list or figure drills down to its items.
import { useI18n } from '../../../components/i18n';
import type { Report } from '../core/types';
import { formatCount, formatDate, formatMinutes, formatShare } from './format';
import type { SectionCtx } from './section-ctx';

export function DrillButton(props: { label: string; onClick(): void; children: preact.ComponentChildren }) {
  return (
    <button type="button" class="link drill-button" onClick={props.onClick}>
      {props.children}
      <span class="visually-hidden"> ({props.label})</span>
    </button>
  );
}

export function Backlog({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  const label = t('report.kpi.backlog');
  return (
    <p>
      <DrillButton label={label} onClick={() => ctx.drill({ kind: 'backlog' }, label)}>
        {label}: {formatCount(lang, report.backlog)}
      </DrillButton>
    </p>
  );
}

export function Waiting({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  return (
    <>
      {report.waiting.length === 0 ? <p class="empty">{t('report.none')}</p> : null}
      <ol class="waiting">
        {report.waiting.slice(0, 10).map((w) => {
          const item = ctx.items.get(w.key);
          return (
            <li key={w.key}>
              <span class="item-text">{item ? item.text.slice(0, 140) : w.key}</span>{' '}
              <span class="hint">
                {t('report.waiting.minutes', { duration: formatMinutes(lang, t, w.waitingMinutes) })}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function SlaMisses({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  const label = t('report.kpi.slaMisses');
  return (
    <p>
      <DrillButton label={label} onClick={() => ctx.drill({ kind: 'slaMiss' }, label)}>
        {label}: {formatCount(lang, report.slaMisses)}
      </DrillButton>{' '}
      <span class="hint">
        {t('report.settings.target')}: {formatMinutes(lang, t, report.firstResponseMinutes.targetMinutes)}
      </span>
    </p>
  );
}

export function Incidents({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  if (report.incidents.length === 0) return <p class="empty">{t('report.none')}</p>;
  return (
    <ul class="incidents">
      {report.incidents.map((i) => {
        const text = t('report.incident.line', {
          brand: ctx.brandName(i.brandId),
          start: formatDate(lang, ctx.reports.tz, i.start, true),
          duration:
            i.durationMinutes === null ? t('report.incident.ongoing') : formatMinutes(lang, t, i.durationMinutes),
          mentions: formatCount(lang, i.mentions),
          rate: formatShare(lang, i.responseRate),
        });
        return (
          <li key={i.id}>
            <DrillButton label={text} onClick={() => ctx.drill({ kind: 'incident', value: i.id }, text)}>
              {text}
            </DrillButton>
            {(i.manual || i.closedBy !== undefined) && (
              <p class="incident-by">
                {[
                  i.manual
                    ? i.declaredBy
                      ? t('report.incident.declaredBy', { by: i.declaredBy })
                      : t('report.incident.declared')
                    : '',
                  i.closedBy ? t('report.incident.closedBy', { by: i.closedBy }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {i.postmortem && (
              <blockquote class="postmortem" data-testid="postmortem">
                <strong>{t('report.incident.postmortem')}</strong> {i.postmortem}
              </blockquote>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Responsiveness({ ctx, report }: { ctx: SectionCtx; report: Report }) {
  const { t, lang } = useI18n();
  const fr = report.firstResponseMinutes;
  const answered = t('report.kpi.responseRate');
  return (
    <dl class="counts">
      <dt>{answered}</dt>
      <dd>
        <DrillButton label={answered} onClick={() => ctx.drill({ kind: 'answered' }, answered)}>
          {formatShare(lang, report.responseRate)} ({formatCount(lang, report.answered)} /{' '}
          {formatCount(lang, report.actionable)})
        </DrillButton>
      </dd>
      <dt>{t('report.kpi.medianMinutes')}</dt>
      <dd>{formatMinutes(lang, t, fr.median)}</dd>
      <dt>{t('report.kpi.p90Minutes')}</dt>
      <dd>{formatMinutes(lang, t, fr.p90)}</dd>
      <dt>{t('report.kpi.withinTarget')}</dt>
      <dd>{formatShare(lang, fr.withinTarget)}</dd>
      {report.afterHours ? (
        <>
          <dt>{t('report.kpi.afterHoursShare')}</dt>
          <dd>
            <DrillButton
              label={t('report.kpi.afterHoursShare')}
              onClick={() => ctx.drill({ kind: 'afterHours' }, t('report.kpi.afterHoursShare'))}
            >
              {formatShare(lang, report.afterHours.share)}
            </DrillButton>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
