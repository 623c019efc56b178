// The "/" quick insert in the sites' reply boxes: typing "/" + the start of a snippet's name opens
// the list; picking one replaces "/name" by the snippet, filled with what is known of the item
// being answered (its author's first name, the brand); the first variable left is selected for the
// CM to type over. Snippets come from the background once per page; each use is counted and the box's
// text logged as a reply to its item (source 'snippet'). Only the user's own typing drives it: events
// a page script dispatches (isTrusted false) are ignored.
import { onPageLanguageChange } from '../../overlay/page-lang';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillSnippet, firstNameIn, matchSnippets, slashQuery, type QuickSnippet } from '../core/quick';
import { t } from '../../overlay/i18n';
import { editableOf, isTextField } from '../../overlay/insert';
import { createQuickList, type QuickList } from './quick-list';
import { composerOf, keyOfComposer, logInserted, pageTone, type RepliesPage } from '../../tone/page/replies';
import { caretOffset, replaceBeforeCaret, selectInEditor, textOfNodes } from '../../overlay/rewrite';
import { showToast } from '../../overlay/toast';

interface Typed {
  composer: Element;
  query: string;
  length: number;
}

/** What is typed before the caret in the editable `el`, within its current line of text. */
export function textBeforeCaret(el: HTMLElement): string | null {
  if (isTextField(el)) return el.value.slice(0, el.selectionStart ?? el.value.length);
  const sel = el.ownerDocument.getSelection();
  const node = sel?.anchorNode;
  if (!sel || !node || !el.contains(node) || !sel.isCollapsed) return null;
  // The caret's own text node: a "/" must be typed in the line, so the node holds it.
  if (node.nodeType === 3) return (node as Text).data.slice(0, sel.anchorOffset);
  const caret = caretOffset(el);
  return caret === null ? null : textOfNodes(el).slice(0, caret);
}

function caretRect(el: HTMLElement): DOMRect {
  if (!isTextField(el)) {
    const sel = el.ownerDocument.getSelection();
    if (sel && sel.rangeCount > 0) {
      const r = sel.getRangeAt(0).getBoundingClientRect();
      if (r.width > 0 || r.height > 0 || r.top > 0) return r;
    }
  }
  return el.getBoundingClientRect();
}

/** What one page's quick insert knows between events. */
interface Quick {
  page: RepliesPage;
  snippets: Promise<QuickSnippet[]> | null;
  list: QuickList<QuickSnippet> | null;
  typed: Typed | null;
  /** A trusted key was pressed since the last input that counted. */
  keyed: boolean;
}

export function startQuickInsert(ctx: ContentScriptContext, page: RepliesPage): void {
  const q: Quick = { page, snippets: null, list: null, typed: null, keyed: false };
  // A page script typing "/r" + Enter must get nothing (the list's names, the snippet's body): untrusted
  // events are ignored, which also covers the input events Tact itself dispatches when it inserts. The
  // page's execCommand('insertText') makes trusted input events but no key press: an input counts only
  // after a trusted keydown (else a page could open the list and measure it to learn snippet names).
  ctx.addEventListener(
    page.doc,
    'input',
    (e) => {
      if (!e.isTrusted || !q.keyed) return;
      q.keyed = false;
      void onInput(q, e);
    },
    { capture: true },
  );
  // Capture on window: the list's keys must not reach the editor (Enter would post on X and Facebook).
  ctx.addEventListener(
    window,
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      q.keyed = true;
      onKey(q, e);
    },
    { capture: true },
  );
  ctx.addEventListener(
    page.doc,
    'focusout',
    (e) => {
      if (q.typed && composerOf(page, e.target) === q.typed.composer)
        ctx.setTimeout(() => {
          if (q.typed && !q.typed.composer.contains(page.doc.activeElement)) close(q);
        }, 0);
    },
    { capture: true },
  );
  ctx.onInvalidated(() => q.list?.host.remove());
  // Built in the page language of its time: a new setting gets a new list the next time it opens.
  ctx.onInvalidated(
    onPageLanguageChange(() => {
      close(q);
      q.list?.host.remove();
      q.list = null;
    }),
  );
}

/** The page's snippets, asked once; a failed load is tried again next time. */
function load(q: Quick): Promise<QuickSnippet[]> {
  return (q.snippets ??= q.page.send('snippets.forPage', {}).catch((error: unknown) => {
    q.snippets = null;
    throw error;
  }));
}

function close(q: Quick): void {
  q.list?.close();
  q.typed = null;
}

async function pick(q: Quick, s: QuickSnippet): Promise<void> {
  const { page } = q;
  const at = q.typed;
  close(q);
  if (!at) return;
  const key = keyOfComposer(page, at.composer);
  const known = key ? page.known.get(key) : undefined;
  const tone = await pageTone(page).catch(() => null);
  const brandId = known?.brandIds[0] ?? tone?.defaultBrandId;
  const brand = tone?.brands.find((b) => b.brandId === brandId)?.brandName;
  const filled = fillSnippet(s.body, { firstName: firstNameIn(known?.author), brand });
  const result = await replaceBeforeCaret(at.composer, at.length, filled.text);
  if (!result.ok) {
    showToast(page.doc, t(page.lang, result.copied ? 'quick.failed' : 'insert.failed'));
    return;
  }
  void page.send('snippets.used', { id: s.id }).catch(() => {});
  const el = editableOf(at.composer);
  const now = el ? (isTextField(el) ? el.value : textOfNodes(el)) : '';
  // A snippet put into an item's reply box is a reply inserted with Tact: the box's whole text is logged.
  if (key) void logInserted(page, key, (now.trim() ? now : filled.text).slice(0, 10_000), 'snippet');
  if (filled.firstUnfilled) {
    const token = filled.text.slice(filled.firstUnfilled.start, filled.firstUnfilled.end);
    const start = now.indexOf(token);
    if (start >= 0) selectInEditor(at.composer, start, start + token.length);
    showToast(page.doc, t(page.lang, 'quick.fill', { name: token }));
  }
}

async function onInput(q: Quick, e: Event): Promise<void> {
  const { page } = q;
  const composer = composerOf(page, e.target);
  const el = composer && editableOf(composer);
  const before = el ? textBeforeCaret(el) : null;
  const slash = before === null ? null : slashQuery(before);
  if (!composer || !el || !slash) return close(q);
  let all: QuickSnippet[];
  try {
    all = await load(q);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    showToast(page.doc, t(page.lang, 'suggest.failed', { reason }));
    return close(q);
  }
  // The CM may have typed on while the snippets loaded: only the latest state counts.
  const again = textBeforeCaret(el);
  const latest = again === null ? null : slashQuery(again);
  if (!latest || latest.query !== slash.query) return;
  q.typed = { composer, query: slash.query, length: slash.length };
  const key = keyOfComposer(page, composer);
  const lang = (key && page.known.get(key)?.lang) || undefined;
  q.list ??= createQuickList<QuickSnippet>(page.doc, page.lang, (s) => void pick(q, s));
  q.list.open(matchSnippets(all, slash.query, lang), slash.query, caretRect(el), all.length);
}

function onKey(q: Quick, e: KeyboardEvent): void {
  const { list, typed } = q;
  if (!list?.isOpen || !typed) return;
  const inBox = composerOf(q.page, e.target) === typed.composer;
  if (!inBox) return;
  const handled = () => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    handled();
    list.move(e.key === 'ArrowDown' ? 1 : -1);
  } else if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey && !e.isComposing) {
    const s = list.selected();
    if (!s) return close(q);
    handled();
    void pick(q, s);
  } else if (e.key === 'Escape') {
    handled();
    close(q);
  }
}
