// Who answered what, and when, in the generated quarter (tests/support/report-quarter.ts): two CMs
// reply fast in business hours (Mon-Fri 9:00-18:00 local) and the next morning otherwise; some replies
// are inserted with Tact (logged with the CM and the text's source), some are read on the page from
// the brand's own accounts (written on another device or by a colleague), some both. Statuses follow.
import type { Platform } from '../../utils/platforms/ids';
import type { ReplySource, ReportEvent, ReportItem, ReportReply } from '../../utils/reports/core/types';
import { ACTIONABLE_INTENTS } from '../../utils/reports/core/types';
import { replyText } from './report-quarter-text';
import { localFields, localWeekdayHour } from './report-time';

export interface TextReply extends ReportReply {
  text: string;
}

/** A reply by one of our accounts, as the page showed it: stored as an item marked ours. */
export interface OwnReply {
  key: string;
  platform: Platform;
  platformId: string;
  parentKey: string;
  brandId: string;
  author: { name: string; handle: string; url: string };
  postedAt: number;
  seenAt: number;
  text: string;
}

const CM_W: [string, number][] = [
  ['Camille', 60],
  ['Jordan', 40],
];
const SOURCE_W: [ReplySource, number][] = [
  ['snippet', 30],
  ['suggestion', 35],
  ['ai', 10],
  ['typed', 25],
];
const ACTIONABLE = new Set<string>(ACTIONABLE_INTENTS);

