// How the report page writes figures: counts, shares, net sentiment, durations, dates and changes, in
// the page's language and the report's zone. Formatting only: every figure comes from the core.
import type { Lang, MessageKey, Params } from '../../i18n/translate';

type T = (key: MessageKey, params?: Params) => string;

export function formatCount(lang: Lang, n: number | null): string {
  return n === null ? '—' : new Intl.NumberFormat(lang).format(n);
}

/** A 0..1 share as a percentage ("42 %"). */
export function formatShare(lang: Lang, share: number | null): string {
  return share === null
    ? '—'
    : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Minutes as "45 min", "3.5 h" or "2.1 d". */
export function formatMinutes(lang: Lang, t: T, minutes: number | null): string {
  if (minutes === null) return '—';
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (minutes < 90) return t('report.duration.minutes', { n: nf.format(Math.round(minutes)) });
  if (minutes < 48 * 60) return t('report.duration.hours', { n: nf.format(minutes / 60) });
  return t('report.duration.days', { n: nf.format(minutes / 1440) });
}

export function formatDate(lang: Lang, tz: string, ms: number, withTime = false): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone: tz,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  }).format(ms);
}

/** The last day of a half-open period, for "from … to …" (its end is the next day's midnight). */
export function formatPeriod(lang: Lang, tz: string, from: number, to: number): { from: string; to: string } {
  return { from: formatDate(lang, tz, from), to: formatDate(lang, tz, Math.max(from, to - 1)) };
}

/** Weekday names, index 0 = Sunday, from Intl (2023-01-01 was a Sunday). */
export function weekdayNames(lang: Lang, width: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2023, 0, 1 + i)));
}

/** A signed change: "+12", "−3 %", or "unchanged". */
export function formatChange(lang: Lang, t: T, delta: number, unit: 'count' | 'share' | 'minutes'): string {
  if (delta === 0) return t('report.delta.same');
  const sign = delta > 0 ? '+' : '−';
  const size = Math.abs(delta);
  if (unit === 'share') {
    return `${sign}${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(size * 100)} pt`;
  }
  if (unit === 'minutes') return `${sign}${formatMinutes(lang, t, size)}`;
  return `${sign}${formatCount(lang, size)}`;
}
