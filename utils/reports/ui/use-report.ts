// The report page's data: the input read live from the database (utils/reports/repo.ts), the report
// settings, and the reports the core computes for the chosen period, the one before and, when the
// data reaches back that far, the same period a year earlier. The UI computes no figure itself.
import { useMemo } from 'preact/hooks';
import { pageDb } from '../../../components/db';
import { useLiveQuery, type Live } from '../../../components/live-query';
import { getSettings } from '../../settings/repo';
import type { Settings } from '../../settings/core/schema';
import { loadReportInput } from '../repo';
import { periodFor, previousPeriod, yearEarlier } from '../core/period';
import { resolveZone } from '../core/tz';
import { computeReport } from '../core/report';
import { compare } from '../core/compare';
import type { Delta, KpiId, Period, PeriodKind, Report, ReportFilters, ReportInput, TemplateId } from '../core/types';

export interface ReportView {
  template: TemplateId;
  kind: PeriodKind;
  /** An instant inside the period shown (now by default). */
  anchor: number;
  /** The custom range, [from, to) in ms. */
  custom: Period | null;
  filters: ReportFilters;
}

export interface Reports {
  tz: string;
  period: Period;
  previousPeriod: Period;
  yearPeriod: Period | null;
  current: Report;
  previous: Report;
  year: Report | null;
  vsPrevious: Record<KpiId, Delta>;
  vsYear: Record<KpiId, Delta> | null;
}

export function useReportInput(): Live<ReportInput> {
  return useLiveQuery(() => loadReportInput(pageDb()), []);
}

export function useSettings(): Live<Settings> {
  return useLiveQuery(() => getSettings(pageDb()), []);
}

/** The period shown: the custom range when it is one (and valid), else the period holding the anchor. */
export function viewPeriod(view: ReportView, tz: string): Period {
  if (view.kind === 'custom' && view.custom) return periodFor('custom', view.anchor, tz, view.custom);
  return periodFor(view.kind === 'custom' ? 'rolling30' : view.kind, view.anchor, tz);
}

/** True when some mention is older than the end of `period` (a comparison with it means something). */
function reaches(input: ReportInput, period: Period): boolean {
  return input.items.some((i) => (i.postedAt ?? i.seenAt) < period.to);
}

export function computeReports(input: ReportInput, settings: Settings, view: ReportView, now: number): Reports {
  const tz = resolveZone(settings.reports.timezone);
  const period = viewPeriod(view, tz);
  const before = previousPeriod(view.kind, period, tz);
  const yearBack = yearEarlier(view.kind, period, tz);
  const current = computeReport(input, period, view.filters, settings.reports, now);
  const previous = computeReport(input, before, view.filters, settings.reports, now);
  const year = reaches(input, yearBack) ? computeReport(input, yearBack, view.filters, settings.reports, now) : null;
  return {
    tz,
    period,
    previousPeriod: before,
    yearPeriod: year ? yearBack : null,
    current,
    previous,
    year,
    vsPrevious: compare(current, previous),
    vsYear: year ? compare(current, year) : null,
  };
}

export function useReports(
  input: ReportInput | null,
  settings: Settings | null,
  view: ReportView,
  now: number,
): Reports | null {
  return useMemo(
    () => (input && settings ? computeReports(input, settings, view, now) : null),
    [input, settings, view, now],
  );
}
