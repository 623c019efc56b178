// What the background does for the mentions' messages (routes.ts): pages starting and reporting,
// brands, triage and corrections, opening an item, alerts and the popup's tab summary. items.seen is in seen.ts.
import * as repo from './repo';
import { createBadgeRefresher } from './badge';
import { createSeenHandler } from './seen';
import { correctItem } from './corrections-repo';
import { currentActor } from '../settings/actor-repo';
import { deleteToneProfilesOfBrand } from '../tone/repo';
import { refuseSubscribed } from '../kit/subscriptions-repo';
import { platformOfUrl } from '../platforms/hosts';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { mentionsRoutes } from './routes';

export function createMentionsHandlers(deps: BackgroundDeps): Pick<Handlers, keyof typeof mentionsRoutes> {
  const { db, effects, now } = deps;
  // The page number each tab shows now: a late batch from a page it has left is not listed for it.
  const currentPage = new Map<number, number>();
  const refreshBadge = createBadgeRefresher(db, (tabId, count) => effects.setBadge(tabId, count));
  return {
    'page.start': async (p, ctx) => {
      if (ctx.tabId !== undefined) {
        if (p.page !== undefined) currentPage.set(ctx.tabId, p.page);
        await repo.clearTab(db, ctx.tabId);
        await refreshBadge(ctx.tabId);
      }
      return {};
    },
    'items.seen': createSeenHandler(deps, currentPage, refreshBadge),
    'page.health': async (p) => {
      await repo.recordHealth(db, p.platform, p.url, p.found);
      return {};
    },
    'brands.list': async () => repo.listBrands(db),
    'brands.save': async (p) => {
      await refuseSubscribed(db, p.brand.id, 'brands');
      return repo.saveBrand(db, p.brand);
    },
    'brands.delete': async (p) => {
      await refuseSubscribed(db, p.id, 'brands');
      const deleted = await repo.deleteBrand(db, p.id);
      await deleteToneProfilesOfBrand(db, p.id);
      // Its mentions are no longer mentions: tabs showing them count again.
      for (const tabId of await repo.tabsWithSightings(db)) await refreshBadge(tabId);
      return { deleted };
    },
    'items.setStatus': async (p) => {
      const updated = await repo.setItemStatus(db, p.key, p.status);
      // The toolbar counts what still needs attention on each tab showing the item.
      for (const s of await repo.sightingsOf(db, p.key)) await refreshBadge(s.tabId);
      return { updated };
    },
    'items.correct': async (p) => correctItem(db, p.key, p, { at: now(), by: await currentActor(db) }),
    'items.open': async (p) => {
      const item = await db.items.get(p.key);
      if (!item) return { opened: 'none' as const };
      const sightings = await repo.sightingsOf(db, p.key);
      for (const s of sightings.sort((a, b) => b.at - a.at)) {
        if (await effects.revealInTab(s.tabId, item.platformId).catch(() => false)) return { opened: 'tab' as const };
      }
      // The permalink comes from page markup: open it only on the item's own site.
      if (platformOfUrl(item.permalink) !== item.platform) return { opened: 'none' as const };
      await effects.openTab(item.permalink);
      return { opened: 'new_tab' as const };
    },
    'alerts.dismiss': async (p) => ({ dismissed: await repo.dismissAlert(db, p.id) }),
    'tab.summary': async (p) => {
      const platform = platformOfUrl(p.url);
      const counts = await repo.tabCounts(db, p.tabId);
      let health: 'ok' | 'no_items' | 'unknown' = 'unknown';
      if (platform) {
        const row = await repo.platformHealth(db, platform);
        if (row) health = row.found > 0 ? 'ok' : 'no_items';
        if (counts.items > 0) health = 'ok';
      }
      return { platform, ...counts, health };
    },
  };
}