function pickW<T>(rnd: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

/** Log-normal minutes with the given median. */
function lognormalMinutes(rnd: () => number, median: number, sigma: number): number {
  const u = Math.max(rnd(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  return Math.exp(Math.log(median) + sigma * z);
}

/** Minutes from `t` to the next business opening (Mon-Fri 9:00 local); 0 when open. DST ignored. */
function minutesToOpening(t: number, tz: string): number {
  const { weekday, hour } = localWeekdayHour(t, tz);
  const minute = localFields(t, tz).minute;
  const now = hour * 60 + minute;
  const weekdayOpen = weekday >= 1 && weekday <= 5;
  if (weekdayOpen && now >= 540 && now < 1080) return 0;
  if (weekdayOpen && now < 540) return 540 - now;
  let days = 1;
  while ((weekday + days) % 7 === 0 || (weekday + days) % 7 === 6) days++;
  return days * 1440 - now + 540;
}

function responseDelayMs(rnd: () => number, base: number, tz: string): number {
  const wait = minutesToOpening(base, tz);
  let minutes: number;
  if (rnd() < 0.03)
    minutes = 1440 + rnd() * 4 * 1440; // forgotten for days
  else if (wait === 0) minutes = lognormalMinutes(rnd, 25, 0.9);
  else if (rnd() < 0.15)
    minutes = lognormalMinutes(rnd, 40, 0.7); // someone on call
  else minutes = wait + lognormalMinutes(rnd, 30, 0.8);
  return Math.max(60_000, Math.round(minutes * 60_000));
}

function replyChance(item: ReportItem, burst: boolean): number {
  if (burst) return 0.55;
  if (item.intent === 'urgent') return 0.95;
  if (ACTIONABLE.has(item.intent)) return 0.85;
  return item.intent === 'praise' ? 0.35 : 0.05;
}

/** Our account on a platform for a brand: a handle on X and Reddit, the page's name elsewhere. */
function ownAccount(brandId: string, platform: Platform) {
  const handles = platform === 'x' || platform === 'reddit';
  if (brandId === 'acme')
    return handles ? { name: 'Acme Support', handle: '@acme_support', url: '' } : { name: 'Acme', handle: '', url: '' };
  return handles
    ? { name: 'Zéphyr Cycles', handle: '@zephyrcycles', url: '' }
    : { name: 'Zéphyr Cycles', handle: '', url: '' };
}

export interface RepliesPlan {
  replies: TextReply[];
  replyTexts: TextReply[];
  ownReplies: OwnReply[];
  statusEvents: ReportEvent[];
}

interface Acc extends RepliesPlan {
  rnd: () => number;
  n: number;
}

function statusEvent(acc: Acc, item: ReportItem, to: ReportItem['status'], at: number, by: string) {
  acc.statusEvents.push({ type: 'status', at, by, itemKey: item.key, data: { from: 'new', to, by } });
}

function tactReply(acc: Acc, item: ReportItem, at: number, by: string) {
  const r: TextReply = {
    itemKey: item.key,
    at,
    by,
    source: pickW(acc.rnd, SOURCE_W),
    toneIssues: acc.rnd() < 0.85 ? 0 : 1 + Math.floor(acc.rnd() * 2),
    text: replyText(acc.rnd, item.lang === 'en' ? 'en' : 'fr'),
  };
  acc.replies.push(r);
  return r;
}

function pageReply(acc: Acc, item: ReportItem, brandId: string, at: number): OwnReply {
  const id = `9${String(++acc.n).padStart(8, '0')}`;
  const own: OwnReply = {
    key: `${item.platform}:${id}`,
    platform: item.platform,
    platformId: id,
    parentKey: item.key,
    brandId,
    author: ownAccount(brandId, item.platform),
    postedAt: at,
    seenAt: Math.max(at, item.seenAt) + Math.round(acc.rnd() * 3600_000),
    text: replyText(acc.rnd, item.lang === 'en' ? 'en' : 'fr'),
  };
  acc.ownReplies.push(own);
  return own;
}

/** Answers one item: with Tact, on the page, or both; sets repliedAt, repliedBy and the status. */
function answer(acc: Acc, item: ReportItem, brandId: string, tz: string) {
  const { rnd } = acc;
  const base = item.postedAt ?? item.seenAt;
  const at = base + responseDelayMs(rnd, base, tz);
  const cm = pickW(rnd, CM_W);
  const mode = rnd();
  if (mode < 0.55) {
    // Inserted with Tact: only once Tact had seen it.
    const r = tactReply(acc, item, Math.max(at, item.seenAt + 60_000 + Math.floor(rnd() * 600_000)), cm);
    Object.assign(item, { repliedAt: r.at, repliedBy: cm, status: 'replied' });
  } else if (mode < 0.9) {
    const own = pageReply(acc, item, brandId, at);
    const marked = rnd() < 0.8;
    Object.assign(item, { repliedAt: at, repliedBy: own.author.handle || own.author.name });
    if (marked) item.status = 'replied';
  } else {
    // Both: a colleague's reply on the page and a Tact insert; the earlier one counts.
    const own = pageReply(acc, item, brandId, at);
    const r = tactReply(acc, item, Math.max(item.seenAt + 60_000, at + Math.round((rnd() - 0.5) * 3600_000)), cm);
    const first = Math.min(r.at, own.postedAt);
    Object.assign(item, {
      repliedAt: first,
      repliedBy: first === r.at ? cm : own.author.handle || own.author.name,
      status: 'replied',
    });
  }
  if (item.status === 'replied') statusEvent(acc, item, 'replied', item.repliedAt! + 30_000, cm);
  // A follow-up now and then (a second Tact reply: never the first response).
  if (rnd() < 0.05) tactReply(acc, item, item.repliedAt! + 3600_000 * (1 + rnd() * 20), cm);
}

export function planReplies(
  rnd: () => number,
  items: readonly ReportItem[],
  burst: ReadonlySet<string>,
  tz: string,
): RepliesPlan {
  const acc: Acc = { rnd, n: 0, replies: [], replyTexts: [], ownReplies: [], statusEvents: [] };
  for (const item of items) {
    const own = item.brandIds.find((b) => b !== 'rival');
    const actionable = ACTIONABLE.has(item.intent);
    if (own && rnd() < replyChance(item, burst.has(item.key))) {
      answer(acc, item, own, tz);
      continue;
    }
    const r = rnd();
    const cm = pickW(rnd, CM_W);
    const to = actionable ? (r < 0.55 ? 'new' : r < 0.75 ? 'in_progress' : 'ignored') : r < 0.45 ? 'new' : 'ignored';
    item.status = to;
    if (to !== 'new') statusEvent(acc, item, to, item.seenAt + Math.round(rnd() * 3600_000), cm);
  }
  acc.replies.sort((a, z) => a.at - z.at);
  return { replies: acc.replies, replyTexts: acc.replies, ownReplies: acc.ownReplies, statusEvents: acc.statusEvents };
}
