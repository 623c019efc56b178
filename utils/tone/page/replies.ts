// In-page replies, the page's side (issue #6 parts 5 and 6): which item a reply box answers, putting a
// suggestion into that item's box and logging it, the keyboard command, and the wiring of the live
// tone meter and the "/" quick insert to the site's composers. One instance per content script.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keyOf as itemKey } from '../../overlay/item-check';
import { t } from '../../overlay/i18n';
import type { ContentResponseOf, RequestOf, ResponseOf } from '../../messaging/protocol';
import { COMPOSERS, composersIn, locateComposer } from '../../platforms/composer';
import type { Adapter } from '../../platforms/types';
import { pageLanguage } from '../../mentions/page/card';
import { copyToClipboard, insertText, type InsertResult } from '../../overlay/insert';
import { startMeter } from './meter-wiring';
import { startQuickInsert } from '../../snippets/page/quick-insert';
import { showToast } from '../../overlay/toast';
import type { ReplySource } from '../../reports/core/types';
import type { ReplyPurpose } from '../../care/core/care-info';

type Sendable =
  | 'suggest.forItem'
  | 'replies.log'
  | 'snippets.forPage'
  | 'snippets.used'
  | 'tone.forPage'
  | 'ai.status'
  | 'ai.rewrite';
export type Send = <K extends Sendable>(type: K, payload: RequestOf<K>) => Promise<ResponseOf<K>>;

/** What the card knew about an item when it drew its badge. */
export interface KnownItem {
  key: string;
  brandIds: string[];
  lang: 'fr' | 'en' | null;
  author: string;
}

export interface RepliesPage {
  adapter: Adapter;
  send: Send;
  doc: Document;
  lang: 'fr' | 'en';
  /** The item whose card was opened (or answered) last: the keyboard command's fallback target. */
  lastKey: string | null;
  known: Map<string, KnownItem>;
  /** Composers Tact wrote into, and the item they answer (a modal reply box is outside its item). */
  answering: WeakMap<Element, string>;
  /** The brands' tone profiles, fetched once per page (the meter and the quick insert share them). */
  tone: Promise<ResponseOf<'tone.forPage'>> | null;
  /** Moves the keyboard focus to the tone meter's first fix; false when the meter shows none. */
  focusMeter?: () => boolean;
}

/** The page's tone profiles, fetched on first use; a failed fetch is tried again next time. */
export function pageTone(page: RepliesPage): Promise<ResponseOf<'tone.forPage'>> {
  page.tone ??= page.send('tone.forPage', {}).catch((error: unknown) => {
    page.tone = null;
    throw error;
  });
  return page.tone;
}

let current: RepliesPage | null = null;

/** The running page's state; null in a page without a content script (tests build their own). */
export function repliesPage(): RepliesPage | null {
  return current;
}

const KNOWN_MAX = 2000;

/** Remembered from each drawn badge: the meter picks the brand's profile, the quick insert the author. */
export function rememberItem(item: KnownItem): void {
  const known = current?.known;
  if (!known) return;
  known.delete(item.key);
  known.set(item.key, item);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
}

export function noteOpened(key: string): void {
  if (current) current.lastKey = key;
}

/** The item node whose key is `key`, if it is on the page. */
export function nodeOfKey(page: RepliesPage, key: string): Element | null {
  for (const n of page.adapter.findItems(page.doc)) {
    try {
      const raw = page.adapter.extract(n);
      if (raw && itemKey({ platform: page.adapter.platform, platformId: raw.platformId }) === key) return n;
    } catch {
      // A node the adapter cannot read is not the one.
    }
  }
  return null;
}

/** The reply box `el` is in, if it is one of the site's composers. */
export function composerOf(page: RepliesPage, el: EventTarget | null): Element | null {
  if (!(el instanceof Node)) return null;
  for (const c of composersIn(page.doc, COMPOSERS[page.adapter.platform])) if (c === el || c.contains(el)) return c;
  return null;
}

/** The key of the item a composer answers: the one Tact wrote for, else the item it sits in. */
export function keyOfComposer(page: RepliesPage, composer: Element): string | null {
  const noted = page.answering.get(composer);
  if (noted) return noted;
  let best: Element | null = null;
  for (const n of page.adapter.findItems(page.doc)) if (n.contains(composer) && (!best || best.contains(n))) best = n;
  if (!best) return null;
  try {
    const raw = page.adapter.extract(best);
    return raw ? itemKey({ platform: page.adapter.platform, platformId: raw.platformId }) : null;
  } catch {
    return null;
  }
}

