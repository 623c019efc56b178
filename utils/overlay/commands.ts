// The content script's side of messages sent to its tab (browser.tabs.sendMessage) by the
// extension's own pages or background: "composer.insert". Anything not sent by this
// extension is ignored, so page scripts cannot drive it (they cannot reach this listener anyway).
// Also "overlay.reveal": "open" from the inbox scrolls to the item and opens its card.
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessageType, ContentRequestOf, ContentResponseOf, Reply } from '../messaging/protocol';
import { currentComposer, locateComposer, type ComposerPlace } from '../platforms/composer';
import type { Adapter } from '../platforms/types';
import { copyToClipboard, insertText } from './insert';
import { BADGE_TAG, openBadgeCard } from '../mentions/page/badge';
import { pageLanguage, setPageLanguageSetting } from './page-lang';
import { showToast } from './toast';
import { insertFirstSuggestion, repliesPage } from '../tone/page/replies';
import { authorChangedOnPage } from '../trolls/page/overlay';
import { t } from './i18n';
import { readContentMessage } from './wire';

type Sender = Browser.runtime.MessageSender;

/** True only for this extension's own pages and background. */
export function fromThisExtension(
  sender: Sender,
  extensionId = browser.runtime.id,
  origin = browser.runtime.getURL('/'),
): boolean {
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
  let place: ComposerPlace = 'own';
  if (platformId) {
    const node = adapter.findItems(doc).find((n) => {
      try {
        return adapter.extract(n)?.platformId === platformId;
      } catch {
        return false;
      }
    });
    const found = node ? await locateComposer(adapter, node) : null;
    composer = found?.composer ?? null;
    place = found?.place ?? 'own';
  } else {
    composer = currentComposer(adapter.platform, doc);
  }
  if (!composer) return { ok: false, reason: 'no_composer', copied: await copyToClipboard(text) };
  const result = await insertText(composer, text);
  // Typed into the post's box, not the comment's thread: the CM must know before sending it.
  if (result.ok && place === 'thread') showToast(doc, t(pageLanguage(), 'insert.inPostBox'));
  return result;
}

/** Scrolls to the item with `platformId` and opens its badge's card; false when it is not on the page. */
export function revealItem(adapter: Adapter, doc: Document, platformId: string): boolean {
  const node = adapter.findItems(doc).find((n) => {
    try {
      return adapter.extract(n)?.platformId === platformId;
    } catch {
      return false;
    }
  });
  if (!node) return false;
  node.scrollIntoView({ block: 'center' });
  const badge = node.querySelector(BADGE_TAG);
  if (badge) openBadgeCard(badge);
  return true;
}

type Handler = (payload: unknown, adapter: Adapter) => Promise<unknown>;

const HANDLERS: Record<ContentMessageType, Handler> = {
  'composer.insert': async (p, adapter) => {
    const { text, platformId } = p as ContentRequestOf<'composer.insert'>;
    const result = await insertReply(adapter, document, text, platformId);
    // Never fail silently: say where the reply went when it could not be typed in.
    if (!result.ok) showToast(document, t(pageLanguage(), result.copied ? 'insert.copied' : 'insert.failed'));
    return result;
  },
  'overlay.reveal': async (p, adapter) => ({
    found: revealItem(adapter, document, (p as ContentRequestOf<'overlay.reveal'>).platformId),
  }),
  // The "insert-suggestion" keyboard command, relayed by the background to the active tab.
  'suggest.insertFirst': async () => {
    const page = repliesPage();
    return page ? insertFirstSuggestion(page) : { inserted: false, reason: 'no_item' };
  },
  'tone.focusMeter': async () => {
    const page = repliesPage();
    const focused = page?.focusMeter?.() ?? false;
    if (!focused) showToast(document, t(pageLanguage(), 'meter.nothing'));
    return { focused };
  },
  'overlay.author': async (p) => ({ updated: authorChangedOnPage(p as ContentRequestOf<'overlay.author'>) }),
  'overlay.settings': async (p) => ({
    changed: setPageLanguageSetting((p as ContentRequestOf<'overlay.settings'>).language),
  }),
};

export function listenForCommands(ctx: ContentScriptContext, adapter: Adapter): void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (!fromThisExtension(sender)) return undefined;
    const read = readContentMessage(message);
    if (!read) return undefined;
    if ('invalid' in read) {
      sendResponse({
        ok: false,
        error: { code: 'invalid', message: `Invalid "${read.type}" request.` },
      } satisfies Reply<never>);
      return undefined;
    }
    HANDLERS[read.type](read.payload, adapter).then(
      (data) => sendResponse({ ok: true, data } satisfies Reply<typeof data>),
      (error: unknown) =>
        sendResponse({
          ok: false,
          error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
        } satisfies Reply<never>),
    );
    return true; // answered asynchronously through sendResponse
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
