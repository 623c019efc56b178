// Writes a subscribed kit's troll notes onto the authors table (see utils/kit/core/kit-notes.ts for
// the rules). Called inside the subscription's own transaction, which must include db.authors.
import { naturalKey, type TrollNote } from './core/document';
import { planKitNotes, type KitNotedAuthor } from './core/kit-notes';
import type { Author, TactDB } from '../db/schema';

/** Makes subscription `subscriptionId` say exactly `notes` on authors; returns how many authors it speaks of. */
export async function applyKitNotes(
  db: TactDB,
  subscriptionId: string,
  kitName: string,
  notes: readonly TrollNote[],
): Promise<number> {
  const keys = [...new Set(notes.map((n) => naturalKey.trollNote(n)))];
  const named = (await db.authors.bulkGet(keys)).filter((a): a is Author => a !== undefined);
  const namedKeys = new Set(named.map((a) => a.key));
  // No index on kitNotes (no schema change): a scan, once per refresh of a kit (every 6 hours).
  const carrying = await db.authors.filter((a) => !namedKeys.has(a.key) && hasNotesOf(a, subscriptionId)).toArray();
  const plan = planKitNotes([...named, ...carrying] as KitNotedAuthor[], subscriptionId, kitName, notes);
  await db.authors.bulkDelete(plan.delete);
  await db.authors.bulkPut(plan.put as Author[]);
  return keys.length;
}

/** Takes a subscription's notes off every author (rows that held only them go). */
export function removeKitNotes(db: TactDB, subscriptionId: string): Promise<number> {
  return applyKitNotes(db, subscriptionId, '', []);
}

function hasNotesOf(a: Author, subscriptionId: string): boolean {
  return !!a.kitNotes && typeof a.kitNotes === 'object' && Object.hasOwn(a.kitNotes, subscriptionId);
}
