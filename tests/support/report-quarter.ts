// A generated, realistic quarter of a community manager's activity (issue #15, "Done when"): 4
// platforms, 2 own brands and a competitor, French and English, intents in realistic shares, posts at
// the hours and on the weekdays people write, replies by two CMs (some inserted with Tact, some read
// on the page from the brands' own accounts), statuses, one incident (a burst of complaints), troll
// flags and their reviews, author labels, corrections and pages read. Deterministic from its seed.
// It gives the report's plain input (ReportInput) and the Dexie v7 rows that hold the same facts
// (tests/support/report-quarter-rows.ts).
import type { Platform } from '../../utils/platforms/ids';
import type { Incident, ReportEvent, ReportInput, ReportItem, ReportReply } from '../../utils/reports/core/types';
import { seeded } from './random';
import { planReplies, type OwnReply, type TextReply } from './report-quarter-replies';
import { addModeration } from './report-quarter-moderation';
import { authorOf, mentionText, permalinkOf } from './report-quarter-text';
import { localMidnight } from './report-time';

export interface QuarterOptions {
  seed: number;
  /** First local day, `YYYY-MM-DD`, in `tz`. */
  start: string;
  days: number;
  /** Mean mentions per weekday (weekends get fewer). */
  perDay: number;
  tz: string;
  /** Whether to add the incident (a burst of complaints on day `incidentDay`). */
  incidentDay: number | null;
}

export const QUARTER: QuarterOptions = {
  seed: 20260701,
  start: '2026-07-01',
  days: 92,
  perDay: 30,
  tz: 'Europe/Paris',
  incidentDay: 48, // 2026-08-18, a Tuesday
};

export interface QuarterBrand {
  id: string;
  name: string;
  competitor: boolean;
  handles: string[];
  ownAccounts: string[];
  products: string[];
}

export const QUARTER_BRANDS: QuarterBrand[] = [
  {
    id: 'acme',
    name: 'Acme',
    competitor: false,
    handles: ['@acme'],
    ownAccounts: ['@acme_support', 'Acme'],
    products: ['RoadRunner 3000', 'Coyote Kit'],
  },
  {
    id: 'zephyr',
    name: 'Zéphyr Cycles',
    competitor: false,
    handles: ['@zephyrcycles'],
    ownAccounts: ['Zéphyr Cycles'],
    products: ['Mistral', 'Alizé'],
  },
  { id: 'rival', name: 'Rival Motors', competitor: true, handles: ['@rivalmotors'], ownAccounts: [], products: ['R2'] },
];

export const CMS = ['Camille', 'Jordan'] as const;

/** Everything generated: the report's input plus what only the database rows carry. */
export interface Quarter {
  opts: QuarterOptions;
  /** The generated span [from, to). */
  from: number;
  to: number;
  brands: QuarterBrand[];
  input: ReportInput;
  /** The texts of replies inserted with Tact, in the order of input.replies. */
  replyTexts: TextReply[];
  /** Replies by our own accounts read on the page (stored as items marked ours). */
  ownReplies: OwnReply[];
  /** Author keys (`platform:handle-or-name`) of every mention, with the author as the page showed them. */
  authors: Map<string, { platform: Platform; name: string; handle: string; url: string }>;
}

const PLATFORM_W: [Platform, number][] = [
  ['x', 35],
  ['facebook', 30],
  ['reddit', 15],
  ['linkedin', 20],
];
const INTENT_W: [string, number][] = [
  ['question', 25],
  ['complaint', 17],
  ['praise', 20],
  ['purchase_intent', 7],
  ['urgent', 3],
  ['other', 28],
];
/** Mentions by local hour: quiet nights, a lunch peak and an evening peak. */
const HOUR_W = [2, 1, 1, 0.5, 0.5, 1, 2, 4, 6, 7, 7, 8, 10, 9, 7, 7, 7, 8, 9, 10, 11, 10, 7, 4];
/** By weekday, Sunday first. */
const WEEKDAY_W = [0.55, 1, 1.05, 1, 1, 0.95, 0.65];

