// The toolbar badge of a tab: how many of the items it shows still need attention. One count at a time
// per tab: requests that arrive meanwhile share one more run, so a page sending many batches does not
// recount the tab for each of them.
import { tabCounts } from './repo';
import type { TactDB } from '../db/schema';

export type RefreshBadge = (tabId: number | undefined) => Promise<void>;

export function createBadgeRefresher(
  db: TactDB,
  setBadge: (tabId: number, count: number) => Promise<void>,
): RefreshBadge {
  const runs = new Map<number, Promise<void>>();
  const again = new Set<number>();
  return function refreshBadge(tabId) {
    if (tabId === undefined) return Promise.resolve();
    const running = runs.get(tabId);
    if (running) {
      again.add(tabId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          again.delete(tabId);
          const counts = await tabCounts(db, tabId);
          await setBadge(tabId, counts.attention);
        } while (again.has(tabId));
      } finally {
        // In the same step as the last check, so a request arriving now starts a new run.
        runs.delete(tabId);
      }
    })();
    runs.set(tabId, run);
    return run;
  };
}
