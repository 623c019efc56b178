// When an item was posted, from the time an adapter read on the page (Item.time): an ISO 8601
// datetime (X, Reddit), epoch seconds (Facebook's data-utime), or the label Facebook and LinkedIn
// show, relative ("2 h", "3 j", "il y a 3 heures", "Yesterday at 14:05") or absolute ("Apr 18",
// "18 avril 2025 à 10:12"), resolved against when Tact saw it, in the user's time zone.
// Page text is untrusted: anything unknown is null, never NaN, never a throw, never the future.
import { daysInMonth, instantOf, validZone, wallAt, wallMs, wallOfUtc, type WallTime } from './posted-time-zone';
import {
  MONTH_OF,
  NOW_WORDS,
  ONE_WORDS,
  TODAY_WORDS,
  UNIT_MS,
  UNIT_OF,
  WEEKDAY_OF,
  YESTERDAY_WORDS,
  type Unit,
} from './posted-time-words';

export interface PostedTimeOptions {
  /** IANA zone the page's labels are written in (the user's); default the runtime's. */
  timeZone?: string;
}

export interface PostedTime {
  /** The instant, ms since the epoch. */
  at: number;
  /** How wide the label's uncertainty is, in ms: "2 h" is 1 h, "Apr 18" a day, an ISO time 1 s. */
  precision: number;
}

/** A posted time may run this far past when it was seen (clocks differ); beyond, it is wrong. */
export const FUTURE_SLACK_MS = 5 * 60_000;
/** Nothing on these sites was posted before this (Jan 1 1990): earlier results are misreadings. */
const EARLIEST_MS = Date.UTC(1990, 0, 1);
const MAX_LABEL = 200;

/** The instant `time` names, or null; see resolvePostedTime. */
export function resolvePostedAt(time: string, seenAt: number, opts?: PostedTimeOptions): number | null {
  return resolvePostedTime(time, seenAt, opts)?.at ?? null;
}

/** The instant `time` names and its precision, resolved against `seenAt`, or null when unknown. */
export function resolvePostedTime(time: string, seenAt: number, opts?: PostedTimeOptions): PostedTime | null {
  if (typeof time !== 'string' || !Number.isFinite(seenAt)) return null;
  const raw = time.trim();
  if (!raw || raw.length > MAX_LABEL) return null;
  try {
    const ctx: Context = { seenAt, zone: validZone(opts?.timeZone) };
    // LinkedIn's "2 h • Modifié" or "3d · Edited": the first part that reads as a time.
    const parts = [raw, ...raw.split(/[•·|]/)];
    for (const part of parts) {
      const found = readLabel(part, ctx);
      if (found && accept(found.at, seenAt)) return found;
      if (found) return null;
    }
  } catch {
    // A label no rule foresaw is simply unknown.
  }
  return null;
}

interface Context {
  seenAt: number;
  zone: string;
}

function accept(at: number, seenAt: number): boolean {
  return Number.isFinite(at) && at >= EARLIEST_MS && at <= seenAt + FUTURE_SLACK_MS;
}

function readLabel(label: string, ctx: Context): PostedTime | null {
  const text = label.trim();
  if (!text) return null;
  if (/^\d{10}$/.test(text)) return { at: Number(text) * 1000, precision: 1000 };
  if (/^\d{13}$/.test(text)) return { at: Number(text), precision: 1 };
  const iso = readIso(text, ctx.zone);
  if (iso) return iso;
  const folded = foldLabel(text);
  if (NOW_WORDS.has(folded)) return { at: ctx.seenAt, precision: UNIT_MS.minute };
  return readRelative(folded, ctx) ?? readAbsolute(folded, ctx);
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ISO 8601: with an offset it is absolute; without, a wall time in the user's zone. */
function readIso(text: string, zone: string): PostedTime | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const n = (k: number) => Number(m[k] ?? 0);
  const wall = { year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6) };
  if (!validWall(wall)) return null;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const precision = m[4] === undefined ? UNIT_MS.day : 1000;
  if (m[8] === undefined) return { at: instantOf(wall, zone) + ms, precision };
  return { at: wallMs(wall) + ms - offsetMinutes(m[8]) * 60_000, precision };
}

