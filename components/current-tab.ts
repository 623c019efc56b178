// Which browser tab a page is about. `?tabId=N` in the page's URL pins it (tests, the demo, and the
// side panel opened as a plain tab); otherwise it is the active tab of this window, followed live.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface CurrentTab {
  /** null when there is no tab to show (no active tab, or one the extension cannot see). */
  tabId: number | null;
  url?: string;
  /** True when the page URL named the tab. */
  pinned: boolean;
}

export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : null;
}

/** The tab, or undefined while it is being looked up. */
export function useCurrentTab(): CurrentTab | undefined {
  const [tab, setTab] = useState<CurrentTab | undefined>();

  useEffect(() => {
    const pinned = tabIdFromSearch(globalThis.location?.search ?? '');
    let latest = 0;
    let live = true;

    async function refresh() {
      const call = ++latest;
      let next: CurrentTab;
      try {
        if (pinned !== null) {
          const found = await browser.tabs.get(pinned).catch(() => undefined);
          next = { tabId: pinned, url: found?.url, pinned: true };
        } else {
          const [active] = await browser.tabs.query({ active: true, currentWindow: true });
          const id = active?.id;
          next = { tabId: typeof id === 'number' && id >= 0 ? id : null, url: active?.url, pinned: false };
        }
      } catch (error) {
        console.error('[tact] could not find the current tab', error);
        next = { tabId: pinned, pinned: pinned !== null };
      }
      // Answers can arrive out of order when tabs change quickly: keep the newest question's.
      if (live && call === latest) setTab(next);
    }

    const onActivated = () => {
      if (pinned === null) void refresh();
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (pinned !== null && tabId !== pinned) return;
      if (change.url !== undefined || change.status === 'complete') void refresh();
    };

    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return tab;
}
