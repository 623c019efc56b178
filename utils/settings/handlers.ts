// What the background does for the settings' messages (routes.ts): a saved change roams (when on)
// and reaches the open pages when it is the UI language.
import { getSettings, updateSettings } from './repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { settingsRoutes } from './routes';

export function createSettingsHandlers({ db, effects }: BackgroundDeps): Pick<Handlers, keyof typeof settingsRoutes> {
  return {
    'settings.get': async () => getSettings(db),
    'settings.set': async (p) => {
      const before = await getSettings(db);
      const after = await updateSettings(db, p);
      // Saved first: roaming failing must not undo a setting the user chose.
      await effects.roaming
        ?.localChanged(before, after)
        .catch((e: unknown) => console.error('[tact] roaming failed', e));
      // Open pages keep their UI in step; a tab that cannot be told still reads it at its next load.
      if (before.language !== after.language) {
        await effects
          .pushLanguage?.(after.language)
          .catch((e: unknown) => console.error('[tact] language push failed', e));
      }
      return after;
    },
  };
}
