// The user's settings in the database (one row), always read through the schema: a row that no
// longer validates gives the defaults rather than an error.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './core/schema';
import type { TactDB } from '../db/schema';

export async function getSettings(db: TactDB): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(db: TactDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = settingsSchema.parse({ ...(await getSettings(db)), ...defined });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
