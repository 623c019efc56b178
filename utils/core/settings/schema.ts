// User settings kept locally (and, later, roamed through storage.sync).
import { z } from '../zod';

export const uiLanguageSchema = z.enum(['auto', 'fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: uiLanguageSchema.default('auto'),
  onboarded: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
