// What community care adds to each item of an items.seen batch (the `care` of its result): is the
// author new to the brand community, an advocate or a detractor, which charter clause a troll
// breaks, and which open incident the item belongs to. Called by mentions/seen.ts after the troll
// verdicts; a failure leaves the page its mentions and verdicts (the caller catches).
import type { Brand } from '../mentions/core/brand';
import type { TactDB } from '../db/schema';
import { NO_CARE, type CareEntry, type CareInfo } from './core/care-info';

export type { CareEntry };
import { clauseFor } from './core/charter-clause';
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
    // The clause comes from the charter of the brand the item names, else of the only brand with one.
    const withCharter = brands.filter((b) => b.charter.clauses.length > 0);
    const brand =
      brands.find((b) => e.brandIds.includes(b.id) && b.charter.clauses.length > 0) ??
      (withCharter.length === 1 ? withCharter[0] : undefined);
    return {
      newcomer: newcomers[i] ?? false,
      standing: standings[i] ?? null,
      clause: troll && brand ? clauseFor(brand.charter, troll, e.lang ?? 'en') : null,
      incidentId: incidents[i] ?? null,
    };
  });
}
