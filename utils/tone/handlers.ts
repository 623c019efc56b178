// What the background does for tone of voice's messages (routes.ts): tone profiles, suggestions and
// the reply log, and AI rewriting (ai-handlers.ts).
import * as toneRepo from './repo';
import { logReply, suggestForItem } from './replies-repo';
import { toneForPage } from './voice-repo';
import { createAiHandlers } from './ai-handlers';
import { currentActor } from '../settings/actor-repo';
import { markWelcomed } from '../care/members-repo';
import { refuseSubscribed } from '../kit/subscriptions-repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { toneRoutes } from './routes';

export function createToneHandlers(deps: BackgroundDeps): Pick<Handlers, keyof typeof toneRoutes> {
  const { db, effects, now } = deps;
  const shortcut = effects.shortcut ?? (async () => null);
  return {
    'tone.list': async () => toneRepo.listToneProfiles(db),
    'tone.get': async (p) => toneRepo.getToneProfile(db, p.brandId, p.language),
    'tone.save': async (p) => {
      // A subscribed brand's profiles are its publisher's too, even one it does not ship yet.
      await refuseSubscribed(db, p.brandId, 'brands');
      await refuseSubscribed(db, toneRepo.toneProfileId(p.brandId, p.profile.language), 'toneProfiles');
      return toneRepo.saveToneProfile(db, p.brandId, p.profile);
    },
    'tone.delete': async (p) => {
      await refuseSubscribed(db, p.id, 'toneProfiles');
      return { deleted: await toneRepo.deleteToneProfile(db, p.id) };
    },
    'tone.forPage': async () => toneForPage(db),
    'suggest.forItem': async (p) => {
      const s = await suggestForItem(db, p.key, p.purpose, now());
      const keys = await shortcut().catch(() => null);
      return s
        ? { found: true, ...s, shortcut: keys }
        : { found: false, replies: [], lang: 'en', brandName: '', shortcut: keys };
    },
    'replies.log': async (p) => {
      const by = await currentActor(db);
      const logged = await logReply(db, p.key, p.text, now(), { source: p.source, by });
      // Inserting a welcome is welcoming: the newcomer leaves the side panel's "to welcome" list.
      if (logged.logged && p.purpose === 'welcome') await markWelcomed(db, p.key, now(), by);
      return logged;
    },
    ...createAiHandlers(deps),
  };
}
