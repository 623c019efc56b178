// The content script's side of messages sent to its tab (browser.tabs.sendMessage) by the
// extension's own pages or background: today only "composer.insert". Anything not sent by this
// extension is ignored, so page scripts cannot drive it (they cannot reach this listener anyway).
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentProtocol, envelopeSchema, type ContentResponseOf, type Reply } from '../messaging/protocol';
import { currentComposer, findComposer } from '../platforms/composer';
import type { Adapter } from '../platforms/types';
import { copyToClipboard, insertText } from './insert';

type Sender = Browser.runtime.MessageSender;

/** True only for this extension's own pages and background. */
export function fromThisExtension(sender: Sender, extensionId = browser.runtime.id, origin = browser.runtime.getURL('/')): boolean {
  if (!sender || sender.id !== extensionId) return false;
  return sender.url === undefined || sender.url.startsWith(origin);
}

/** Inserts `text` into the reply box of the item with `platformId`, or the focused/first composer. */
export async function insertReply(
  adapter: Adapter,
  doc: Document,
  text: string,
  platformId?: string,
): Promise<ContentResponseOf<'composer.insert'>> {
  let composer: Element | null = null;
  if (platformId) {
    const node = adapter.findItems(doc).find((n) => {
      try {
        return adapter.extract(n)?.platformId === platformId;
      } catch {
        return false;
      }
    });
    composer = node ? await findComposer(adapter, node) : null;
  } else {
    composer = currentComposer(adapter.platform, doc);
  }
  if (!composer) return { ok: false, reason: 'no_composer', copied: await copyToClipboard(text) };
  return insertText(composer, text);
}

export function listenForCommands(ctx: ContentScriptContext, adapter: Adapter): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!fromThisExtension(sender)) return undefined;
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success || envelope.data.type !== 'composer.insert') return undefined;
    const payload = contentProtocol['composer.insert'].request.safeParse(envelope.data.payload ?? {});
    if (!payload.success) {
      sendResponse({ ok: false, error: { code: 'invalid', message: 'Invalid "composer.insert" request.' } } satisfies Reply<never>);
      return undefined;
    }
    insertReply(adapter, document, payload.data.text, payload.data.platformId).then(
      (data) => sendResponse({ ok: true, data } satisfies Reply<typeof data>),
      (error: unknown) =>
        sendResponse({ ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } } satisfies Reply<never>),
    );
    return true; // answered asynchronously through sendResponse
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