function offsetMinutes(offset: string): number {
  if (/^z$/i.test(offset)) return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return offset[0] === '-' ? -minutes : minutes;
}

function validWall(w: WallTime): boolean {
  return (
    w.year >= 1900 && // Date.UTC reads years 0–99 as 1900–1999.
    w.month >= 1 &&
    w.month <= 12 &&
    w.day >= 1 &&
    w.day <= daysInMonth(w.year, w.month) &&
    w.hour <= 23 &&
    w.minute <= 59 &&
    w.second <= 59
  );
}

/**
 * Lower case, no accents, apostrophes and punctuation as spaces, 12-hour times and French "21 h 15"
 * as 24-hour "21:15", ordinals as plain numbers: one spelling for every way a page writes a time.
 */
export function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ')
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    .replace(/['’`ʼ]/g, ' ')
    .replace(/(\d+)(?:st|nd|rd|th|er)\b/g, '$1')
    .replace(/(\d)\.(?=\d)/g, '$1:')
    .replace(/[.,;()«»"]/g, ' ')
    .replace(/\baujourd hui\b/g, 'today')
    .replace(/\s+/g, ' ')
    .trim();
}

const RELATIVE_RE =
  /^(?:(?:il y a|posted|publie|about|environ|over|almost|presque|plus de) )*(\d{1,6}|[a-z]+ )\s*([a-z]+)(?: ago)?$/;

/** "2 h", "3 j", "1 sem", "il y a 3 heures", "3 hours ago", "an hour ago", "2 hr ago", "1y". */
function readRelative(folded: string, ctx: Context): PostedTime | null {
  const m = RELATIVE_RE.exec(folded);
  if (!m) return null;
  const word = (m[1] ?? '').trim();
  const count = /^\d/.test(word) ? Number(word) : ONE_WORDS.has(word) ? 1 : NaN;
  const unit = UNIT_OF.get(m[2] ?? '');
  if (!unit || !Number.isFinite(count)) return null;
  return { at: stepBack(count, unit, ctx), precision: UNIT_MS[unit] };
}

/** `count` units before seenAt: exact for hours and less, on the calendar (DST-aware) for days and more. */
function stepBack(count: number, unit: Unit, ctx: Context): number {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return ctx.seenAt - count * UNIT_MS[unit];
  const w = wallAt(ctx.seenAt, ctx.zone);
  const days = unit === 'day' ? count : unit === 'week' ? 7 * count : 0;
  const months = unit === 'month' ? count : unit === 'year' ? 12 * count : 0;
  const target = new Date(Date.UTC(w.year, w.month - 1 - months, 1));
  const year = target.getUTCFullYear();
  const month = target.getUTCMonth() + 1;
  const day = Math.min(w.day, daysInMonth(year, month)); // "1 mo" on March 31 is the end of February.
  const moved = new Date(Date.UTC(year, month - 1, day - days, w.hour, w.minute, w.second));
  return instantOf(wallOfUtc(moved.getTime()), ctx.zone);
}

/** The parts of an absolute label, each at most once. */
interface DateParts {
  month?: number;
  day?: number;
  year?: number;
  weekday?: number;
  daysAgo?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** Words around dates that carry nothing: "Yesterday at", "18 avril 2025 à", "le", "on". */
const FILLER = new Set(['at', 'a', 'le', 'on', 'the', 'de', 'du', 'posted', 'publie', 'vers', 'around']);

/** "Apr 18", "18 avril 2025 à 10:12", "Yesterday at 14:05", "Monday at 9:15 pm", "14:05". */
function readAbsolute(folded: string, ctx: Context): PostedTime | null {
  const parts = partsOf(folded);
  if (!parts) return null;
  const hasTime = parts.hour !== undefined;
  const precision = hasTime ? (parts.second !== undefined ? 1000 : UNIT_MS.minute) : UNIT_MS.day;
  const time = { hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
  const limit = ctx.seenAt + FUTURE_SLACK_MS;
  if (parts.month !== undefined) {
    const day = parts.day ?? 1;
    const monthOnly = parts.day === undefined;
    if (monthOnly && (parts.year === undefined || hasTime)) return null; // "avril" alone says too little.
    const width = monthOnly ? UNIT_MS.month : precision;
    if (parts.year !== undefined) {
      const wall = { year: parts.year, month: parts.month, day, ...time };
      return validWall(wall) ? { at: instantOf(wall, ctx.zone), precision: width } : null;
    }
    return latestDate(parts.month, day, time, ctx, limit, width);
  }
  if (parts.day !== undefined || parts.year !== undefined) return null;
  const today = wallAt(ctx.seenAt, ctx.zone);
  // A weekday or a bare time is the latest such day not after seenAt; "yesterday" is one day back.
  const offsets = parts.daysAgo !== undefined ? [parts.daysAgo] : [0, 1, 2, 3, 4, 5, 6, 7];
  if (parts.daysAgo === undefined && parts.weekday === undefined && !hasTime) return null;
  for (const back of offsets) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    if (parts.weekday !== undefined && d.getUTCDay() !== parts.weekday) continue;
    const at = instantOf({ ...wallOfUtc(d.getTime()), ...time }, ctx.zone);
    if (at <= limit) return { at, precision };
  }
  return null;
}

/** The latest `month`/`day` (at `time`) not after `limit`: "Apr 18" seen in January is last year's. */
function latestDate(
  month: number,
  day: number,
  time: Pick<WallTime, 'hour' | 'minute' | 'second'>,
  ctx: Context,
  limit: number,
  precision: number,
): PostedTime | null {
  const startYear = wallAt(limit, ctx.zone).year;
  for (let year = startYear; year >= startYear - 8; year--) {
    const wall = { year, month, day, ...time };
    if (!validWall(wall)) continue; // February 29 only in leap years.
    const at = instantOf(wall, ctx.zone);
    if (at <= limit) return { at, precision };
  }
  return null;
}

/** Reads the tokens of a folded absolute label; null when one is unknown or comes twice. */
function partsOf(folded: string): DateParts | null {
  const parts: DateParts = {};
  const set = <K extends keyof DateParts>(key: K, value: DateParts[K]): boolean => {
    if (parts[key] !== undefined) return false;
    parts[key] = value;
    return true;
  };
  const tokens = to24h(folded).split(' ');
  for (const token of tokens) {
    const clock = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/.exec(token);
    let ok: boolean;
    if (clock) {
      const [hour, minute] = [Number(clock[1]), Number(clock[2])];
      const second = clock[3] === undefined ? undefined : Number(clock[3]);
      if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return null;
      ok = set('hour', hour) && set('minute', minute) && (second === undefined || set('second', second));
    } else if (/^\d{4}$/.test(token)) ok = set('year', Number(token));
    else if (/^\d{1,2}$/.test(token)) ok = Number(token) >= 1 && Number(token) <= 31 && set('day', Number(token));
    else if (MONTH_OF.has(token)) ok = set('month', MONTH_OF.get(token));
    else if (WEEKDAY_OF.has(token)) ok = set('weekday', WEEKDAY_OF.get(token));
    else if (YESTERDAY_WORDS.has(token)) ok = set('daysAgo', 1);
    else if (TODAY_WORDS.has(token)) ok = set('daysAgo', 0);
    else ok = FILLER.has(token);
    if (!ok) return null;
  }
  return parts;
}

/** "9:15 pm" → "21:15", "12 am" → "0:00", "21 h 15" → "21:15", "21 h" → "21:00" (after "à"). */
function to24h(folded: string): string {
  return folded
    .replace(/\b(\d{1,2})(?::(\d{2}))? ?([ap])m\b/g, (all, h: string, m: string | undefined, ap: string) => {
      const hour = Number(h);
      if (hour < 1 || hour > 12) return all;
      return `${(hour % 12) + (ap === 'p' ? 12 : 0)}:${m ?? '00'}`;
    })
    .replace(/\b(\d{1,2}) ?h ?(\d{2})\b/g, '$1:$2')
    .replace(/\b(at|a|vers|around) (\d{1,2}) ?h\b/g, '$1 $2:00');
}
