// A CM's corrections of a mention's intent and sentiment in the database. The standing correction of
// an item sits in `verdicts` (kind 'correction': no schema change), with the model's values before it;
// the log keeps one 'correction' event per item and field, {field, from: the model's value, to, by},
// moved to the latest correction and deleted when the CM puts the model's value back, so counting
// the events counts the corrections that stand.
import {
  correct,
  readCorrection,
  sentimentLabel,
  type Correction,
  type CorrectionChange,
  type CorrectionRequest,
  type SentimentLabel,
} from './core/correction';
import type { TactDB, TactEvent } from '../db/schema';

export interface CorrectResult {
  found: boolean;
  intent: string;
  sentiment: SentimentLabel;
  /** The model's values of the fields corrected now; null for a field not corrected. */
  original: { intent: string | null; sentiment: SentimentLabel | null };
}

/** The standing correction of each item (null: none), in the order of `keys`. */
export async function correctionsOf(db: TactDB, keys: readonly string[]): Promise<Array<Correction | null>> {
  const rows = await db.verdicts.bulkGet(keys.map((k): [string, string] => [k, 'correction']));
  return rows.map((r) => readCorrection(r?.data));
}

function originalOf(c: Correction | null): CorrectResult['original'] {
  return {
    intent: c?.intent !== undefined ? (c.original.intent ?? null) : null,
    sentiment:
      c?.sentiment !== undefined && c.original.sentiment !== undefined ? sentimentLabel(c.original.sentiment) : null,
  };
}

/** Applies the CM `by`'s correction to the item `key` and logs it; found false when the item is unknown. */
export async function correctItem(
  db: TactDB,
  key: string,
  request: CorrectionRequest,
  who: { at: number; by: string },
): Promise<CorrectResult> {
  return db.transaction('rw', db.items, db.verdicts, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return { found: false, intent: '', sentiment: 'neutral', original: { intent: null, sentiment: null } };
    const stored = readCorrection((await db.verdicts.get([key, 'correction']))?.data);
    const r = correct({ intent: item.intent, sentiment: item.sentiment }, stored, request, who);
    if (r.changes.length > 0) {
      await db.items.update(key, { intent: r.values.intent, sentiment: r.values.sentiment });
      if (r.correction) await db.verdicts.put({ itemKey: key, kind: 'correction', at: who.at, data: r.correction });
      else await db.verdicts.delete([key, 'correction']);
      for (const change of r.changes) await logChange(db, key, change, r.correction ?? stored, who);
    }
    const values = r.values;
    return {
      found: true,
      intent: values.intent,
      sentiment: sentimentLabel(values.sentiment),
      original: originalOf(r.correction),
    };
  });
}

/** The one event of this item and field: put at the latest correction, or deleted by an undo. */
async function logChange(
  db: TactDB,
  key: string,
  change: CorrectionChange,
  correction: Correction | null,
  who: { at: number; by: string },
): Promise<void> {
  const existing = await db.events
    .where('itemKey')
    .equals(key)
    .filter((e) => e.type === 'correction' && e.data?.field === change.field)
    .primaryKeys();
  if (change.undo) return void (await db.events.bulkDelete(existing));
  const original = correction?.original[change.field];
  const from = change.field === 'sentiment' && typeof original === 'number' ? sentimentLabel(original) : original;
  const event: TactEvent = {
    type: 'correction',
    at: who.at,
    itemKey: key,
    data: { field: change.field, from: from ?? change.from, to: change.to, by: who.by },
  };
  const [first, ...rest] = existing;
  if (first === undefined) await db.events.add(event);
  else await db.events.put({ ...event, id: first });
  if (rest.length) await db.events.bulkDelete(rest);
}

/** How many corrections stand, in all and by field; only those made in [from, to) when given. */
export async function countCorrections(
  db: TactDB,
  range?: { from: number; to: number },
): Promise<{ total: number; byField: Record<string, number> }> {
  const events = await db.events.where('type').equals('correction').toArray();
  const byField: Record<string, number> = {};
  let total = 0;
  for (const e of events) {
    if (range && (e.at < range.from || e.at >= range.to)) continue;
    const field = typeof e.data?.field === 'string' ? e.data.field : 'other';
    byField[field] = (byField[field] ?? 0) + 1;
    total++;
  }
  return { total, byField };
}
