// Browser tests talk to the built extension's background as its own pages do: a runtime message sent
// from an extension page (the options page, say), answered with the router's { ok, data } reply.
import type { Page } from 'playwright-core';

/** Sends message `type` with `payload` to the background from extension page `ext`; its reply. */
export function callBackground<T>(ext: Page, type: string, payload: unknown): Promise<{ ok: boolean; data: T }> {
  return ext.evaluate(async ({ type, payload }) => chrome.runtime.sendMessage({ type, payload }), {
    type,
    payload,
  }) as Promise<{ ok: boolean; data: T }>;
}
