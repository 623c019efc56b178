// The side panel's lists of advocates and detractors, read from the database (extension pages read
// Dexie directly; the background writes). The mentions of the window come through the `firstSeenAt`
// index (a mention posted in the window was first seen in it too); only the candidates' author rows
// are read, to leave out trolls and to show names, labels and notes.
import type { StoredItem, TactDB } from '../db/schema';
import type { Platform } from '../platforms/ids';
import type { Standing } from './core/care-info';
import { markedTroll, standingCandidates, STANDING_DAYS } from './core/standing';

const DAY_MS = 86_400_000;
/** Authors shown per list, and messages per author. */
export const STANDINGS_SHOWN = 50;
export const LAST_MESSAGES = 3;

export interface StandingRow {
  authorKey: string;
  platform: Platform;
  /** Display name, else handle (never empty: the key's own part at worst). */
  name: string;
  handle: string;
  standing: Standing;
  labels: string[];
  note: string;
  /** Their last messages, newest first. */
  last: Pick<StoredItem, 'key' | 'text' | 'intent' | 'postedAt' | 'firstSeenAt' | 'permalink'>[];
}

export interface StandingLists {
  advocates: StandingRow[];
  detractors: StandingRow[];
  /** How many were left out of each list (beyond STANDINGS_SHOWN). */
  more: { advocates: number; detractors: number };
}

export async function loadStandings(db: TactDB, now: number): Promise<StandingLists> {
  // A plain range read (IndexedDB getAll), filtered here: a Dexie `.filter` walks a cursor row by row,
  // measured 100 times slower on 4,000 rows.
  const recent = (
    await db.items
      .where('firstSeenAt')
      .aboveOrEqual(now - STANDING_DAYS * DAY_MS)
      .toArray()
  ).filter((i) => i.brandIds.length > 0 && i.ours !== 1 && i.authorKey !== '');
  const candidates = standingCandidates(recent, now);
  const authors = await db.authors.bulkGet(candidates.map((c) => c.authorKey));
  const advocates: StandingRow[] = [];
  const detractors: StandingRow[] = [];
  candidates.forEach((c, i) => {
    const a = authors[i];
    if (markedTroll(a)) return;
    const first = c.mentions[0]!;
    const row: StandingRow = {
      authorKey: c.authorKey,
      platform: first.platform,
      name: a?.name || a?.handle || first.author.name || first.author.handle || c.authorKey.replace(/^[^:]*:/u, ''),
      handle: a?.handle ?? first.author.handle,
      standing: c.standing,
      labels: a?.labels ?? [],
      note: a?.notes ?? '',
      last: c.mentions.slice(0, LAST_MESSAGES).map(({ key, text, intent, postedAt, firstSeenAt, permalink }) => ({
        key,
        text,
        intent,
        postedAt,
        firstSeenAt,
        permalink,
      })),
    };
    (c.standing.kind === 'advocate' ? advocates : detractors).push(row);
  });
  return {
    advocates: advocates.slice(0, STANDINGS_SHOWN),
    detractors: detractors.slice(0, STANDINGS_SHOWN),
    more: {
      advocates: Math.max(0, advocates.length - STANDINGS_SHOWN),
      detractors: Math.max(0, detractors.length - STANDINGS_SHOWN),
    },
  };
}
