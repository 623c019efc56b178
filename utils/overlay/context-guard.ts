// WXT switches an older copy of a content script off when a newer copy starts, on a DOM event whose
// name holds only the extension's id and the script's name (both public): any page script could
// dispatch it and switch Tact off. Only a disconnected copy (the extension reloaded) may be stopped.
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event's name, as WXT makes it (private in its types, public in the page). */
export const SCRIPT_STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** Stops the start-up event before WXT's own listener sees it while this copy is still connected. */
export function guardContext(ctx: ContentScriptContext, win: Window = window): void {
  const refuse = (e: Event) => {
    // A real newer copy only starts after the extension reloaded, which disconnects this one
    // (runtime.id goes away): then WXT may stop it, as it would at its next isInvalid check anyway.
    if (browser.runtime?.id != null) e.stopImmediatePropagation();
  };
  // Capturing on window runs before the listener WXT put on the document.
  ctx.addEventListener(win, SCRIPT_STARTED, refuse, { capture: true });
}
