// The in-page engine all platforms share: one MutationObserver that only marks work, a scan in
// small time slices (scanner.ts), batches sent to the background (sender.ts) and what is drawn on
// the items it answers for (renderers.ts). Everything hangs off WXT's ctx so it stops on reload.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keyOf as itemKey } from './item-check';
import type { Adapter } from '../platforms/types';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { onPageLanguageChange } from './page-lang';
import { observePage } from './observer';
import { Renderers } from './renderers';
import { CARRY_OVER_HOLD_MS, Scanner, type Found } from './scanner';
import { pageUrl, sendItems } from './sender';

export interface OverlayDeps {
  send<K extends 'page.start' | 'items.seen' | 'page.health' | 'trolls.review' | 'authors.label'>(
    type: K,
    payload: RequestOf<K>,
  ): Promise<ResponseOf<K>>;
  /** How long a page may show nothing before the adapter reports it (ms). */
  healthDelay?: number;
}

const RETRY_MS = 2000;

export function runOverlay(ctx: ContentScriptContext, adapter: Adapter, deps: OverlayDeps): void {
  const doc = document;
  const renderers = new Renderers(doc, adapter, (type, payload) => deps.send(type, payload));
  const scanner = new Scanner(adapter, (node) => renderers.intact(node));
  let queue: Element[] = [];
  let next = 0;
  let slicing = false;
  let page = 0;
  let scheduled = false;
  let found = 0;

  const startPage = (navigated: boolean) => {
    scanner.newPage(navigated);
    found = 0;
    page++;
    void deps.send('page.start', { platform: adapter.platform, url: pageUrl(), page }).catch(() => {});
    schedule();
    if (navigated) ctx.setTimeout(schedule, CARRY_OVER_HOLD_MS + 50);
    ctx.setTimeout(reportHealth, deps.healthDelay ?? 4000);
  };

  // An adapter that finds nothing where items are expected says so once per page (the popup shows it).
  const reportHealth = () => {
    let url: URL;
    try {
      url = new URL(location.href);
    } catch {
      return;
    }
    if (adapter.expectsItems(url)) {
      void deps.send('page.health', { platform: adapter.platform, url: url.href, found }).catch(() => {});
    }
  };

  function schedule() {
    if (scheduled || ctx.isInvalid) return;
    scheduled = true;
    ctx.requestAnimationFrame(() => {
      scheduled = false;
      queue = adapter.findItems(doc);
      next = 0;
      // One chain of slices at a time: a new scan replaces the queue the running chain reads.
      if (!slicing) processSlice();
    });
  }

  // Reads items for a few milliseconds at a time, then yields to the page.
  function processSlice() {
    slicing = true;
    const slice = scanner.slice(queue, next);
    next = slice.next;
    if (slice.batch.length > 0) void sendBatch(slice.batch);
    if (next < queue.length && !ctx.isInvalid) ctx.setTimeout(processSlice, 0);
    else slicing = false;
  }

  async function sendBatch(batch: Found[]) {
    found += batch.length;
    const sent = await sendItems(deps.send, adapter.platform, page, batch);
    if (!('results' in sent)) {
      // Forget these nodes so a later scan sends them again (unless the background refused them).
      if (sent.retry) {
        scanner.forget(batch);
        ctx.setTimeout(schedule, RETRY_MS);
      }
      return;
    }
    for (const { item, node } of batch) {
      const result = sent.results.find((r) => r.key === itemKey(item));
      if (!result || ctx.isInvalid) continue;
      // The node may have been recycled for another item while we waited.
      if (!scanner.shows(node, result.key)) continue;
      renderers.draw(node, item, result);
    }
  }

  const observer = observePage(doc, schedule);
  // The language setting changed: what is drawn speaks the old one. Take it down and rescan, so
  // every badge, flag and chip is drawn again through the usual path (a rare event; one batch).
  const stopLanguage = onPageLanguageChange(() => {
    renderers.removeAll();
    scanner.forgetAll();
    schedule();
  });
  ctx.onInvalidated(() => {
    stopLanguage();
    renderers.dispose();
    observer.disconnect();
    renderers.removeAll();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => startPage(true));
  startPage(false);
}
