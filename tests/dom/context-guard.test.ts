// A page script cannot switch Tact's content script off by dispatching WXT's "newer copy started"
// event (its name is public: the extension id and the script name); a disconnected copy still stops.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardContext, SCRIPT_STARTED } from '../../utils/overlay/context-guard';

const started = (name: string) =>
  new CustomEvent(SCRIPT_STARTED, {
    detail: { contentScriptName: name, messageId: 'from-the-page' },
  });

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  fakeBrowser.reset();
});

function context(): ContentScriptContext {
  const ctx = new ContentScriptContext('x');
  contexts.push(ctx);
  return ctx;
}

describe('guardContext', () => {
  it('keeps Tact running when a page script dispatches WXT’s start-up event', () => {
    const ctx = context();
    guardContext(ctx);
    document.dispatchEvent(started('x'));
    expect(ctx.isInvalid).toBe(false);
  });

  it('is needed: without it, the same event switches the content script off', () => {
    const ctx = context();
    document.dispatchEvent(started('x'));
    expect(ctx.isInvalid).toBe(true);
  });

  it('lets a disconnected copy (the extension reloaded) be stopped by the newer one', () => {
    const ctx = context();
    guardContext(ctx);
    const id = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
    Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
    try {
      document.dispatchEvent(started('x'));
      expect(ctx.signal.aborted).toBe(true);
    } finally {
      if (id) Object.defineProperty(fakeBrowser.runtime, 'id', id);
    }
  });
});
