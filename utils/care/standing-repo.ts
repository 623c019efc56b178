// STUB (owned by the advocates helper): advocates and detractors from the stored history.
import type { TactDB } from '../db/schema';
import type { CareEntry } from './core/care-info';
import type { Standing } from './core/care-info';

export async function standingsOf(
  _db: TactDB,
  entries: readonly CareEntry[],
  _now: number,
): Promise<(Standing | null)[]> {
  return entries.map(() => null);
}
