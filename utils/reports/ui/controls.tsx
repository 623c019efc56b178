// What report to show: the period (kind, previous/next, a custom range of local dates) and the
// filters by brand, platform and language. Changes go up through `onChange`; nothing is saved.
import { useId } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import { PLATFORMS, platformName } from '../../platforms/descriptor-data';
import type { Platform } from '../../platforms/ids';
import { PERIOD_KINDS } from '../core/period';
import { DAY_MS, isoDate, localParts, startOfLocalDay } from '../core/tz';
import type { Period, PeriodKind, ReportBrand, ReportFilters } from '../core/types';
import { formatPeriod } from './format';
import type { ReportView } from './use-report';

const dayOf = (date: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) : null;
};

function CustomRange({ period, tz, onRange }: { period: Period; tz: string; onRange(p: Period): void }) {
  const { t } = useI18n();
  const id = useId();
  const first = localParts(period.from, tz).dayNumber;
  const last = localParts(period.to - 1, tz).dayNumber;
  const set = (which: 'from' | 'to', value: string) => {
    const day = dayOf(value);
    if (day === null) return;
    const [a, b] = which === 'from' ? [day, Math.max(day, last)] : [Math.min(first, day), day];
    onRange({ from: startOfLocalDay(a, tz), to: startOfLocalDay(b + 1, tz) });
  };
  return (
    <div class="custom-range">
      <label for={`${id}-from`}>{t('report.period.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={isoDate(first)}
        onChange={(e) => set('from', e.currentTarget.value)}
      />
      <label for={`${id}-to`}>{t('report.period.to')}</label>
      <input id={`${id}-to`} type="date" value={isoDate(last)} onChange={(e) => set('to', e.currentTarget.value)} />
    </div>
  );
}

export function PeriodPicker(props: {
  view: ReportView;
  period: Period;
  tz: string;
  now: number;
  onChange(view: ReportView): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { view, period } = props;
  const rolling = view.kind.startsWith('rolling');
  const shift = (dir: -1 | 1) => {
    if (rolling) return props.onChange({ ...view, anchor: view.anchor + dir * (period.to - period.from) });
    props.onChange({ ...view, anchor: dir < 0 ? period.from - 1 : period.to });
  };
  const setKind = (kind: PeriodKind) =>
    props.onChange({ ...view, kind, anchor: props.now, custom: kind === 'custom' ? (view.custom ?? period) : null });
  return (
    <fieldset class="period-picker">
      <legend>{t('report.period.heading')}</legend>
      <label for={`${id}-kind`}>{t('report.period.kind')}</label>
      <select id={`${id}-kind`} value={view.kind} onChange={(e) => setKind(e.currentTarget.value as PeriodKind)}>
        {PERIOD_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`report.period.${k}` as MessageKey)}
          </option>
        ))}
      </select>
      {view.kind === 'custom' ? (
        <CustomRange period={period} tz={props.tz} onRange={(custom) => props.onChange({ ...view, custom })} />
      ) : (
        <span class="period-nav">
          <button type="button" onClick={() => shift(-1)}>
            <span aria-hidden="true">← </span>
            {t('report.period.prev')}
          </button>
          <button type="button" disabled={period.to > props.now} onClick={() => shift(1)}>
            {t('report.period.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </span>
      )}
    </fieldset>
  );
}

function CheckGroup<T extends string>(props: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: readonly T[] | undefined;
  onChange(values: T[]): void;
}) {
  const chosen = new Set(props.chosen ?? []);
  const toggle = (value: T, on: boolean) => {
    const next = props.options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v)));
    props.onChange(next);
  };
  return (
    <fieldset class="filter">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} class="check">
          <input
            type="checkbox"
            checked={chosen.has(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Filters(props: {
  brands: readonly ReportBrand[];
  filters: ReportFilters;
  onChange(filters: ReportFilters): void;
}) {
  const { t } = useI18n();
  const { filters, onChange } = props;
  const emptyToUndefined = <T,>(v: T[]) => (v.length ? v : undefined);
  return (
    <div class="report-filters">
      <p class="hint">{t('report.filters.hint')}</p>
      {props.brands.length > 0 ? (
        <CheckGroup
          legend={t('report.filters.brands')}
          options={props.brands.map((b) => ({ value: b.id, label: b.name }))}
          chosen={filters.brandIds}
          onChange={(v) => onChange({ ...filters, brandIds: emptyToUndefined(v) })}
        />
      ) : null}
      <CheckGroup<Platform>
        legend={t('report.filters.platforms')}
        options={PLATFORMS.map((p) => ({ value: p, label: platformName(p) }))}
        chosen={filters.platforms}
        onChange={(v) => onChange({ ...filters, platforms: emptyToUndefined(v) })}
      />
      <CheckGroup<'fr' | 'en'>
        legend={t('report.filters.langs')}
        options={[
          { value: 'fr', label: t('report.lang.fr') },
          { value: 'en', label: t('report.lang.en') },
        ]}
        chosen={filters.langs}
        onChange={(v) => onChange({ ...filters, langs: emptyToUndefined(v) })}
      />
    </div>
  );
}

export function PeriodLine({ period, previous, tz }: { period: Period; previous: Period; tz: string }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p class="period-shown" data-testid="period">
        {t('report.period.shown', { ...formatPeriod(lang, tz, period.from, period.to), tz })}
      </p>
      <p class="hint">{t('report.period.previous', formatPeriod(lang, tz, previous.from, previous.to))}</p>
    </>
  );
}
