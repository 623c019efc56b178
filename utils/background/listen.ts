// The background's one message listener: every message goes through the router (checks, then handler).
import { browser } from 'wxt/browser';
import { createRouter, type Handlers } from '../messaging/router';

export function listenForMessages(handlers: Handlers): void {
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
}
