// User settings kept locally (and, later, roamed through storage.sync).
import { z } from '../../shared/zod';
import { trollSensitivitySchema } from '../../trolls/core/sensitivity';

export const uiLanguageSchema = z.enum(['auto', 'fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: uiLanguageSchema.default('auto'),
  onboarded: z.boolean().default(false),
  /** How eager the in-page troll flags are (utils/trolls/core/sensitivity.ts). */
  trollSensitivity: trollSensitivitySchema.default('medium'),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings: no defaults here, or saving one setting would reset the others. */
export const settingsPatchSchema = z.object({
  language: uiLanguageSchema.optional(),
  onboarded: z.boolean().optional(),
  trollSensitivity: trollSensitivitySchema.optional(),
});
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
