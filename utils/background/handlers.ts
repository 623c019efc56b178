// What the background does for each message: core analysis, then the database. Browser-specific
// side effects (the toolbar badge) come in through `effects` so this file runs in Node tests.
import { findMentions } from '../mentions/core/match';
import { analyseMention } from '../mentions/core/analyse';
import { platformOfUrl } from '../platforms/hosts';
import type { TactDB } from '../db/schema';
import * as repo from '../db/repo';
import * as toneRepo from '../tone/repo';
import type { Handlers } from '../messaging/router';
import { checkSpikes, type SpikeAlert } from '../mentions/alerts';
import { createAiHandlers, type AiEffects } from '../tone/ai-handlers';
import { createTonePageHandlers } from '../tone/handlers';
import { loadAbuseModel, type AbuseModel } from '../trolls/core/abuse';
import { judgeBatch, type Judged } from '../trolls/judge';
import * as trollsRepo from '../trolls/repo';
import type { AuthorMemory } from '../trolls/core/author-memory';
import { createKitHandlers } from '../kit/handlers';
import type { Roamer } from '../sync/roaming';
import type { Subscriptions } from '../kit/subscriptions';
import { isSubscribed } from '../kit/subscriptions-repo';
import { SyncService } from '../sync/service';
import { createSyncHandlers } from '../sync/handlers';
import type { UiLanguage } from '../settings/core/schema';

export interface Effects {
  /** Shows the number of items needing attention on a tab's toolbar button. */
  setBadge(tabId: number, count: number): Promise<void>;
  /** Brings a tab to the front and asks its content script to show an item; false if it could not. */
  revealInTab(tabId: number, platformId: string): Promise<boolean>;
  /** Opens a URL in a new tab. */
  openTab(url: string): Promise<void>;
  /** Tells the user about a burst of negative mentions (a browser notification). */
  notify(alert: SpikeAlert): Promise<void>;
  now?: () => number;
  /** AI rewriting: the network and the built-in model's runner. */
  ai?: AiEffects;
  /** The keys of the "insert-suggestion" command as the user set them, or null (none, or unknown). */
  shortcut?: () => Promise<string | null>;
  /** Tells a tab's content script that an author's labels or counts changed (chips follow). */
  pushAuthor?(tabId: number, memory: AuthorMemory): Promise<void>;
  /** Tells the content scripts of every platform tab that the UI language setting changed. */
  pushLanguage?(language: UiLanguage): Promise<void>;
  /** The abuse model for troll verdicts (the committed one by default). */
  trollModel?: () => Promise<AbuseModel>;
  /** Settings roaming (storage.sync), when the browser has it. */
  roaming?: Pick<Roamer, 'setEnabled' | 'localChanged'>;
  /** Brand-kit subscriptions (they fetch, so they need the browser's fetch and permissions). */
  subscriptions?: Subscriptions;
}

