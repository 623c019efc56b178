// What community care adds to each item of an items.seen batch (the `care` of its result): is the
// author new to the brand community, an advocate or a detractor, which charter clause a troll
// breaks, and which open incident the item belongs to. Called by mentions/seen.ts after the troll
// verdicts; a failure leaves the page its mentions and verdicts (the caller catches).
import type { Brand } from '../mentions/core/brand';
import type { TactDB } from '../db/schema';
import { NO_CARE, type CareEntry, type CareInfo } from './core/care-info';

export type { CareEntry };
import { clauseOfItem } from './core/charter-clause';
import { noteMembers } from './members-repo';
import { standingsOf } from './standing-repo';
import { incidentsOfItems } from './crisis-repo';

export async function careFor(db: TactDB, entries: readonly CareEntry[], brands: readonly Brand[], now: number) {
  if (entries.length === 0) return [];
  const [newcomers, standings, incidents] = await Promise.all([
    noteMembers(db, entries, brands, now),
    standingsOf(db, entries, now),
    incidentsOfItems(db, entries),
  ]);
  return entries.map((e, i): CareInfo => {
    if (e.ours) return NO_CARE;
    const troll = e.troll && e.troll !== 'unhappy_customer' ? e.troll : null;
    const found = troll ? clauseOfItem(brands, e.brandIds, troll, e.lang ?? 'en') : null;
    return {
      newcomer: newcomers[i] ?? false,
      standing: standings[i] ?? null,
      clause: found ? { id: found.id, n: found.n, title: found.title, text: found.text } : null,
      incidentId: incidents[i] ?? null,
    };
  });
}