export function weighted<T>(rnd: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

/** A sentiment for an intent; a few land exactly on the ±0.25 thresholds and on 0. */
function sentimentFor(rnd: () => number, intent: string): number {
  const r = rnd();
  if (r < 0.04) return 0.25;
  if (r < 0.08) return -0.25;
  if (r < 0.12) return 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  switch (intent) {
    case 'complaint':
    case 'urgent':
      return round(-0.2 - rnd() * 0.75);
    case 'praise':
      return round(0.2 + rnd() * 0.75);
    case 'purchase_intent':
      return round(-0.1 + rnd() * 0.6);
    default:
      return round(-0.4 + rnd() * 0.8);
  }
}

interface Ctx {
  rnd: () => number;
  opts: QuarterOptions;
  n: number;
  items: ReportItem[];
  authors: Quarter['authors'];
}

/** The brands an item names: mostly one own brand, sometimes the competitor too or alone. */
function brandsFor(rnd: () => number): string[] {
  const r = rnd();
  if (r < 0.5) return ['acme'];
  if (r < 0.55) return ['acme', 'rival'];
  if (r < 0.8) return ['zephyr'];
  if (r < 0.82) return ['zephyr', 'rival'];
  return ['rival'];
}

function makeItem(ctx: Ctx, postedAt: number, opts: { intent?: string; platform?: Platform; burst?: boolean } = {}) {
  const { rnd } = ctx;
  const platform = opts.platform ?? weighted(rnd, PLATFORM_W);
  const brandIds = opts.burst ? ['acme'] : brandsFor(rnd);
  const intent = opts.intent ?? weighted(rnd, INTENT_W);
  const lang = rnd() < 0.55 ? 'fr' : 'en';
  // Some authors write often (advocates, detractors, trolls); most write once or twice.
  const a = authorOf(platform, Math.floor(900 * rnd() ** 2.4));
  const authorKey = `${platform}:${a.handle || a.name}`;
  ctx.authors.set(authorKey, { platform, ...a });
  const brand = QUARTER_BRANDS.find((b) => b.id === brandIds[0])!;
  const id = `${ctx.opts.seed % 1000}${String(++ctx.n).padStart(7, '0')}`;
  const kind = rnd() < 0.3 ? 'post' : rnd() < 0.8 ? 'comment' : 'reply';
  // Seen by Tact when a CM browsed: minutes to days later; a few posted times the page did not give.
  const seenAt = postedAt + Math.round(60_000 * (rnd() < 0.85 ? 1 + rnd() * 120 : 120 + rnd() * 4000));
  const item: ReportItem = {
    key: `${platform}:${id}`,
    platform,
    brandIds,
    lang,
    intent,
    sentiment: sentimentFor(rnd, intent),
    postedAt: rnd() < 0.03 ? null : postedAt,
    seenAt,
    repliedAt: null,
    repliedBy: null,
    status: 'new',
    author: authorKey,
    kind,
    reactions: rnd() < 0.2 ? null : Math.floor(rnd() ** 3 * 400),
    text: mentionText(rnd, intent, lang, brand.name, brand.products[0]!, opts.burst),
    permalink: permalinkOf(platform, id, a.handle || a.name),
  };
  ctx.items.push(item);
  return item;
}

/** The day's mentions: a count from the weekday, times from the hour weights. */
function generateDay(ctx: Ctx, dayStart: number, weekday: number) {
  const { rnd } = ctx;
  const count = Math.round(ctx.opts.perDay * WEEKDAY_W[weekday]! * (0.75 + rnd() * 0.5));
  const hours = HOUR_W.map((w, h) => [h, w] as const);
  for (let i = 0; i < count; i++) {
    const hour = weighted(rnd, hours);
    makeItem(ctx, dayStart + hour * 3600_000 + Math.floor(rnd() * 3600_000));
  }
}

/** The incident: from 13:40 local, 70 complaints and urgent mentions on X and Facebook over 5 hours. */
function generateIncident(ctx: Ctx, dayStart: number): Incident {
  const start = dayStart + (13 * 60 + 40) * 60_000;
  const keys: string[] = [];
  let last = start;
  for (let i = 0; i < 70; i++) {
    // Front-loaded: most in the first two hours.
    const at = start + Math.floor(ctx.rnd() ** 1.8 * 5 * 3600_000);
    const item = makeItem(ctx, at, {
      intent: ctx.rnd() < 0.8 ? 'complaint' : 'urgent',
      platform: ctx.rnd() < 0.6 ? 'x' : 'facebook',
      burst: true,
    });
    keys.push(item.key);
    last = Math.max(last, at);
  }
  return { id: `spike-acme-${start}`, brandId: 'acme', start, end: last + 40 * 60_000, itemKeys: keys };
}

export function generateQuarter(over: Partial<QuarterOptions> = {}): Quarter {
  const opts = { ...QUARTER, ...over };
  const rnd = seeded(opts.seed);
  const ctx: Ctx = { rnd, opts, n: 0, items: [], authors: new Map() };
  const [y, m, d] = opts.start.split('-').map(Number) as [number, number, number];
  const incidents: Incident[] = [];
  for (let day = 0; day < opts.days; day++) {
    const dayStart = localMidnight(y, m, d + day, opts.tz);
    const weekday = new Date(Date.UTC(y, m - 1, d + day)).getUTCDay();
    generateDay(ctx, dayStart, weekday);
    if (day === opts.incidentDay) incidents.push(generateIncident(ctx, dayStart));
  }
  const from = localMidnight(y, m, d, opts.tz);
  const to = localMidnight(y, m, d + opts.days, opts.tz);
  const burst = new Set(incidents.flatMap((i) => i.itemKeys));
  const { replies, replyTexts, ownReplies, statusEvents } = planReplies(rnd, ctx.items, burst, opts.tz);
  const events: ReportEvent[] = [...statusEvents, ...addModeration(rnd, ctx.items, from, to)];
  events.sort((a, z) => a.at - z.at);
  // Who did it sits in the event's data too, as the background stores it.
  for (const e of events) e.data = { ...e.data, by: e.by };
  const brands = QUARTER_BRANDS.map(({ id, name, competitor }) => ({ id, name, competitor }));
  const plain: ReportReply[] = replies.map(({ text: _text, ...r }) => r);
  const input: ReportInput = { items: ctx.items, replies: plain, events, incidents, brands };
  return { opts, from, to, brands: QUARTER_BRANDS, input, replyTexts, ownReplies, authors: ctx.authors };
}

export type { OwnReply, TextReply, ReportReply };