export type ReplyOutcome = InsertResult & { logged: boolean };

/** Where a suggestion's text came from: a team snippet it was built from, else Tact's own suggestion. */
export function suggestionSource(s: { snippet: string | null }): ReplySource {
  return s.snippet ? 'snippet' : 'suggestion';
}

/**
 * Puts `text` into the reply box of the item `key` (opening it with the item's own reply button if
 * needed), verified by read-back, and logs it with where it came from (`source`). Tells the CM when it
 * could only copy it.
 */
export async function insertForItem(
  page: RepliesPage,
  key: string,
  text: string,
  source: ReplySource,
  purpose: ReplyPurpose = 'reply',
): Promise<ReplyOutcome> {
  page.lastKey = key;
  const node = nodeOfKey(page, key);
  const found = node ? await locateComposer(page.adapter, node) : null;
  let result: InsertResult;
  if (!found) {
    result = { ok: false, reason: 'no_composer', copied: await copyToClipboard(text) };
  } else {
    page.answering.set(found.composer, key);
    result = await insertText(found.composer, text);
  }
  if (!result.ok) {
    showToast(page.doc, t(page.lang, result.copied ? 'insert.copied' : 'insert.failed'));
    return { ...result, logged: false };
  }
  // Typed into the post's box, not the comment's thread: the CM must know before sending it.
  if (found?.place === 'thread') showToast(page.doc, t(page.lang, 'insert.inPostBox'));
  return { ...result, logged: await logInserted(page, key, text, source, purpose) };
}

/**
 * Logs a reply Tact put into the item's box (first-response time counts from its insertion: Tact
 * cannot see the post being sent). A failure is told in the page, never thrown.
 */
export async function logInserted(
  page: RepliesPage,
  key: string,
  text: string,
  source: ReplySource,
  purpose: ReplyPurpose = 'reply',
): Promise<boolean> {
  try {
    // An ordinary reply sends no purpose (the route's default).
    const payload = purpose === 'reply' ? { key, text, source } : { key, text, source, purpose };
    return (await page.send('replies.log', payload)).logged;
  } catch (error) {
    showToast(
      page.doc,
      t(page.lang, 'suggest.logFailed', { reason: error instanceof Error ? error.message : String(error) }),
    );
    return false;
  }
}

/** The keyboard command: the first suggestion for the focused reply box's item, else the last opened one. */
export async function insertFirstSuggestion(page: RepliesPage): Promise<ContentResponseOf<'suggest.insertFirst'>> {
  const focused = composerOf(page, page.doc.activeElement);
  const key = (focused && keyOfComposer(page, focused)) ?? page.lastKey;
  if (!key) {
    showToast(page.doc, t(page.lang, 'command.noItem'));
    return { inserted: false, reason: 'no_item' };
  }
  let s: ResponseOf<'suggest.forItem'>;
  try {
    s = await page.send('suggest.forItem', { key });
  } catch (error) {
    // The shortcut has no card to show this in: say it in the page.
    showToast(
      page.doc,
      t(page.lang, 'suggest.failed', { reason: error instanceof Error ? error.message : String(error) }),
    );
    return { inserted: false, reason: 'no_suggestion' };
  }
  const first = s.replies[0];
  if (!s.found || !first) {
    showToast(page.doc, t(page.lang, s.found ? 'command.noSuggestion' : 'suggest.unknown'));
    return { inserted: false, reason: 'no_suggestion' };
  }
  const r = await insertForItem(page, key, first.text, suggestionSource(first));
  return r.ok ? { inserted: true, reason: 'ok' } : { inserted: false, reason: 'not_inserted' };
}

export function startReplies(ctx: ContentScriptContext, adapter: Adapter, deps: { send: Send }): RepliesPage {
  const page: RepliesPage = {
    adapter,
    send: deps.send,
    doc: document,
    // Read at each use: the language setting may change while the page is open (page-lang.ts).
    get lang() {
      return pageLanguage();
    },
    lastKey: null,
    known: new Map(),
    answering: new WeakMap(),
    tone: null,
  };
  current = page;
  page.focusMeter = startMeter(ctx, page).focusFix;
  startQuickInsert(ctx, page);
  ctx.onInvalidated(() => {
    if (current === page) current = null;
  });
  return page;
}
