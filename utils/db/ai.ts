// Local storage of the AI settings (a row of the `settings` table of its own, key "ai", never synced)
// and the tone profile an AI rewrite follows. Used by the background only.
import { aiSettingsSchema, DEFAULT_AI_SETTINGS, type AiSettings, type AiSettingsPatch } from '../core/settings/ai';
import { toneProfileSchema, type ToneProfile } from '../core/tone/profile';
import type { TactDB } from './schema';

const KEY = 'ai';
type Row = { key: string; value: unknown };

export async function getAiSettings(db: TactDB): Promise<AiSettings> {
  const row = await db.table<Row, string>('settings').get(KEY);
  const parsed = aiSettingsSchema.safeParse(row?.value ?? {});
  // A damaged row means "off": never send anything on a guess.
  return parsed.success ? parsed.data : DEFAULT_AI_SETTINGS;
}

export async function updateAiSettings(db: TactDB, patch: AiSettingsPatch): Promise<AiSettings> {
  const table = db.table<Row, string>('settings');
  return db.transaction('rw', table, async () => {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = aiSettingsSchema.parse({ ...(await getAiSettings(db)), ...defined });
    await table.put({ key: KEY, value: next });
    return next;
  });
}

/**
 * The tone profile of a brand (or the most recently updated one). Rows may hold the profile's
 * fields directly or under `data` (both shapes exist in the brand kit's history); invalid ones are skipped.
 */
export async function loadToneProfile(db: TactDB, brandId?: string): Promise<ToneProfile | null> {
  const rows = (await db.table<Record<string, unknown>, string>('toneProfiles').toArray()) as Array<Record<string, unknown>>;
  const ordered = rows
    .filter((r) => brandId === undefined || r.brandId === brandId)
    .sort((a, b) => Number(b.updatedAt ?? 0) - Number(a.updatedAt ?? 0));
  for (const row of ordered) {
    const data = typeof row.data === 'object' && row.data !== null ? { name: row.name, ...(row.data as object) } : row;
    const parsed = toneProfileSchema.safeParse(data);
    if (parsed.success) return parsed.data;
  }
  return null;
}
