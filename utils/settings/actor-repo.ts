// Who is acting, for the events and replies reports count per CM: the name the CM gave in the
// settings, else this device's label in team sync, else '' (a single CM need not name themself).
import { z } from '../shared/zod';
import { getSettings } from './repo';
import type { TactDB } from '../db/schema';

// Only the label is read from the sync account row (it also holds the device's credential).
const accountLabel = z.object({ label: z.string() });

export async function currentActor(db: TactDB): Promise<string> {
  const { cmName } = await getSettings(db);
  if (cmName.trim()) return cmName.trim();
  const account = accountLabel.safeParse((await db.syncMeta.get('account'))?.value);
  return account.success ? account.data.label.trim().slice(0, 80) : '';
}
