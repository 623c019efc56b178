// What the background does for the brand kit's messages (spread into handlers.ts).
import type { TactDB } from '../db/schema';
import { applyImport, exportKit, planImport } from './repo';
import type { Handlers } from '../messaging/router';
import type { Roamer } from '../sync/roaming';
import type { Subscriptions } from './subscriptions';
import { copyToLibrary } from './subscriptions-repo';

export function createKitHandlers(
  db: TactDB,
  now: () => number,
  roaming: Pick<Roamer, 'setEnabled'> | undefined,
  subscriptions: Subscriptions | undefined,
): Pick<
  Handlers,
  | 'kit.export'
  | 'kit.plan'
  | 'kit.apply'
  | 'roaming.set'
  | 'subscriptions.add'
  | 'subscriptions.remove'
  | 'subscriptions.refresh'
  | 'kit.copy'
> {
  const subs = () => {
    if (!subscriptions) throw new Error('Brand-kit subscriptions are not available here.');
    return subscriptions;
  };
  return {
    'kit.export': async (p) => {
      const kit = await exportKit(db, p.selection, now());
      const counts = {
        brands: kit.brands.length,
        toneProfiles: kit.toneProfiles.length,
        snippets: kit.snippets.length,
        trollNotes: kit.trollNotes.length,
      };
      return { json: `${JSON.stringify(kit, null, 2)}\n`, counts };
    },
    'kit.plan': async (p) => planImport(db, p.text, p.choices, now()),
    'kit.apply': async (p) => applyImport(db, p.text, p.choices, now()),
    'subscriptions.add': async (p) => subs().add(p.url),
    'subscriptions.remove': async (p) => ({ removed: await subs().remove(p.id) }),
    'subscriptions.refresh': async (p) => ({ subscriptions: await subs().refresh(p.id) }),
    'kit.copy': async (p) => copyToLibrary(db, p.kind, p.id, now()),
    'roaming.set': async (p) => {
      if (!roaming) throw new Error('Settings roaming is not available in this browser.');
      return roaming.setEnabled(p.enabled);
    },
  };
}
