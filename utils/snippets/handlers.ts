// What the background does for the snippet library's messages (routes.ts).
import * as snippetsRepo from './repo';
import { refuseSubscribed } from '../kit/subscriptions-repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { snippetsRoutes } from './routes';

export function createSnippetsHandlers({ db }: BackgroundDeps): Pick<Handlers, keyof typeof snippetsRoutes> {
  return {
    'snippets.list': async () => snippetsRepo.listSnippets(db),
    'snippets.save': async (p) => {
      await refuseSubscribed(db, p.snippet.id, 'snippets');
      return snippetsRepo.saveSnippet(db, p.snippet);
    },
    'snippets.delete': async (p) => {
      await refuseSubscribed(db, p.id, 'snippets');
      return { deleted: await snippetsRepo.deleteSnippet(db, p.id) };
    },
    'snippets.used': async (p) => ({ usageCount: await snippetsRepo.snippetUsed(db, p.id) }),
    'snippets.forPage': async () => snippetsRepo.snippetsForPage(db),
  };
}
