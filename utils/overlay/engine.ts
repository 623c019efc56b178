// The in-page engine all platforms share: one MutationObserver that only marks work, scans in
// small time slices, sends new or changed items to the background in batches, and draws a badge
// on the items that mention a brand. Everything hangs off WXT's ctx so it stops on reload.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { itemKey, itemSchema, type Item } from '../platforms/item';
import type { Adapter } from '../platforms/types';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { BADGE_TAG, createBadge, updateBadge } from '../mentions/page/badge';
import { badgeContent } from '../mentions/page/card';
import { onPageLanguageChange, pageLanguage } from './page-lang';
import { MentionHighlighter } from './highlight';
import { rememberItem } from '../tone/page/replies';
import { TrollLayer } from '../trolls/page/overlay';
import { CHIP_TAG, FLAG_TAG } from './tags';

export interface OverlayDeps {
  send<K extends 'page.start' | 'items.seen' | 'page.health' | 'trolls.review' | 'authors.label'>(
    type: K,
    payload: RequestOf<K>,
  ): Promise<ResponseOf<K>>;
  /** How long a page may show nothing before the adapter reports it (ms). */
  healthDelay?: number;
}

const SLICE_MS = 8;
const BATCH_MAX = 100;
const RETRY_MS = 2000;

/** The page's URL as the background accepts it: tracking queries can make it longer than 2 kB. */
function pageUrl(): string {
  const href = location.href;
  return href.length <= 2048 ? href : location.origin + location.pathname.slice(0, 1500);
}
/**
 * After an SPA navigation, items still showing from the previous page (same node, same content)
 * wait this long before being sent: SPAs often keep the old view until the new page's data
 * arrives, and sending it would list the old page's items as the new page's. Those still there
 * afterwards belong to the new page too (a feed under a modal) and are sent then.
 */
const CARRY_OVER_HOLD_MS = 1500;

