// User settings kept locally (and, later, roamed through storage.sync).
import { z } from '../../shared/zod';
import { trollSensitivitySchema } from '../../trolls/core/sensitivity';
import { reportSettingsSchema } from '../../reports/core/settings';

export const uiLanguageSchema = z.enum(['auto', 'fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

export const settingsSchema = z.object({
  language: uiLanguageSchema.default('auto'),
  onboarded: z.boolean().default(false),
  /** How eager the in-page troll flags are (utils/trolls/core/sensitivity.ts). */
  trollSensitivity: trollSensitivitySchema.default('medium'),
  /** Who this user is in logs and reports ("Marie"); '' = the team sync device label, else "me". */
  cmName: z.string().trim().max(80).default(''),
  /** Timezone, business hours, response target, reminder (utils/reports/core/settings.ts). */
  reports: reportSettingsSchema.default(reportSettingsSchema.parse({})),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings: no defaults here, or saving one setting would reset the others. */
export const settingsPatchSchema = z.object({
  language: uiLanguageSchema.optional(),
  onboarded: z.boolean().optional(),
  trollSensitivity: trollSensitivitySchema.optional(),
  cmName: z.string().trim().max(80).optional(),
  /** Replaces the whole reports block (the page sends it complete). */
  reports: reportSettingsSchema.optional(),
});
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
