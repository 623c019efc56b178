// Opening Tact's other pages from the popup. The side panel is Chrome's sidePanel, Firefox's
// sidebar, or — where neither exists — the same page in a tab pinned to the tab it describes.
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Must run straight from a click: both browsers only open panels on a user gesture. */
export async function openSidePanel(tabId: number | null): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
  try {
    if (sidePanel && tabId !== null) return await sidePanel.open({ tabId });
    if (sidebar) return await sidebar.open();
  } catch (error) {
    console.warn('[tact] no side panel, opening a tab instead', error);
  }
  const query = tabId !== null ? `?tabId=${tabId}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') + query });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
