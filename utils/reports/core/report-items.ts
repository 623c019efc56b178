// The report's one pass over the items: every figure that comes from the mentions themselves.
import type { BusinessClock } from './business-hours';
import { firstMentionAt, itemIndex, type ItemIndex } from './item-index';
import { inScope, isActionable, isBacklog, passesPlace, scopeBrands, sentimentClass } from './select';
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
  /** The items the filters keep (any period), by key: what a reply, event or incident names. */
  scoped: ScopedLookup;
}

/** Looks up an item the filters keep by key. */
export interface ScopedLookup {
  get(key: string): ReportItem | undefined;
  has(key: string): boolean;
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
    scoped: new Map<string, ReportItem>(),
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

/** The kept items by key, looked up in the index when asked (no map of the needed items built per report). */
class ScopedItems implements ScopedLookup {
  constructor(
    private readonly ix: ItemIndex,
    private readonly keep: (item: ReportItem) => boolean,
  ) {}

  get(key: string): ReportItem | undefined {
    const item = this.ix.byKey.get(key);
    return item && this.keep(item) ? item : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** The replies heatmap: kept items (any mention time) answered in the period. */
function replyHeat(f: ItemFigures, ix: ItemIndex, period: Period, keep: (item: ReportItem) => boolean, tz: string) {
  const { replied, items } = ix;
  for (let i = 0; i < replied.length; i++) {
    const r = replied[i]!;
    if (!(r >= period.from && r < period.to) || !keep(items[i]!)) continue;
    const cell = heatCell(r, tz);
    f.heatReplies[(cell / 24) | 0]![cell % 24]!++;
  }
}

interface PassSets {
  authors: Set<string>;
  commenters: Set<string>;
  creators: Set<string>;
  praise: Map<string, AuthorFigure>;
  blame: Map<string, AuthorFigure>;
}

/** Everything one mention of the period adds. */
function countMention(f: ItemFigures, item: ReportItem, t: number, sets: PassSets, scope: Set<string> | null) {
  f.mentions++;
  for (const b of item.brandIds) if (!scope || scope.has(b)) bump(f.byBrand, b);
  bump(f.byPlatform, item.platform);
  bump(f.byIntent, item.intent);
  bump(f.byLang, item.lang || 'unknown');
  const feel = sentimentClass(item.sentiment);
  f.sentiment[feel]++;
  if (item.reactions) f.reactions += item.reactions;
  if (item.author) {
    sets.authors.add(item.author);
    (item.kind === 'post' ? sets.creators : sets.commenters).add(item.author);
    tally(sets.praise, item.author, item.intent === 'praise' || feel === 'positive');
    tally(sets.blame, item.author, item.intent === 'complaint' || feel === 'negative');
  }
  f.topics.add(item.text);
}

export function passItems(input: ReportInput, period: Period, filters: ReportFilters, ctx: PassContext): ItemFigures {
  const scope = scopeBrands(input.brands, filters);
  const keep = (item: ReportItem) => passesPlace(item, filters) && inScope(item, scope);
  const minutes = (a: number, b: number) =>
    ctx.clock ? ctx.clock.minutesBetween(a, b) : Math.max(0, (b - a) / 60_000);
  const f = emptyFigures(input);
  const ix = itemIndex(input.items);
  f.scoped = new ScopedItems(ix, keep);
  replyHeat(f, ix, period, keep, ctx.tz);
  const sets: PassSets = {
    authors: new Set(),
    commenters: new Set(),
    creators: new Set(),
    praise: new Map(),
    blame: new Map(),
  };
  const end = Math.min(period.to, ctx.now);
  const { items, times } = ix;
  const { from, to } = period;

  // Only the period's items do work: the others cost one typed-array read.
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (!(t >= from && t < to)) continue;
    const item = items[i]!;
    if (!passesPlace(item, filters)) continue;
    for (const b of item.brandIds) bump(f.voice, b);
    if (!inScope(item, scope)) continue;
    countMention(f, item, t, sets, scope);
    const cell = heatCell(t, ctx.tz);
    f.heatMentions[(cell / 24) | 0]![cell % 24]!++;
    if (ctx.clock && !ctx.clock.isOpen(t)) f.afterHours++;
    if (isActionable(item)) countActionable(f, item, t, end, minutes, ctx.targetMinutes);
  }

  f.firstResponses.sort((a, b) => a - b);
  f.waiting.sort((a, b) => b.waitingMinutes - a.waitingMinutes || a.key.localeCompare(b.key));
  f.waiting.length = Math.min(f.waiting.length, WAITING_LIMIT);
  f.uniqueAuthors = sets.authors.size;
  // An author of the period is new when their first item (any period, same filters) is in it.
  const firstAt = firstMentionAt(input, filters);
  for (const a of sets.authors) if (firstAt.get(a)! >= period.from) f.newAuthors++;
  f.commenters = sets.commenters.size;
  f.creators = sets.creators.size;
  f.advocates = topAuthors(sets.praise);
  f.detractors = topAuthors(sets.blame);
  return f;
}
