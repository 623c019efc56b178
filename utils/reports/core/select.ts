// Which items a report counts: the definitions of issue #15 part 4, shared by the report, the
// drill-down, the CSV and the CLI so they cannot disagree.
import type { Period, ReportBrand, ReportFilters, ReportInput, ReportItem } from './types';
import { ACTIONABLE_INTENTS } from './types';

const ACTIONABLE = new Set<string>(ACTIONABLE_INTENTS);
export const POSITIVE = 0.25;
export const NEGATIVE = -0.25;

/** When a mention counts: posted, else first seen. */
export const mentionTime = (item: ReportItem): number => item.postedAt ?? item.seenAt;
export const inPeriod = (ms: number, period: Period): boolean => ms >= period.from && ms < period.to;
export const isActionable = (item: ReportItem): boolean => ACTIONABLE.has(item.intent);
export const isBacklog = (item: ReportItem): boolean =>
  isActionable(item) && item.repliedAt === null && item.status !== 'ignored';

export function sentimentClass(s: number): 'positive' | 'neutral' | 'negative' {
  return s >= POSITIVE ? 'positive' : s <= NEGATIVE ? 'negative' : 'neutral';
}

/**
 * The brands a report covers: the filter's, else every brand that is not a competitor (competitors
 * count only in the share of voice); null = every item (no brand is known, as in the CLI).
 */
export function scopeBrands(brands: readonly ReportBrand[], filters: ReportFilters): Set<string> | null {
  if (filters.brandIds?.length) return new Set(filters.brandIds);
  if (!brands.length) return null;
  return new Set(brands.filter((b) => !b.competitor).map((b) => b.id));
}

/** Platform and language filters (what the share of voice keeps too). */
export function passesPlace(item: ReportItem, filters: ReportFilters): boolean {
  if (filters.platforms?.length && !filters.platforms.includes(item.platform)) return false;
  if (filters.langs?.length && !(filters.langs as string[]).includes(item.lang)) return false;
  return true;
}

export function inScope(item: ReportItem, scope: Set<string> | null): boolean {
  if (!scope) return true;
  for (const b of item.brandIds) if (scope.has(b)) return true;
  return false;
}

/** A predicate for the items a report with these filters counts (any period). */
export function filterFor(input: ReportInput, filters: ReportFilters): (item: ReportItem) => boolean {
  const scope = scopeBrands(input.brands, filters);
  return (item) => passesPlace(item, filters) && inScope(item, scope);
}
