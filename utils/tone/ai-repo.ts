// Local storage of the AI settings (a row of the `settings` table of its own, key "ai", never synced)
// Used by the background only (the tone profile a rewrite follows: background/tone.ts toneForRewrite).
import {
  aiSettingsSchema,
  DEFAULT_AI_SETTINGS,
  mergeAiSettings,
  type AiSettings,
  type AiSettingsPatch,
} from './core/ai/settings';
import type { TactDB } from '../db/schema';

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
    const next = mergeAiSettings(await getAiSettings(db), patch);
    await table.put({ key: KEY, value: next });
    return next;
  });
}
