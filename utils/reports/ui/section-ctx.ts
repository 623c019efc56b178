// What every report section receives: the computed reports, the items by key (for lists), brand
// names, and the drill-down (a selector the core's itemsFor turns into items, and its label).
import type { Announce } from '../../../components/status';
import type { DrillSelector, ReportInput, ReportItem } from '../core/types';
import type { Reports } from './use-report';

export interface SectionCtx {
  reports: Reports;
  input: ReportInput;
  items: ReadonlyMap<string, ReportItem>;
  brandName(id: string): string;
  drill(selector: DrillSelector, label: string): void;
  announce: Announce;
}
