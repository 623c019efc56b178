// Background service worker: wires the message router to the database and the toolbar badge.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { TactDB } from '../../utils/db/schema';
import { clearTab, getSettings } from '../../utils/db/repo';
import { createHandlers } from '../../utils/background/handlers';
import { startBackgroundSync, SyncService } from '../../utils/sync/service';
import { createRouter } from '../../utils/messaging/router';
import { createBuiltinProvider, detectBuiltin, type BuiltinScope } from '../../utils/tone/core/ai/builtin';
import { Roamer, type SyncArea } from '../../utils/sync/roaming';
import { createSubscriptions } from '../../utils/kit/subscriptions';
import { POLL_MINUTES } from '../../utils/kit/core/subscription';
import { PLATFORM_MATCHES } from '../../utils/platforms/hosts';
import type { UiLanguage } from '../../utils/settings/core/schema';

export default defineBackground(() => {
  const db = new TactDB();
  // Chrome's built-in model is a window API; if a future Chrome offers it to service workers, use it here.
  const aiScope = globalThis as unknown as BuiltinScope;
  // Settings roaming: storage.sync when the browser has it (read at start-up and when it changes).
  const sync = browser.storage?.sync as unknown as SyncArea | undefined;
  const roamer = sync ? new Roamer({ db, sync }) : undefined;
  // Open platform tabs redraw their UI in a new language setting (overlay.settings, page-lang.ts).
  // Only the tabs the content scripts run in; one that does not answer (still loading) reads it at start.
  async function pushLanguage(language: UiLanguage): Promise<void> {
    const tabs = await browser.tabs.query({ url: Object.values(PLATFORM_MATCHES).flat() });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? undefined
          : browser.tabs.sendMessage(tab.id, { type: 'overlay.settings', payload: { language } }).catch(() => {}),
      ),
    );
  }
  if (roamer) {
    // A language roamed in from another device is pushed to open tabs like one set here.
    const pull = async () => {
      const before = (await getSettings(db)).language;
      await roamer.pull();
      const after = (await getSettings(db)).language;
      if (after !== before) await pushLanguage(after);
    };
    void pull().catch((e: unknown) => console.error('[tact] roaming', e));
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'sync') void pull().catch((e: unknown) => console.error('[tact] roaming', e));
    });
  }
  // Subscribed brand kits: checked at start-up, on an alarm, and on "refresh now".
  const subscriptions = createSubscriptions({
    db,
    fetch: (url, init) => fetch(url, init),
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    now: Date.now,
  });
  const refreshKits = () =>
    void subscriptions.refresh().catch((e: unknown) => console.error('[tact] brand-kit refresh', e));
  void browser.alarms.get('tact-kits').then((alarm) => {
    if (!alarm) void browser.alarms.create('tact-kits', { periodInMinutes: POLL_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'tact-kits') refreshKits();
  });
  browser.runtime.onStartup.addListener(refreshKits);
  const teamSync = new SyncService(db);
  const handlers = createHandlers(
    db,
    {
      ai: detectBuiltin(aiScope) ? { runBuiltin: (req) => createBuiltinProvider(aiScope).rewrite(req) } : {},
      subscriptions,
      roaming: roamer,
      async setBadge(tabId, count) {
        await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => {});
        await browser.action.setBadgeBackgroundColor({ tabId, color: '#c2410c' }).catch(() => {});
      },
      async revealInTab(tabId, platformId) {
        // Ask first (scrolling works in a background tab), and bring the tab forward only if it shows the item.
        const reply = (await browser.tabs.sendMessage(tabId, { type: 'overlay.reveal', payload: { platformId } })) as {
          ok?: boolean;
          data?: { found?: boolean };
        };
        if (reply?.ok !== true || reply.data?.found !== true) return false;
        const tab = await browser.tabs.update(tabId, { active: true });
        if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
        return true;
      },
      async shortcut() {
        const commands = await browser.commands?.getAll();
        return commands?.find((c) => c.name === 'insert-suggestion')?.shortcut || null;
      },
      async pushAuthor(tabId, memory) {
        await browser.tabs.sendMessage(tabId, { type: 'overlay.author', payload: memory });
      },
      pushLanguage,
      async openTab(url) {
        await browser.tabs.create({ url });
      },
      async notify(alert) {
        const fr = browser.i18n.getUILanguage().startsWith('fr');
        await browser.notifications.create(`tact-spike-${alert.brandId}-${Date.now()}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: fr
            ? `Tact : pic de mentions négatives pour ${alert.brandName}`
            : `Tact: spike of negative mentions for ${alert.brandName}`,
          message: fr
            ? `${alert.recent} mentions négatives ou urgentes dans la dernière heure (d'habitude ${alert.usual.toFixed(1)}). Ouvrez la boîte de réception.`
            : `${alert.recent} negative or urgent mentions in the last hour (usually ${alert.usual.toFixed(1)}). Open the inbox.`,
        });
      },
    },
    teamSync,
  );
  // Team sync (when joined): at start-up, on an alarm, and shortly after local edits.
  startBackgroundSync(teamSync, browser.alarms);
  const handle = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onError: (type, error) => console.error(`[tact] ${type}`, error),
  });

  // Answer through sendResponse and return true: accepted by Chromium, Firefox and WXT's fake browser.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    void handle(message, sender).then(sendResponse);
    return true;
  });

  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith('tact-spike-'))
      void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=inbox') });
  });

  // Tab ids are reused after a browser restart: what old tabs showed must not appear in new ones.
  browser.runtime.onStartup.addListener(() => void db.sightings.clear());

  // Keyboard shortcuts: the active tab's content script knows which reply box is meant.
  const SHORTCUTS: Record<string, string> = {
    'insert-suggestion': 'suggest.insertFirst',
    'focus-tone-meter': 'tone.focusMeter',
  };
  browser.commands?.onCommand.addListener((command, tab) => {
    const type = SHORTCUTS[command];
    if (!type) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { type, payload: {} }).catch(() => {});
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTab(db, tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });

  // Chrome opens the side panel from the toolbar's context; Firefox uses its sidebar instead.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
