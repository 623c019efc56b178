// The browser's lifecycle events the background follows: what closed or old tabs showed is forgotten,
// a first install opens the onboarding page, and the toolbar button does not open the side panel.
import { browser } from 'wxt/browser';
import { clearTab } from '../mentions/repo';
import type { TactDB } from '../db/schema';

export function startLifecycle(db: TactDB): void {
  // Tab ids are reused after a browser restart: what old tabs showed must not appear in new ones.
  browser.runtime.onStartup.addListener(() => void db.sightings.clear());
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(db, tabId));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  // Chrome opens the side panel from the toolbar's context; Firefox uses its sidebar instead.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
}
