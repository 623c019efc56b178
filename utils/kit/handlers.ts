// What the background does for the brand kit's messages (routes.ts): export, plan, apply, copy, and
// subscriptions (which fetch, so they come in through effects).
import { applyImport, exportKit, planImport } from './repo';
import { copyToLibrary } from './subscriptions-repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { kitRoutes } from './routes';

export function createKitHandlers({ db, effects, now }: BackgroundDeps): Pick<Handlers, keyof typeof kitRoutes> {
  const subs = () => {
    if (!effects.subscriptions) throw new Error('Brand-kit subscriptions are not available here.');
    return effects.subscriptions;
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
  };
}
