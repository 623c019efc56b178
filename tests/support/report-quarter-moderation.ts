// Moderation in the generated quarter (tests/support/report-quarter.ts): troll flags, concentrated on
// a few recurring authors, most reviewed by a CM (confirmed or dismissed), authors labelled, a CM's
// corrections of intents and sentiments, and the pages Tact read (a few with layout problems).
import { PLATFORMS } from '../../utils/platforms/ids';
import type { ReportEvent, ReportItem } from '../../utils/reports/core/types';

const TROLL_TYPES: [string, number][] = [
  ['flamer', 30],
  ['spammer', 25],
  ['harasser', 10],
  ['sealion', 15],
  ['derailer', 10],
  ['astroturfer', 10],
];
const INTENTS = ['question', 'complaint', 'praise', 'purchase_intent', 'urgent', 'other'];

function pickW<T>(rnd: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

const cm = (rnd: () => number) => (rnd() < 0.6 ? 'Camille' : 'Jordan');

/** Flags (a likely troll), reviews and labels of the authors flagged most. */
function trolls(rnd: () => number, items: readonly ReportItem[]): ReportEvent[] {
  const events: ReportEvent[] = [];
  // Recurring trolls: every 37th author key by first appearance writes with a troll's habits.
  const order = [...new Set(items.map((i) => i.author))];
  const trollAuthors = new Set(order.filter((_, i) => i % 37 === 5));
  const flaggedBy = new Map<string, number>();
  for (const item of items) {
    const isTroll = trollAuthors.has(item.author);
    if (!(isTroll ? rnd() < 0.7 : rnd() < 0.01)) continue;
    const type = pickW(rnd, TROLL_TYPES);
    const by = 'tact';
    events.push({ type: 'troll.flag', at: item.seenAt, by, itemKey: item.key, data: { type } });
    flaggedBy.set(item.author, (flaggedBy.get(item.author) ?? 0) + 1);
    if (rnd() < 0.75) {
      const review = rnd() < (isTroll ? 0.85 : 0.2) ? 'confirm' : 'dismiss';
      const at = item.seenAt + Math.round((0.5 + rnd() * 30) * 3600_000);
      const who = cm(rnd);
      events.push({ type: 'troll.review', at, by: who, itemKey: item.key, data: { review, type, by: who } });
    }
  }
  const labelled = [...flaggedBy].filter(([, n]) => n >= 3).map(([a]) => a);
  const lastSeen = new Map<string, number>();
  for (const x of items) lastSeen.set(x.author, Math.max(lastSeen.get(x.author) ?? 0, x.seenAt));
  for (const [i, author] of labelled.entries()) {
    const at = lastSeen.get(author)! + 3600_000;
    const who = cm(rnd);
    events.push({ type: 'author.label', at, by: who, data: { author, label: 'troll', on: true, by: who } });
    // One label taken back the next day.
    if (i === 0)
      events.push({
        type: 'author.label',
        at: at + 86_400_000,
        by: who,
        data: { author, label: 'troll', on: false, by: who },
      });
  }
  return events;
}

/** A CM's corrections: the item keeps the corrected value, the event the original one. */
function corrections(rnd: () => number, items: readonly ReportItem[]): ReportEvent[] {
  const events: ReportEvent[] = [];
  for (const item of items) {
    const r = rnd();
    if (r >= 0.04) continue;
    const who = cm(rnd);
    const at = item.seenAt + Math.round(rnd() * 7200_000);
    if (r < 0.03) {
      const from = INTENTS.filter((i) => i !== item.intent)[Math.floor(rnd() * 5)]!;
      events.push({
        type: 'correction',
        at,
        by: who,
        itemKey: item.key,
        data: { field: 'intent', from, to: item.intent, by: who },
      });
    } else {
      const from = Math.round(-item.sentiment * 100) / 100;
      const data = { field: 'sentiment', from, to: item.sentiment, by: who };
      events.push({ type: 'correction', at, by: who, itemKey: item.key, data });
    }
  }
  return events;
}

/** Pages read: a few per platform and day; about 2% found nothing where items were expected. */
function pages(rnd: () => number, from: number, to: number): ReportEvent[] {
  const events: ReportEvent[] = [];
  for (let day = from; day < to; day += 86_400_000) {
    for (const platform of PLATFORMS) {
      const n = 2 + Math.floor(rnd() * 8);
      for (let i = 0; i < n; i++) {
        const problem = rnd() < 0.02;
        const at = day + Math.floor(rnd() * 86_400_000);
        const found = problem ? 0 : 3 + Math.floor(rnd() * 40);
        events.push({ type: 'page', at, by: '', data: { platform, found, problem } });
      }
    }
  }
  return events;
}

export function addModeration(rnd: () => number, items: readonly ReportItem[], from: number, to: number) {
  return [...trolls(rnd, items), ...corrections(rnd, items), ...pages(rnd, from, to)];
}
