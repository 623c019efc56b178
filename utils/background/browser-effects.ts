// The background's side effects in the real browser (tests pass fakes): the toolbar badge, tabs,
// notifications, pushes to content scripts, the built-in AI model, roaming and kit subscriptions.
import { browser } from 'wxt/browser';
import { createBuiltinProvider, detectBuiltin, type BuiltinScope } from '../tone/core/ai/builtin';
import { notifySpike } from '../mentions/notify';
import { pushLanguage } from '../settings/push-language';
import type { Roamer } from '../sync/roaming';
import type { Subscriptions } from '../kit/subscriptions';
import type { Effects } from './deps';

export function browserEffects(services: { roamer?: Roamer; subscriptions: Subscriptions }): Effects {
  // Chrome's built-in model is a window API; if a future Chrome offers it to service workers, use it here.
  const aiScope = globalThis as unknown as BuiltinScope;
  return {
    ai: detectBuiltin(aiScope) ? { runBuiltin: (req) => createBuiltinProvider(aiScope).rewrite(req) } : {},
    subscriptions: services.subscriptions,
    roaming: services.roamer,
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
    notify: notifySpike,
  };
}
