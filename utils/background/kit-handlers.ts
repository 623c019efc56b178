// What the background does for the brand kit's messages (spread into handlers.ts).
import type { TactDB } from '../db/schema';
import { applyImport, exportKit, planImport } from '../db/kit';
import type { Handlers } from '../messaging/router';
import type { Roamer } from './roaming';

export function createKitHandlers(
  db: TactDB,
  now: () => number,
  roaming: Pick<Roamer, 'setEnabled'> | undefined,
): Pick<Handlers, 'kit.export' | 'kit.plan' | 'kit.apply' | 'roaming.set'> {
  return {
    'kit.export': async (p) => {
      const kit = await exportKit(db, p.selection, now());
      const counts = { brands: kit.brands.length, toneProfiles: kit.toneProfiles.length, snippets: kit.snippets.length, trollNotes: kit.trollNotes.length };
      return { json: `${JSON.stringify(kit, null, 2)}\n`, counts };
    },
    'kit.plan': async (p) => planImport(db, p.text, p.choices, now()),
    'kit.apply': async (p) => applyImport(db, p.text, p.choices, now()),
    'roaming.set': async (p) => {
      if (!roaming) throw new Error('Settings roaming is not available in this browser.');
      return roaming.setEnabled(p.enabled);
    },
  };
}
