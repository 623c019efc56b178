// What the background does for the trolls' messages (routes.ts): reviews and the moderator's labels,
// each change pushed to every tab showing a comment by that author (their chips follow), and logged
// with who did it (the CM's name, currentActor) and when.
import * as trollsRepo from './repo';
import { currentActor } from '../settings/actor-repo';
import type { AuthorMemory } from './core/author';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { trollsRoutes } from './routes';

export function createTrollsHandlers({ db, effects, now }: BackgroundDeps): Pick<Handlers, keyof typeof trollsRoutes> {
  // The sender's own page hears of it too: it updates from the reply already, and a second update
  // changes nothing. A closed tab is no error.
  async function pushAuthor(memory: AuthorMemory): Promise<void> {
    const push = effects.pushAuthor?.bind(effects);
    if (!push) return;
    const tabs = await trollsRepo.tabsShowingAuthor(db, memory.key);
    await Promise.all(tabs.map((tabId) => push(tabId, memory).catch(() => {})));
  }
  return {
    'trolls.review': async (p) => {
      const reply = await trollsRepo.reviewTrollVerdict(db, p.key, p.review, now(), await currentActor(db));
      if (reply.author) await pushAuthor(reply.author);
      return reply;
    },
    'authors.get': async (p) => trollsRepo.getAuthorMemory(db, p.key),
    'authors.label': async (p) => {
      const log = { now: now(), by: await currentActor(db) };
      const memory = await trollsRepo.labelAuthor(db, p.key, p.labels, p.note, log);
      if (memory) await pushAuthor(memory);
      return memory;
    },
  };
}
