// Daily aggregates for team reports: what a device sends the team server. Per local day (the user's
// timezone) × brands × platform × intent × CM, counts and a first-response sketch — no message text,
// no customer's name, no item id. The definitions are the local report's (select.ts, issue #15 part
// 4): a mention belongs to the day it was posted (else first seen); actionable intents; sentiment
// classes; first response = reply − posted (else seen), in wall-clock minutes, over actionable
// mentions with a reply; backlog = actionable, no reply, not `ignored`.
import { z } from '../../shared/zod';
import { PLATFORMS } from '../../platforms/ids';
import { fromCounts, sketchBucket, sketchCount, sketchQuantile, sketchSchema, type Sketch } from './sketch';
import { isActionable, isBacklog, mentionTime, sentimentClass } from './select';
import type { ReportInput, ReportItem } from './types';

const count = z.number().int().min(0).max(10_000_000);
const name = z.string().max(100);

export const dailyRowSchema = z.object({
  /** The brands the mentions name, sorted (one mention naming two brands counts once in totals). */
  brandIds: z
    .array(z.string().min(1).max(64))
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'each brand once'),
  platform: z.enum(PLATFORMS as unknown as [string, ...string[]]),
  intent: z.string().min(1).max(32),
  /** Who handled them: the CM who inserted the first reply with Tact, else this device's CM. */
  cm: name,
  mentions: count,
  actionable: count,
  /** Actionable mentions with a first response (the response rate's numerator). */
  answered: count,
  positive: count,
  negative: count,
  backlog: count,
  /** First-response times (minutes) of the replied actionable mentions. */
  firstResponse: sketchSchema,
});
export type DailyRow = z.infer<typeof dailyRowSchema>;

export const dayKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

export const dailyAggregateSchema = z.object({
  day: dayKeySchema,
  rows: z
    .array(dailyRowSchema)
    .max(2000)
    .refine(
      (rows) =>
        new Set(rows.map((r) => JSON.stringify([[...r.brandIds].sort(), r.platform, r.intent, r.cm]))).size ===
        rows.length,
      'each brands × platform × intent × CM once a day',
    ),
});
export type DailyAggregate = z.infer<typeof dailyAggregateSchema>;

export interface DailyOptions {
  /** IANA zone of the days ('' = the runtime's). */
  timeZone: string;
  /** This device's CM (settings.cmName, else the sync device label). */
  cm: string;
  /** Only days from this local day on (YYYY-MM-DD), included. */
  fromDay?: string;
}

/** A local-day namer, cached per quarter hour (every UTC offset in use is a multiple of 15 minutes). */
export function dayNamer(timeZone: string): (ms: number) => string {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone || undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const cache = new Map<number, string>();
  return (ms) => {
    const slot = Math.floor(ms / 900_000);
    let day = cache.get(slot);
    if (day === undefined) {
      const p = fmt.formatToParts(new Date(slot * 900_000));
      const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
      day = `${get('year')}-${get('month')}-${get('day')}`;
      cache.set(slot, day);
    }
    return day;
  };
}

interface Acc {
  row: Omit<DailyRow, 'firstResponse'>;
  buckets: Map<number, number>;
}

/** The daily aggregates of everything in `input`, days in increasing order, rows in a stable order. */
export function dailyAggregates(input: ReportInput, options: DailyOptions): DailyAggregate[] {
  const dayOf = dayNamer(options.timeZone);
  const firstBy = firstReplyBy(input);
  const days = new Map<string, Map<string, Acc>>();
  for (const item of input.items) {
    const day = dayOf(mentionTime(item));
    if (options.fromDay && day < options.fromDay) continue;
    const brandIds = [...new Set(item.brandIds)].sort().slice(0, 10);
    const cm = (firstBy.get(item.key) ?? options.cm).slice(0, 100);
    const intent = item.intent.slice(0, 32) || 'other';
    const key = JSON.stringify([brandIds, item.platform, intent, cm]);
    let rows = days.get(day);
    if (!rows) days.set(day, (rows = new Map()));
    let acc = rows.get(key);
    if (!acc) {
      const row = { brandIds, platform: item.platform, intent, cm, ...zeroCounts() };
      rows.set(key, (acc = { row, buckets: new Map() }));
    }
    addItem(acc, item);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, rows]) => ({
      day,
      rows: [...rows.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, acc]) => ({ ...acc.row, firstResponse: fromCounts(acc.buckets) as Sketch })),
    }));
}

