// User settings kept locally (and, later, roamed through storage.sync).
import { z } from '../zod';

export const uiLanguageSchema = z.enum(['auto', 'fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: uiLanguageSchema.default('auto'),
  onboarded: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings: no defaults here, or saving one setting would reset the others. */
export const settingsPatchSchema = z.object({
  language: uiLanguageSchema.optional(),
  onboarded: z.boolean().optional(),
});
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
