// The report's one pass over the items: every figure that comes from the mentions themselves.
import type { BusinessClock } from './business-hours';
import {
  inPeriod,
  inScope,
  isActionable,
  isBacklog,
  mentionTime,
  passesPlace,
  scopeBrands,
  sentimentClass,
} from './select';
import { bump, emptyGrid } from './stats';
import { TopicCounter, nameWords } from './topics';
import { heatCell } from './tz';
import type { AuthorFigure, Counts, Period, ReportFilters, ReportInput, ReportItem, WaitingItem } from './types';

export interface ItemFigures {
  mentions: number;
  byBrand: Counts;
  byPlatform: Counts;
  byIntent: Counts;
  byLang: Counts;
  uniqueAuthors: number;
  newAuthors: number;
  sentiment: { positive: number; neutral: number; negative: number };
  actionable: number;
  answered: number;
  /** First-response minutes of the answered actionable mentions, ascending. */
  firstResponses: number[];
  withinTarget: number;
  slaMisses: number;
  backlog: number;
  waiting: WaitingItem[];
  heatMentions: number[][];
  heatReplies: number[][];
  afterHours: number;
  reactions: number;
  commenters: number;
  creators: number;
  voice: Counts;
  advocates: AuthorFigure[];
  detractors: AuthorFigure[];
  topics: TopicCounter;
  /** The items the filters keep (any period) that a reply, event or incident of the period names, by key. */
  scoped: Map<string, ReportItem>;
}

export interface PassContext {
  tz: string;
  /** null = every minute counts. */
  clock: BusinessClock | null;
  targetMinutes: number;
  now: number;
}

const WAITING_LIMIT = 50;
const TOP_AUTHORS = 10;

function topAuthors(map: Map<string, AuthorFigure>): AuthorFigure[] {
  return [...map.values()]
    .filter((a) => a.count >= 2)
    .sort((a, b) => b.count - a.count || a.author.localeCompare(b.author))
    .slice(0, TOP_AUTHORS);
}

function tally(map: Map<string, AuthorFigure>, author: string, hit: boolean) {
  if (!author) return;
  let a = map.get(author);
  if (!a) map.set(author, (a = { author, mentions: 0, count: 0 }));
  a.mentions++;
  if (hit) a.count++;
}

function emptyFigures(input: ReportInput): ItemFigures {
  return {
    mentions: 0,
    byBrand: {},
    byPlatform: {},
    byIntent: {},
    byLang: {},
    uniqueAuthors: 0,
    newAuthors: 0,
    sentiment: { positive: 0, neutral: 0, negative: 0 },
    actionable: 0,
    answered: 0,
    firstResponses: [],
    withinTarget: 0,
    slaMisses: 0,
    backlog: 0,
    waiting: [],
    heatMentions: emptyGrid(),
    heatReplies: emptyGrid(),
    afterHours: 0,
    reactions: 0,
    commenters: 0,
    creators: 0,
    voice: {},
    advocates: [],
    detractors: [],
    topics: new TopicCounter(nameWords(input.brands.map((b) => b.name))),
    scoped: new Map(),
  };
}

function countActionable(
  f: ItemFigures,
  item: ReportItem,
  t: number,
  end: number,
  minutes: (a: number, b: number) => number,
  target: number,
) {
  f.actionable++;
  if (item.repliedAt !== null) {
    f.answered++;
    const m = minutes(t, item.repliedAt);
    f.firstResponses.push(m);
    if (m <= target) f.withinTarget++;
    else f.slaMisses++;
  } else if (isBacklog(item)) {
    f.backlog++;
    const waited = minutes(t, Math.max(t, end));
    if (waited > target) f.slaMisses++;
    f.waiting.push({ key: item.key, waitingMinutes: waited });
  }
}

/** Keys the replies, events and incidents look up: a map of these only, not of every item. */
function neededKeys(input: ReportInput, period: Period): Set<string> {
  const keys = new Set<string>();
  for (const r of input.replies) if (inPeriod(r.at, period)) keys.add(r.itemKey);
  for (const e of input.events) if (e.itemKey !== undefined && inPeriod(e.at, period)) keys.add(e.itemKey);
  for (const inc of input.incidents) for (const k of inc.itemKeys) keys.add(k);
  return keys;
}

export function passItems(input: ReportInput, period: Period, filters: ReportFilters, ctx: PassContext): ItemFigures {
  const scope = scopeBrands(input.brands, filters);
  const minutes = (a: number, b: number) =>
    ctx.clock ? ctx.clock.minutesBetween(a, b) : Math.max(0, (b - a) / 60_000);
  const f = emptyFigures(input);
  const needed = neededKeys(input, period);
  const firstAt = new Map<string, number>();
  const authors = new Set<string>();
  const commenters = new Set<string>();
  const creators = new Set<string>();
  const praise = new Map<string, AuthorFigure>();
  const blame = new Map<string, AuthorFigure>();
  const end = Math.min(period.to, ctx.now);

  for (const item of input.items) {
    const t = mentionTime(item);
    const current = inPeriod(t, period);
    if (current && passesPlace(item, filters)) for (const b of item.brandIds) bump(f.voice, b);
    if (!inScope(item, scope) || !passesPlace(item, filters)) continue;
    if (needed.has(item.key)) f.scoped.set(item.key, item);
    if (item.author) {
      const first = firstAt.get(item.author);
      if (first === undefined || t < first) firstAt.set(item.author, t);
    }
    if (item.repliedAt !== null && inPeriod(item.repliedAt, period)) {
      const cell = heatCell(item.repliedAt, ctx.tz);
      f.heatReplies[(cell / 24) | 0]![cell % 24]!++;
    }
    if (!current) continue;

    f.mentions++;
    for (const b of item.brandIds) if (!scope || scope.has(b)) bump(f.byBrand, b);
    bump(f.byPlatform, item.platform);
    bump(f.byIntent, item.intent);
    bump(f.byLang, item.lang || 'unknown');
    const feel = sentimentClass(item.sentiment);
    f.sentiment[feel]++;
    const cell = heatCell(t, ctx.tz);
    f.heatMentions[(cell / 24) | 0]![cell % 24]!++;
    if (ctx.clock && !ctx.clock.isOpen(t)) f.afterHours++;
    if (item.reactions) f.reactions += item.reactions;
    if (item.author) {
      authors.add(item.author);
      (item.kind === 'post' ? creators : commenters).add(item.author);
      tally(praise, item.author, item.intent === 'praise' || feel === 'positive');
      tally(blame, item.author, item.intent === 'complaint' || feel === 'negative');
    }
    f.topics.add(item.text);

    if (isActionable(item)) countActionable(f, item, t, end, minutes, ctx.targetMinutes);
  }

  f.firstResponses.sort((a, b) => a - b);
  f.waiting.sort((a, b) => b.waitingMinutes - a.waitingMinutes || a.key.localeCompare(b.key));
  f.waiting.length = Math.min(f.waiting.length, WAITING_LIMIT);
  f.uniqueAuthors = authors.size;
  // An author of the period is new when their first item (any period, same filters) is in it.
  for (const a of authors) if (firstAt.get(a)! >= period.from) f.newAuthors++;
  f.commenters = commenters.size;
  f.creators = creators.size;
  f.advocates = topAuthors(praise);
  f.detractors = topAuthors(blame);
  return f;
}
