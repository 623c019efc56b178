// STUB (owned by the newcomers helper): brand community members, newcomers and welcomes.
import type { Brand } from '../mentions/core/brand';
import type { StoredItem, TactDB } from '../db/schema';
import type { CareEntry } from './core/care-info';

/** Records the authors of a batch as members of the brand communities they posted in; true: a newcomer. */
export async function noteMembers(
  _db: TactDB,
  entries: readonly CareEntry[],
  _brands: readonly Brand[],
  _now: number,
): Promise<boolean[]> {
  return entries.map(() => false);
}

/** The author of item `key` was welcomed (by `by`, at `now`); false when they are no newcomer of any community. */
export async function markWelcomed(_db: TactDB, _key: string, _now: number, _by: string): Promise<boolean> {
  return false;
}

/** The welcomes already suggested or inserted in the thread of `item` (newest first), not to repeat. */
export async function welcomesInThread(_db: TactDB, _item: StoredItem): Promise<string[]> {
  return [];
}
