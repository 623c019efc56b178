// The generated quarter (tests/support/report-quarter.ts) as the database rows of schema v7, in the
// shapes the background writes them: items (mentions, and our accounts' replies marked ours, whose
// time marks their parent answered), replies logged with Tact, events with who did what, incidents,
// troll verdicts, the brands and the settings. Plain objects: the e2e test puts them into the
// extension's IndexedDB as they are, the unit tests into fake-indexeddb through Dexie.
import type { Brand } from '../../utils/mentions/core/brand';
import type { StoredItem } from '../../utils/mentions/core/item-state';
import type { StoredIncident } from '../../utils/mentions/core/incident';
import { settingsSchema, type Settings } from '../../utils/settings/core/schema';
import type { Quarter } from './report-quarter';
import { V8_BRAND } from './stored-brand';

export interface QuarterRows {
  brands: Brand[];
  items: StoredItem[];
  replies: { itemKey: string; at: number; text: string; by: string; source: string; toneIssues: number }[];
  events: { type: string; at: number; itemKey?: string; data: Record<string, unknown> }[];
  verdicts: { itemKey: string; kind: string; at: number; data: Record<string, unknown> }[];
  incidents: StoredIncident[];
  settings: { key: 'settings'; value: Settings }[];
}

const PRIORITY: Record<string, number> = { urgent: 90, complaint: 70, question: 55, purchase_intent: 50, praise: 20 };

function brandRows(q: Quarter): Brand[] {
  return q.brands.map((b) => ({
    id: b.id,
    name: b.name,
    aliases: [],
    handles: b.handles,
    hashtags: [],
    products: b.products,
    misspellings: [],
    exclude: [],
    query: '',
    languages: ['fr', 'en'],
    ownAccounts: b.ownAccounts,
    competitor: b.competitor,
    ...V8_BRAND,
    createdAt: q.from - 86_400_000,
    updatedAt: q.from - 86_400_000,
  }));
}

/** A stored mention; `repliedAt` is the first Tact reply, else when a CM marked it replied. */
function mentionRow(
  q: Quarter,
  item: Quarter['input']['items'][number],
  firstTact: number | undefined,
  answered?: {
    at: number;
    by: string;
  },
): StoredItem {
  const a = q.authors.get(item.author)!;
  const id = item.key.slice(item.key.indexOf(':') + 1);
  const marked = item.status === 'replied' && firstTact === undefined && answered ? answered.at + 600_000 : null;
  return {
    platform: item.platform,
    platformId: id,
    authorKey: '',
    kind: item.kind,
    author: { name: a.name, handle: a.handle, url: a.url },
    text: item.text,
    truncated: false,
    time: item.postedAt === null ? '' : new Date(item.postedAt).toISOString(),
    permalink: item.permalink,
    parentId: null,
    rootText: '',
    key: item.key,
    firstSeenAt: item.seenAt,
    lastSeenAt: item.seenAt,
    brandIds: item.brandIds,
    status: item.status,
    attention: item.status === 'new' ? 1 : 0,
    intent: item.intent,
    sentiment: item.sentiment,
    priority: PRIORITY[item.intent] ?? 10,
    repliedAt: firstTact ?? marked,
    postedAt: item.postedAt,
    ours: 0,
    answeredAt: answered?.at ?? null,
    answeredBy: answered?.by ?? null,
    lang: item.lang,
    reactions: item.reactions,
  };
}

function ownRow(r: Quarter['ownReplies'][number], parentId: string): StoredItem {
  return {
    platform: r.platform,
    platformId: r.platformId,
    authorKey: '',
    kind: 'reply',
    author: r.author,
    text: r.text,
    truncated: false,
    time: new Date(r.postedAt).toISOString(),
    permalink: '',
    parentId,
    rootText: '',
    key: r.key,
    firstSeenAt: r.seenAt,
    lastSeenAt: r.seenAt,
    brandIds: [],
    status: 'new',
    attention: 0,
    intent: 'other',
    sentiment: 0,
    priority: 0,
    repliedAt: null,
    postedAt: r.postedAt,
    ours: 1,
    answeredAt: null,
    answeredBy: null,
    lang: '',
    reactions: null,
  };
}

function itemRows(q: Quarter): StoredItem[] {
  const firstTact = new Map<string, number>();
  for (const r of q.input.replies) firstTact.set(r.itemKey, Math.min(r.at, firstTact.get(r.itemKey) ?? Infinity));
  const answered = new Map<string, { at: number; by: string }>();
  for (const r of q.ownReplies) {
    const known = answered.get(r.parentKey);
    if (!known || r.postedAt < known.at)
      answered.set(r.parentKey, { at: r.postedAt, by: r.author.handle || r.author.name });
  }
  const rows = q.input.items.map((i) => mentionRow(q, i, firstTact.get(i.key), answered.get(i.key)));
  for (const r of q.ownReplies) rows.push(ownRow(r, r.parentKey.slice(r.parentKey.indexOf(':') + 1)));
  return rows;
}

/** Troll verdicts as the judge stores them, with the CM's review when there was one. */
function verdictRows(q: Quarter): QuarterRows['verdicts'] {
  const reviews = new Map(q.input.events.filter((e) => e.type === 'troll.review').map((e) => [e.itemKey!, e]));
  return q.input.events
    .filter((e) => e.type === 'troll.flag')
    .map((e) => {
      const review = reviews.get(e.itemKey!)?.data.review;
      const stored = review === 'confirm' ? 'confirmed' : review === 'dismiss' ? 'dismissed' : undefined;
      return {
        itemKey: e.itemKey!,
        kind: 'troll',
        at: e.at,
        data: { type: e.data.type, ...(stored ? { review: stored } : {}) },
      };
    });
}

export function quarterRows(q: Quarter, cmName = 'Camille'): QuarterRows {
  const events = q.input.events.map((e) => ({
    type: e.type,
    at: e.at,
    ...(e.itemKey ? { itemKey: e.itemKey } : {}),
    // troll.review is stored as the trolls repo writes it: 'confirmed' | 'dismissed'.
    data: {
      ...e.data,
      by: e.by,
      ...(e.type === 'troll.review' ? { review: e.data.review === 'confirm' ? 'confirmed' : 'dismissed' } : {}),
    },
  }));
  const replies = q.replyTexts.map((r) => ({ ...r }));
  // English pages, so tests read the page's English strings whatever the browser's language.
  const settings = settingsSchema.parse({ language: 'en', onboarded: true, cmName, reports: { timezone: q.opts.tz } });
  return {
    brands: brandRows(q),
    items: itemRows(q),
    replies,
    events,
    verdicts: verdictRows(q),
    // The spike check last found it going on 40 minutes before it closed (the generator's fall back).
    incidents: q.input.incidents.map((i) => ({
      ...i,
      itemKeys: [...i.itemKeys],
      spikeAt: (i.end ?? i.start) - 2_400_000,
    })),
    settings: [{ key: 'settings', value: settings }],
  };
}
