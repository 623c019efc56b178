// Open platform tabs redraw their UI in a new language setting (overlay.settings, overlay/page-lang.ts).
// Only the tabs the content scripts run in; one that does not answer (still loading) reads it at start.
import { browser } from 'wxt/browser';
import { PLATFORM_MATCHES } from '../platforms/hosts';
import type { UiLanguage } from './core/schema';

export async function pushLanguage(language: UiLanguage): Promise<void> {
  const tabs = await browser.tabs.query({ url: Object.values(PLATFORM_MATCHES).flat() });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'overlay.settings', payload: { language } }).catch(() => {}),
    ),
  );
}