/** A 32-bit hash of an element's text: changes when what it shows changes. Badges add no text. */
function textStamp(node: Element): number {
  const text = node.textContent ?? '';
  let h = text.length;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

export function runOverlay(ctx: ContentScriptContext, adapter: Adapter, deps: OverlayDeps): void {
  const doc = document;
  // node → signature of what was last sent for it (id + text length), so recycled nodes rescan.
  let seen = new WeakMap<Element, string>();
  // The previous page's `seen`, and until when its unchanged nodes are held back.
  let previous = new WeakMap<Element, string>();
  let holdUntil = 0;
  const badges = new WeakMap<Element, HTMLElement>();
  const highlighter = new MentionHighlighter(doc);
  // Troll flags, their cue highlights and author chips (trolls.ts), in the page language of the moment.
  const trolls = new TrollLayer(doc, adapter, pageLanguage, (type, payload) => deps.send(type, payload));
  // node → a cheap stamp of its text when last read: an unchanged node is not read again (reading
  // means the adapter's extraction and a schema check, far costlier than hashing the text).
  let stamps = new WeakMap<Element, number>();
  let queue: Element[] = [];
  let next = 0;
  let slicing = false;
  let page = 0;
  let scheduled = false;
  let found = 0;

  const startPage = (navigated: boolean) => {
    previous = navigated ? seen : new WeakMap();
    holdUntil = navigated ? performance.now() + CARRY_OVER_HOLD_MS : 0;
    seen = new WeakMap();
    stamps = new WeakMap();
    found = 0;
    page++;
    void deps.send('page.start', { platform: adapter.platform, url: pageUrl(), page }).catch(() => {});
    schedule();
    if (navigated) ctx.setTimeout(schedule, CARRY_OVER_HOLD_MS + 50);
    ctx.setTimeout(reportHealth, deps.healthDelay ?? 4000);
  };

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
    const deadline = performance.now() + SLICE_MS;
    const batch: Array<{ item: Item; node: Element }> = [];
    while (next < queue.length && performance.now() < deadline) {
      const node = queue[next++]!;
      const stamp = textStamp(node);
      if (
        stamps.get(node) === stamp &&
        (!seen.has(node) || (badgeIntact(node) && highlighter.intact(node) && trolls.intact(node)))
      )
        continue;
      const raw = safeExtract(node);
      const parsed = raw ? itemSchema.safeParse(raw) : null;
      if (!parsed?.success) {
        stamps.set(node, stamp); // not an item as it stands: look again only when its text changes
        continue;
      }
      const item = parsed.data;
      const signature = `${itemKey(item)}#${item.text.length}`;
      if (previous.get(node) === signature && performance.now() < holdUntil) continue;
      stamps.set(node, stamp);
      if (seen.get(node) === signature && badgeIntact(node) && highlighter.intact(node) && trolls.intact(node))
        continue;
      seen.set(node, signature);
      batch.push({ item, node });
      if (batch.length >= BATCH_MAX) break;
    }
    if (batch.length > 0) void sendBatch(batch);
    if (next < queue.length && !ctx.isInvalid) ctx.setTimeout(processSlice, 0);
    else slicing = false;
  }

  function safeExtract(node: Element) {
    try {
      return adapter.extract(node);
    } catch {
      return null; // A broken layout skips the node; health reporting makes it visible.
    }
  }

  function badgeIntact(node: Element): boolean {
    const badge = badges.get(node);
    return !badge || node.contains(badge);
  }

  async function sendBatch(batch: Array<{ item: Item; node: Element }>) {
    found += batch.length;
    let reply: ResponseOf<'items.seen'>;
    try {
      reply = await deps.send('items.seen', {
        platform: adapter.platform,
        page,
        url: pageUrl(),
        items: batch.map((b) => b.item),
      });
    } catch (error) {
      // Refused as invalid or forbidden: sending it again would be refused again. Say so once.
      const code = (error as { body?: { code?: string } } | null)?.body?.code;
      if (code === 'invalid' || code === 'forbidden' || code === 'bad_message') {
        console.warn(`[tact] ${adapter.platform}: the background refused a batch (${code})`, error);
        return;
      }
      // The background may be restarting: forget these nodes so a later scan sends them again.
      for (const { item, node } of batch) {
        if (!seen.get(node)?.startsWith(`${itemKey(item)}#`)) continue;
        seen.delete(node);
        stamps.delete(node);
      }
      ctx.setTimeout(schedule, RETRY_MS);
      return;
    }
    for (const { item, node } of batch) {
      const result = reply.results.find((r) => r.key === itemKey(item));
      if (!result || ctx.isInvalid) continue;
      // The node may have been recycled for another item while we waited.
      if (!seen.get(node)?.startsWith(`${result.key}#`)) continue;
      drawBadge(node, result);
      rememberItem({
        key: result.key,
        brandIds: result.mentions.map((m) => m.brandId),
        lang: result.analysis?.lang ?? null,
        author: item.author.name || item.author.handle,
      });
      trolls.draw(node, item, result);
      // Highlight the very characters that matched, wherever they sit in the node's text.
      highlighter.set(
        node,
        result.mentions.map((m) => item.text.slice(m.start, m.end)),
      );
    }
  }

  function drawBadge(node: Element, result: ResponseOf<'items.seen'>['results'][number]) {
    const existing = badges.get(node);
    if (result.mentions.length === 0) {
      existing?.remove();
      badges.delete(node);
      return;
    }
    const content = badgeContent(result.mentions, result.analysis, pageLanguage(), result.key);
    if (existing && node.contains(existing)) {
      updateBadge(existing, content);
      return;
    }
    existing?.remove();
    const badge = createBadge(doc, content);
    adapter.badgeAnchor(node).append(badge);
    badges.set(node, badge);
  }

  // Ignore mutations that are only our own badges being added or removed.
  const OURS = new Set([BADGE_TAG, FLAG_TAG, CHIP_TAG, 'tact-toast']);
  const isOurs = (n: Node) => n.nodeType === 1 && OURS.has((n as Element).tagName.toLowerCase());
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurs)) continue;
      schedule();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // The language setting changed: what is drawn speaks the old one. Take it down and rescan, so
  // every badge, flag and chip is drawn again through the usual path (a rare event; one batch).
  const stopLanguage = onPageLanguageChange(() => {
    for (const el of doc.querySelectorAll(`${BADGE_TAG}, ${FLAG_TAG}, ${CHIP_TAG}`)) el.remove();
    seen = new WeakMap();
    stamps = new WeakMap();
    schedule();
  });
  ctx.onInvalidated(() => {
    stopLanguage();
    highlighter.dispose();
    trolls.dispose();
    observer.disconnect();
    for (const el of doc.querySelectorAll(`${BADGE_TAG}, ${FLAG_TAG}, ${CHIP_TAG}`)) el.remove();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => startPage(true));
  startPage(false);
}
