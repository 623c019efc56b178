// Replacing text already in a site's composer (the tone meter's fixes, the "/" quick insert): the
// same ways as insert.ts — a synthetic paste over a selection, then execCommand after a macrotask,
// a textarea's native setter — each checked by reading the editor's text back. Never posts.
import { copyToClipboard, dispatchPaste, editableOf, isTextField, readBack, squash, type InsertResult } from './insert';

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (check()) return true;
    if (performance.now() >= deadline) return false;
    await sleep(10);
  }
}

/** The UTF-16 offset of a DOM position within the text of `root` (text nodes only, as a read-back sees them). */
function textPoint(root: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (left <= len) return { node: n, offset: left };
    left -= len;
    last = n;
  }
  return last ? { node: last, offset: last.data.length } : { node: root, offset: root.childNodes.length };
}

function setTextareaValue(el: HTMLTextAreaElement | HTMLInputElement, value: string, caret: number): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.setSelectionRange(caret, caret);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
}

export interface Rewrite {
  /** Select what will be replaced (called again before each attempt: editors may move the selection). */
  select(el: HTMLElement): void;
  /** The text that goes over the selection. */
  text: string;
  /** True once the editor shows the result. */
  done(readBack: string): boolean;
}

async function rewrite(target: Element, r: Rewrite, settle: number): Promise<InsertResult> {
  const el = editableOf(target);
  if (!el) return { ok: false, reason: 'not_editable', copied: await copyToClipboard(r.text) };
  const check = () => r.done(readBack(el));
  el.focus({ preventScroll: true });
  r.select(el);
  await macrotask(); // editors sync their selection from the selectionchange event
  if (r.text === '') {
    // Nothing to paste: deleting the selection is the editor's own command.
    el.ownerDocument.execCommand('delete');
    return (await until(check, settle))
      ? { ok: true, method: 'execCommand' }
      : { ok: false, reason: 'not_inserted', copied: false };
  }
  dispatchPaste(el, r.text);
  if (await until(check, settle)) return { ok: true, method: 'paste' };
  el.focus({ preventScroll: true });
  r.select(el);
  await macrotask();
  try {
    el.ownerDocument.execCommand('insertText', false, r.text);
  } catch {
    // Refused or not implemented: the read-back decides.
  }
  if (await until(check, settle)) return { ok: true, method: 'execCommand' };
  return { ok: false, reason: 'not_inserted', copied: await copyToClipboard(r.text) };
}

function selectText(el: HTMLElement, start: number, end: number): void {
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  const range = el.ownerDocument.createRange();
  const a = textPoint(el, start);
  const b = textPoint(el, end);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Replaces the composer's whole text by `text` (a tone fix); the caret ends after it. */
export async function replaceAll(target: Element, text: string, settleMs = 300): Promise<InsertResult> {
  const el = editableOf(target);
  if (el && isTextField(el)) {
    el.focus({ preventScroll: true });
    setTextareaValue(el, text, text.length);
    return el.value === text
      ? { ok: true, method: 'textarea' }
      : { ok: false, reason: 'not_inserted', copied: await copyToClipboard(text) };
  }
  const wanted = squash(text);
  return rewrite(
    target,
    {
      text,
      select: (e) => {
        const sel = e.ownerDocument.getSelection();
        const range = e.ownerDocument.createRange();
        range.selectNodeContents(e);
        sel?.removeAllRanges();
        sel?.addRange(range);
      },
      done: (now) => squash(now) === wanted,
    },
    settleMs,
  );
}

/**
 * Replaces `length` characters that end at the caret (the "/name" typed) by `text`. `before` is the
 * read-back's text up to the caret when it was typed, so the result can be checked exactly.
 */
export async function replaceBeforeCaret(
  target: Element,
  length: number,
  text: string,
  settleMs = 300,
): Promise<InsertResult> {
  const el = editableOf(target);
  if (!el) return { ok: false, reason: 'not_editable', copied: await copyToClipboard(text) };
  if (isTextField(el)) {
    const caret = el.selectionEnd ?? el.value.length;
    const from = Math.max(0, caret - length);
    const next = el.value.slice(0, from) + text + el.value.slice(caret);
    el.focus({ preventScroll: true });
    setTextareaValue(el, next, from + text.length);
    return el.value === next
      ? { ok: true, method: 'textarea' }
      : { ok: false, reason: 'not_inserted', copied: await copyToClipboard(text) };
  }
  const caret = caretOffset(el);
  if (caret === null) return { ok: false, reason: 'not_inserted', copied: await copyToClipboard(text) };
  const full = textOfNodes(el);
  const start = Math.max(0, caret - length);
  const expected = squash(full.slice(0, start) + text + full.slice(caret));
  return rewrite(
    target,
    { text, select: (e) => selectText(e, start, caret), done: (now) => squash(now) === expected },
    settleMs,
  );
}

/** The text of an editable as its text nodes hold it (the offsets selectText uses). */
export function textOfNodes(el: HTMLElement): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) out += n.data;
  return out;
}

/** The caret's offset in textOfNodes(el), or null when the selection is not in `el`. */
export function caretOffset(el: HTMLElement): number | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!el.contains(r.endContainer)) return null;
  const pre = el.ownerDocument.createRange();
  pre.selectNodeContents(el);
  pre.setEnd(r.endContainer, r.endOffset);
  return pre.toString().length;
}

/** Selects textOfNodes(el)[start, end) (the first unfilled `{variable}` of a snippet) for the CM to type over. */
export function selectInEditor(target: Element, start: number, end: number): boolean {
  const el = editableOf(target);
  if (!el) return false;
  if (isTextField(el)) {
    el.setSelectionRange(start, end);
    return true;
  }
  selectText(el, start, end);
  return true;
}