const zeroCounts = () => ({ mentions: 0, actionable: 0, answered: 0, positive: 0, negative: 0, backlog: 0 });

function addItem(acc: Acc, item: ReportItem): void {
  const r = acc.row;
  r.mentions++;
  const sentiment = sentimentClass(item.sentiment);
  if (sentiment === 'positive') r.positive++;
  else if (sentiment === 'negative') r.negative++;
  if (!isActionable(item)) return;
  r.actionable++;
  if (isBacklog(item)) r.backlog++;
  if (item.repliedAt === null) return;
  r.answered++;
  const minutes = Math.max(0, (item.repliedAt - mentionTime(item)) / 60_000);
  const b = sketchBucket(minutes);
  acc.buckets.set(b, (acc.buckets.get(b) ?? 0) + 1);
}

/** Item → the CM who inserted its earliest reply with Tact (when that reply names one). */
function firstReplyBy(input: ReportInput): Map<string, string> {
  const first = new Map<string, { at: number; by: string }>();
  for (const r of input.replies) {
    if (!r.by) continue;
    const seen = first.get(r.itemKey);
    if (!seen || r.at < seen.at) first.set(r.itemKey, { at: r.at, by: r.by });
  }
  return new Map([...first].map(([k, v]) => [k, v.by]));
}

/** A stable fingerprint of a day's rows (to send only the days that changed). */
export function dayFingerprint(day: DailyAggregate): string {
  const s = JSON.stringify(day.rows);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${s.length.toString(36)}.${h1.toString(36)}.${h2.toString(36)}`;
}

/** Sums of daily rows (what the team server adds up), and the figures read from them. */
export interface DailySums {
  mentions: number;
  actionable: number;
  answered: number;
  positive: number;
  negative: number;
  backlog: number;
  firstResponse: Sketch;
}

export const emptySums = (): DailySums => ({ ...zeroCounts(), firstResponse: [] });

/** Adds `rows` into one sum (sketches merged). */
export function addSums(rows: Iterable<Omit<DailySums, 'firstResponse'> & { firstResponse: Sketch }>): DailySums {
  const out = emptySums();
  const buckets = new Map<number, number>();
  for (const r of rows) {
    out.mentions += r.mentions;
    out.actionable += r.actionable;
    out.answered += r.answered;
    out.positive += r.positive;
    out.negative += r.negative;
    out.backlog += r.backlog;
    for (const [b, c] of r.firstResponse) buckets.set(b, (buckets.get(b) ?? 0) + c);
  }
  out.firstResponse = fromCounts(buckets);
  return out;
}

/** The report's figures from sums, under the local report's names: zeros and nulls, never NaN. */
export function figuresOf(s: DailySums) {
  const count = sketchCount(s.firstResponse);
  return {
    mentions: s.mentions,
    actionable: s.actionable,
    answered: s.answered,
    sentiment: {
      positive: s.positive,
      neutral: Math.max(0, s.mentions - s.positive - s.negative),
      negative: s.negative,
      net: s.mentions ? (s.positive - s.negative) / s.mentions : null,
    },
    responseRate: s.actionable ? s.answered / s.actionable : null,
    firstResponseMinutes: {
      count,
      median: round1(sketchQuantile(s.firstResponse, 0.5)),
      p90: round1(sketchQuantile(s.firstResponse, 0.9)),
    },
    backlog: s.backlog,
  };
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
