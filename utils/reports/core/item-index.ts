// A per-input index of the items, built once and shared by every report of the same input (the page
// computes the period, the one before and a year earlier; the CSV comes after): each item's mention
// and reply time as numbers, the items by key, and per filter set each author's first mention time.
// Reports then skip the items out of their period with one typed-array read, not a pass of work.
// The index assumes items are not edited in place (the page and the CLI build a new input each time);
// an items array that grew or shrank is indexed again.
import { filterFor, mentionTime, scopeBrands } from './select';
import type { ReportBrand, ReportFilters, ReportInput, ReportItem } from './types';

export interface ItemIndex {
  items: readonly ReportItem[];
  /** postedAt, else seenAt, per item (NaN when unknown). */
  times: Float64Array;
  /** repliedAt per item, NaN when none. */
  replied: Float64Array;
  /** The last item of each key (as a pass over the items would leave it). */
  byKey: Map<string, ReportItem>;
  /** Each author's earliest mention time among the items a filter set keeps, by filter set. */
  firstAt: Map<string, Map<string, number>>;
}

const indexes = new WeakMap<readonly ReportItem[], ItemIndex>();

function build(items: readonly ReportItem[]): ItemIndex {
  const n = items.length;
  const times = new Float64Array(n);
  const replied = new Float64Array(n);
  const byKey = new Map<string, ReportItem>();
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const t = mentionTime(item);
    times[i] = typeof t === 'number' ? t : NaN;
    replied[i] = item.repliedAt === null ? NaN : item.repliedAt;
    byKey.set(item.key, item);
  }
  return { items, times, replied, byKey, firstAt: new Map() };
}

export function itemIndex(items: readonly ReportItem[]): ItemIndex {
  let ix = indexes.get(items);
  const n = items.length;
  // Same length, same ends: the same items (a push or splice shows in one of them).
  if (!ix || ix.times.length !== n || (n && (ix.items[0] !== items[0] || ix.items[n - 1] !== items[n - 1]))) {
    indexes.set(items, (ix = build(items)));
    ix.items = items.slice();
  }
  return ix;
}

function filterKey(brands: readonly ReportBrand[], filters: ReportFilters): string {
  const scope = scopeBrands(brands, filters);
  const list = (v: readonly string[] | undefined) => (v?.length ? [...v].sort().join('\u0001') : '*');
  return [scope ? list([...scope]) : '*', list(filters.platforms), list(filters.langs)].join('\u0002');
}

/** Each author's first mention time (any period) among the items these filters keep, computed once per filter set. */
export function firstMentionAt(input: ReportInput, filters: ReportFilters): Map<string, number> {
  const ix = itemIndex(input.items);
  const key = filterKey(input.brands, filters);
  let first = ix.firstAt.get(key);
  if (first) return first;
  first = new Map();
  const keep = filterFor(input, filters);
  const { items, times } = ix;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.author || !keep(item)) continue;
    const t = times[i]!;
    const known = first.get(item.author);
    if (known === undefined || t < known) first.set(item.author, t);
  }
  ix.firstAt.set(key, first);
  return first;
}
