// Drill-down: the keys of the items behind one chart cell, bar or slice, by the same definitions as
// the report (select.ts), so a cell's count and its list always agree.
import { businessClock } from './business-hours';
import { filterFor, inPeriod, isActionable, isBacklog, mentionTime, passesPlace, sentimentClass } from './select';
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from './settings';
import { TopicCounter } from './topics';
import { resolveZone, weekdayHour } from './tz';
import type { DrillSelector, Period, ReportFilters, ReportInput, ReportItem } from './types';

type Test = (item: ReportItem, t: number) => boolean;

function firstSeenByAuthor(items: Iterable<ReportItem>): Map<string, number> {
  const first = new Map<string, number>();
  for (const item of items) {
    const t = mentionTime(item);
    if (item.author && !(first.get(item.author)! <= t)) first.set(item.author, t);
  }
  return first;
}

function topicTest(term: string): Test {
  return (item) => {
    const c = new TopicCounter();
    c.add(item.text);
    return c.has(term);
  };
}

function testFor(
  sel: DrillSelector,
  period: Period,
  settings: ReportSettings,
  now: number,
  scoped: ReportItem[],
): Test {
  const tz = resolveZone(settings.timezone);
  const clock = settings.businessHours ? businessClock(settings.businessHours, tz) : null;
  const minutes = (a: number, b: number) => (clock ? clock.minutesBetween(a, b) : Math.max(0, (b - a) / 60_000));
  const target = settings.responseTargetMinutes;
  switch (sel.kind) {
    case 'all':
      return () => true;
    case 'brand':
      return (i) => i.brandIds.includes(sel.value);
    case 'platform':
      return (i) => i.platform === sel.value;
    case 'intent':
      return (i) => i.intent === sel.value;
    case 'lang':
      return (i) => (i.lang || 'unknown') === sel.value;
    case 'author':
      return (i) => i.author === sel.value;
    case 'sentiment':
      return (i) => sentimentClass(i.sentiment) === sel.value;
    case 'topic':
      return topicTest(sel.value.toLowerCase());
    case 'actionable':
      return (i) => isActionable(i);
    case 'answered':
      return (i) => isActionable(i) && i.repliedAt !== null;
    case 'backlog':
      return (i) => isBacklog(i);
    case 'afterHours':
      return (i, t) => clock !== null && !clock.isOpen(t);
    case 'slaMiss': {
      const end = Math.min(period.to, now);
      return (i, t) =>
        isActionable(i) &&
        (i.repliedAt !== null
          ? minutes(t, i.repliedAt) > target
          : isBacklog(i) && minutes(t, Math.max(t, end)) > target);
    }
    case 'newAuthors': {
      const first = firstSeenByAuthor(scoped);
      return (i) => i.author !== '' && first.get(i.author)! >= period.from;
    }
    case 'heatmap':
      return (i, t) => {
        const [wd, h] = weekdayHour(t, tz);
        return wd === sel.weekday && h === sel.hour;
      };
    case 'incident':
      return () => true;
  }
}

/**
 * The keys of the period's items (by posted, else seen time; for the replies heatmap, by reply time)
 * that the filters keep and the selector picks, oldest first.
 */
export function itemsFor(
  input: ReportInput,
  period: Period,
  filters: ReportFilters,
  selector: DrillSelector,
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
  now: number = Number.POSITIVE_INFINITY,
): string[] {
  const keep = filterFor(input, filters);
  const scoped = input.items.filter(keep);
  if (selector.kind === 'incident') {
    const inc = input.incidents.find((i) => i.id === selector.value);
    const keys = new Set(inc?.itemKeys ?? []);
    return scoped.filter((i) => keys.has(i.key)).map((i) => i.key);
  }
  if (selector.kind === 'heatmap' && selector.chart === 'replies') {
    const tz = resolveZone(settings.timezone);
    return scoped
      .filter((i) => i.repliedAt !== null && inPeriod(i.repliedAt, period))
      .filter((i) => {
        const [wd, h] = weekdayHour(i.repliedAt!, tz);
        return wd === selector.weekday && h === selector.hour;
      })
      .sort((a, b) => a.repliedAt! - b.repliedAt!)
      .map((i) => i.key);
  }
  const test = testFor(selector, period, settings, now, scoped);
  const out: ReportItem[] = [];
  for (const item of scoped) {
    const t = mentionTime(item);
    if (inPeriod(t, period) && test(item, t)) out.push(item);
  }
  return out.sort((a, b) => mentionTime(a) - mentionTime(b) || a.key.localeCompare(b.key)).map((i) => i.key);
}

/** The share-of-voice slice of one brand: the period's items naming it, with the platform and language filters only. */
export function voiceItems(input: ReportInput, period: Period, filters: ReportFilters, brandId: string): string[] {
  return input.items
    .filter((i) => passesPlace(i, filters) && i.brandIds.includes(brandId) && inPeriod(mentionTime(i), period))
    .map((i) => i.key);
}
