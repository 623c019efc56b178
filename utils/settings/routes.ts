// The settings' messages (settings.*), and the push that makes open pages follow a new UI language.
// Contract only: the schemas live in core/schema.ts.
import { z } from '../shared/zod';
import { settingsPatchSchema, settingsSchema, uiLanguageSchema } from './core/schema';
import { contentRoute, route } from '../messaging/route';

export const settingsRoutes = {
  'settings.get': route(['page', 'content'], z.object({}), settingsSchema),
  'settings.set': route(['page'], settingsPatchSchema, settingsSchema),
} as const;

export const settingsContentRoutes = {
  /** The UI language setting changed in the options: the page UI (badges, cards, flags…) follows. */
  'overlay.settings': contentRoute(z.object({ language: uiLanguageSchema }), z.object({ changed: z.boolean() })),
} as const;
