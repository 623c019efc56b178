// The background's message router in Node tests, as the extension builds it: every handler over a
// test database, the browser's side effects replaced by ones that do nothing (a test passes its own
// clock or spies), and the senders a message comes from (an extension page, a platform page's content
// script).
import type { Effects } from '../../utils/background/deps';
import { createHandlers } from '../../utils/background/handlers';
import type { TactDB } from '../../utils/db/schema';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';

export const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };

export type TestRouter = ReturnType<typeof createRouter>;

/** A message from one of the extension's own pages (the options page by default). */
export const extensionPage = (path = 'options.html'): SenderInfo => ({
  id: 'tact-id',
  url: `${EXT.extensionOrigin}${path}`,
});

/** A message from the content script of the platform page at `url`, in tab 3. */
export const contentScript = (url: string): SenderInfo => ({ id: 'tact-id', url, tab: { id: 3, url } });

/** The router over `db`, with side effects that do nothing unless `effects` gives them. */
export function testRouter(db: TactDB, effects: Partial<Effects> = {}): TestRouter {
  return createRouter(
    createHandlers(db, {
      setBadge: async () => {},
      notify: async () => {},
      revealInTab: async () => false,
      openTab: async () => {},
      ...effects,
    }),
    EXT,
  );
}
