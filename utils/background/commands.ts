// Keyboard shortcuts (manifest "commands"): the active tab's content script knows which reply box is meant.
import { browser } from 'wxt/browser';

const SHORTCUTS: Record<string, string> = {
  'insert-suggestion': 'suggest.insertFirst',
  'focus-tone-meter': 'tone.focusMeter',
};

export function startCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const type = SHORTCUTS[command];
    if (!type) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { type, payload: {} }).catch(() => {});
    })();
  });
}
