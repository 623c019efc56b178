// Starts settings roaming in the background: storage.sync when the browser has it, read at start-up
// and whenever it changes. A language roamed in from another device reaches open tabs like one set here.
import { browser } from 'wxt/browser';
import { Roamer, type SyncArea } from './roaming';
import { getSettings } from '../settings/repo';
import type { UiLanguage } from '../settings/core/schema';
import type { TactDB } from '../db/schema';

export function startRoaming(db: TactDB, pushLanguage: (language: UiLanguage) => Promise<void>): Roamer | undefined {
  const sync = browser.storage?.sync as unknown as SyncArea | undefined;
  if (!sync) return undefined;
  const roamer = new Roamer({ db, sync });
  const pull = async () => {
    const before = (await getSettings(db)).language;
    await roamer.pull();
    const after = (await getSettings(db)).language;
    if (after !== before) await pushLanguage(after);
  };
  void pull().catch((e: unknown) => console.error('[tact] roaming', e));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void pull().catch((e: unknown) => console.error('[tact] roaming', e));
  });
  return roamer;
}