export function createHandlers(db: TactDB, effects: Effects, sync: SyncService = new SyncService(db)): Handlers {
  // One badge count at a time per tab: requests that arrive meanwhile share one more run, so a
  // page sending many batches does not recount the tab for each of them.
  const currentPage = new Map<number, number>();
  const badgeRuns = new Map<number, Promise<void>>();
  const badgeAgain = new Set<number>();
  function refreshBadge(tabId: number | undefined): Promise<void> {
    if (tabId === undefined) return Promise.resolve();
    const running = badgeRuns.get(tabId);
    if (running) {
      badgeAgain.add(tabId);
      return running;
    }
    const run = (async () => {
      try {
        do {
          badgeAgain.delete(tabId);
          const counts = await repo.tabCounts(db, tabId);
          await effects.setBadge(tabId, counts.attention);
        } while (badgeAgain.has(tabId));
      } finally {
        // In the same step as the last check, so a request arriving now starts a new run.
        badgeRuns.delete(tabId);
      }
    })();
    badgeRuns.set(tabId, run);
    return run;
  }

  // Every tab showing a comment by this author hears of the change (the sender's own page too: it
  // updates from the reply already, and a second update changes nothing). A closed tab is no error.
  async function pushAuthor(memory: AuthorMemory): Promise<void> {
    if (!effects.pushAuthor) return;
    const tabs = await trollsRepo.tabsShowingAuthor(db, memory.key);
    await Promise.all(tabs.map((tabId) => effects.pushAuthor!(tabId, memory).catch(() => {})));
  }

  // A subscribed kit's brands are its publisher's: edited there, or copied into the library first.
  // The same holds for its tone profiles and snippets.
  async function refuseSubscribed(id: string | undefined, table: 'brands' | 'toneProfiles' | 'snippets' = 'brands') {
    const row: object | undefined = id ? await db.table(table).get(id) : undefined;
    if (row && isSubscribed(row))
      throw new Error('This comes from a subscribed brand kit: copy it to your library to edit it.');
  }

  return {
    ...createKitHandlers(db, () => effects.now?.() ?? Date.now(), effects.roaming, effects.subscriptions),
    ...createSyncHandlers(sync),
    'page.start': async (p, ctx) => {
      if (ctx.tabId !== undefined) {
        if (p.page !== undefined) currentPage.set(ctx.tabId, p.page);
        await repo.clearTab(db, ctx.tabId);
        await refreshBadge(ctx.tabId);
      }
      return {};
    },
    'items.seen': async (p, ctx) => {
      const brands = await repo.listBrands(db);
      const now = effects.now?.() ?? Date.now();
      const analysed = p.items
        .filter((item) => item.platform === p.platform)
        .map((item) => {
          const mentions = findMentions(item.text, brands);
          if (mentions.length === 0) return { item, mentions, analysis: null };
          const postedAt = Date.parse(item.time);
          const a = analyseMention(item.text, { now, since: Number.isNaN(postedAt) ? null : postedAt });
          return {
            item,
            mentions,
            analysis: {
              intent: a.intent,
              sentiment: a.sentiment,
              priority: a.priority,
              nextStep: a.nextStep,
              lang: a.lang,
            },
          };
        });
      // A batch of a page the tab has left (SPA navigation) is stored, but not listed for the tab.
      const stale = () =>
        ctx.tabId !== undefined && p.page !== undefined && (currentPage.get(ctx.tabId) ?? p.page) > p.page;
      const tabId = stale() ? undefined : ctx.tabId;
      const stored = await repo.recordSeen(
        db,
        tabId,
        analysed.map((a) => ({ ...a, analysis: a.analysis ?? undefined })),
        now,
      );
      if (tabId !== undefined && stale())
        await repo.forgetSightings(
          db,
          tabId,
          stored.map((r) => r.key),
        );
      // Troll verdicts come second: if they fail, the page still gets its mentions.
      const judged: Judged[] | null = await (async () => {
        const settings = await repo.getSettings(db);
        const model = await (effects.trollModel ?? loadAbuseModel)();
        return judgeBatch(
          db,
          analysed.map((a) => a.item),
          stored.map((r) => r.key),
          settings.trollSensitivity,
          model,
          now,
        );
      })().catch((e: unknown) => {
        console.error('[tact] troll verdicts failed', e);
        return null;
      });
      const results = stored.map(({ isNew: _, ...r }, i) => ({
        ...r,
        analysis: analysed[i]!.analysis,
        troll: judged?.[i]?.troll ?? null,
        author: judged?.[i]?.author ?? null,
      }));
      await refreshBadge(ctx.tabId);
      // Only mentions stored for the first time can make a spike (an item seen again is not news).
      const fresh = stored.flatMap((r, i) => {
        const a = analysed[i]!.analysis;
        return r.isNew && a
          ? [{ brandIds: [...new Set(r.mentions.map((m) => m.brandId))], intent: a.intent, sentiment: a.sentiment }]
          : [];
      });
      // The items are stored: a failing alert check must not make the page send them again.
      await checkSpikes(db, fresh, now, effects.notify).catch((e: unknown) =>
        console.error('[tact] spike check failed', e),
      );
      return { results };
    },
    'page.health': async (p) => {
      await repo.recordHealth(db, p.platform, p.url, p.found);
      return {};
    },
    'brands.list': async () => repo.listBrands(db),
    'brands.save': async (p) => {
      await refuseSubscribed(p.brand.id);
      return repo.saveBrand(db, p.brand);
    },
    'brands.delete': async (p) => {
      await refuseSubscribed(p.id);
      const deleted = await repo.deleteBrand(db, p.id);
      await toneRepo.deleteToneProfilesOfBrand(db, p.id);
      // Its mentions are no longer mentions: tabs showing them count again.
      const tabs = new Set((await db.sightings.toArray()).map((s) => s.tabId));
      for (const tabId of tabs) await refreshBadge(tabId);
      return { deleted };
    },
    'items.setStatus': async (p) => {
      const updated = await repo.setItemStatus(db, p.key, p.status);
      // The toolbar counts what still needs attention on each tab showing the item.
      for (const s of await db.sightings.where('itemKey').equals(p.key).toArray()) await refreshBadge(s.tabId);
      return { updated };
    },
    'items.open': async (p) => {
      const item = await db.items.get(p.key);
      if (!item) return { opened: 'none' as const };
      const sightings = await db.sightings.where('itemKey').equals(p.key).toArray();
      for (const s of sightings.sort((a, b) => b.at - a.at)) {
        if (await effects.revealInTab(s.tabId, item.platformId).catch(() => false)) return { opened: 'tab' as const };
      }
      // The permalink comes from page markup: open it only on the item's own site.
      if (platformOfUrl(item.permalink) !== item.platform) return { opened: 'none' as const };
      await effects.openTab(item.permalink);
      return { opened: 'new_tab' as const };
    },
    'alerts.dismiss': async (p) => {
      const row = await db.events.get(p.id);
      if (!row || row.type !== 'spike') return { dismissed: false };
      await db.events.update(p.id, { data: { ...row.data, dismissed: true } });
      return { dismissed: true };
    },
    'trolls.review': async (p) => {
      const reply = await trollsRepo.reviewTrollVerdict(db, p.key, p.review, effects.now?.() ?? Date.now());
      if (reply.author) await pushAuthor(reply.author);
      return reply;
    },
    'authors.get': async (p) => trollsRepo.getAuthorMemory(db, p.key),
    'authors.label': async (p) => {
      const memory = await trollsRepo.labelAuthor(db, p.key, p.labels, p.note);
      if (memory) await pushAuthor(memory);
      return memory;
    },
    'settings.get': async () => repo.getSettings(db),
    'tone.list': async () => toneRepo.listToneProfiles(db),
    'tone.get': async (p) => toneRepo.getToneProfile(db, p.brandId, p.language),
    'tone.save': async (p) => {
      // A subscribed brand's profiles are its publisher's too, even one it does not ship yet.
      await refuseSubscribed(p.brandId);
      await refuseSubscribed(toneRepo.toneProfileId(p.brandId, p.profile.language), 'toneProfiles');
      return toneRepo.saveToneProfile(db, p.brandId, p.profile);
    },
    'tone.delete': async (p) => {
      await refuseSubscribed(p.id, 'toneProfiles');
      return { deleted: await toneRepo.deleteToneProfile(db, p.id) };
    },
    'snippets.list': async () => toneRepo.listSnippets(db),
    'snippets.save': async (p) => {
      await refuseSubscribed(p.snippet.id, 'snippets');
      return toneRepo.saveSnippet(db, p.snippet);
    },
    'snippets.delete': async (p) => {
      await refuseSubscribed(p.id, 'snippets');
      return { deleted: await toneRepo.deleteSnippet(db, p.id) };
    },
    'snippets.used': async (p) => ({ usageCount: await toneRepo.snippetUsed(db, p.id) }),
    'settings.set': async (p) => {
      const before = await repo.getSettings(db);
      const after = await repo.updateSettings(db, p);
      // Saved first: roaming failing must not undo a setting the user chose.
      await effects.roaming
        ?.localChanged(before, after)
        .catch((e: unknown) => console.error('[tact] roaming failed', e));
      // Open pages keep their UI in step; a tab that cannot be told still reads it at its next load.
      if (before.language !== after.language) {
        await effects
          .pushLanguage?.(after.language)
          .catch((e: unknown) => console.error('[tact] language push failed', e));
      }
      return after;
    },
    'tab.summary': async (p) => {
      const platform = platformOfUrl(p.url);
      const counts = await repo.tabCounts(db, p.tabId);
      let health: 'ok' | 'no_items' | 'unknown' = 'unknown';
      if (platform) {
        const row = await db.health.get(platform);
        if (row) health = row.found > 0 ? 'ok' : 'no_items';
        if (counts.items > 0) health = 'ok';
      }
      return { platform, ...counts, health };
    },
    ...createAiHandlers(db, effects.ai),
    ...createTonePageHandlers(db, () => effects.now?.() ?? Date.now(), effects.shortcut),
  };
}
