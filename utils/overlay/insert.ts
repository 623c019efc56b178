// Puts a reply's text into a platform's own composer without ever submitting it, in the order
// measured with the real editors (shared/TESTING.md, "Rich-text composers"): a synthetic paste,
// then execCommand('insertText') after a macrotask, each checked by reading the text back; a
// textarea gets the native value setter and an input event. If nothing sticks, the text goes to
// the clipboard and the result says so, for the UI to show.

export type InsertMethod = 'paste' | 'execCommand' | 'textarea';
export type InsertFailure = 'not_editable' | 'not_inserted' | 'no_composer';
export type InsertResult = { ok: true; method: InsertMethod } | { ok: false; reason: InsertFailure; copied: boolean };

export interface InsertOptions {
  /** How long to wait for an editor to show an insertion before trying the next way (ms). */
  settleMs?: number;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Text compared without white space: editors turn line breaks into blocks, <br>s or NBSPs. */
export function squash(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/gu, '');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text');
}

/** The editable element itself: `el`, or the contenteditable inside a wrapper such as X's test id. */
export function editableOf(el: Element): HTMLElement | null {
  if (isTextField(el)) return el;
  if (el instanceof HTMLElement && el.isContentEditable) {
    // The outermost editable: a click may have landed on a paragraph inside the editor.
    let root: HTMLElement = el;
    while (root.parentElement?.isContentEditable) root = root.parentElement;
    return root;
  }
  const inner = el.querySelector<HTMLElement>('[contenteditable="true"], [contenteditable=""], textarea');
  return inner ? editableOf(inner) : null;
}

export function readBack(el: HTMLElement): string {
  if (isTextField(el)) return el.value;
  return el.innerText || el.textContent || '';
}

/** Focuses the editor with the caret at the end of what is already written. */
function focusAtEnd(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Waits up to `ms` for the read-back to hold one more copy of `text` than before. */
async function landed(el: HTMLElement, text: string, before: number, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (occurrences(squash(readBack(el)), text) > before) return true;
    if (performance.now() >= deadline) return false;
    await sleep(10);
  }
}

function insertIntoTextField(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // The prototype's setter, not the element's: React tracks values through an own property.
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const focused = el.ownerDocument.activeElement === el;
  // Unfocused boxes report a caret at 0 in some browsers: then append.
  const [from, to] = focused ? [start, end] : [el.value.length, el.value.length];
  const next = el.value.slice(0, from) + text + el.value.slice(to);
  if (setter) setter.call(el, next);
  else el.value = next;
  el.setSelectionRange(from + text.length, from + text.length);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
}

export function dispatchPaste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const target = el.ownerDocument.getSelection()?.anchorNode?.parentElement ?? el;
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  (el.contains(target) ? target : el).dispatchEvent(event);
}

/** Copies `text` to the clipboard; true when the browser accepted it. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without a user gesture writeText may be refused; a hidden textarea and execCommand('copy') may not.
  }
  const doc = document;
  const helper = doc.createElement('textarea');
  helper.value = text;
  helper.setAttribute('readonly', '');
  helper.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none;';
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  doc.body.append(helper);
  helper.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  helper.remove();
  previous?.focus({ preventScroll: true });
  return copied;
}

/**
 * Inserts `text` at the end of the composer `target` (a textarea or a rich-text editor) and checks
 * it is there; never presses Enter nor clicks anything, so nothing is posted.
 */
export async function insertText(target: Element, text: string, opts: InsertOptions = {}): Promise<InsertResult> {
  const settle = opts.settleMs ?? 300;
  const el = editableOf(target);
  if (!el) return { ok: false, reason: 'not_editable', copied: await copyToClipboard(text) };
  const wanted = squash(text);
  const before = occurrences(squash(readBack(el)), wanted);

  if (isTextField(el)) {
    el.focus({ preventScroll: true });
    insertIntoTextField(el, text);
    if (await landed(el, wanted, before, settle)) return { ok: true, method: 'textarea' };
    return { ok: false, reason: 'not_inserted', copied: await copyToClipboard(text) };
  }

  // 1. Synthetic paste: Lexical, Draft.js, Quill 2 and ProseMirror read clipboardData themselves.
  focusAtEnd(el);
  await macrotask(); // editors sync their selection from the selectionchange event
  dispatchPaste(el, text);
  if (await landed(el, wanted, before, settle)) return { ok: true, method: 'paste' };

  // 2. execCommand after a macrotask (Lexical ignores it when run in the same task as focus).
  // Quill 1 moved focus to its paste catcher above and gives it back after 1 ms: refocus here.
  focusAtEnd(el);
  await macrotask();
  try {
    el.ownerDocument.execCommand('insertText', false, text);
  } catch {
    // Not implemented here (a test DOM) or refused: the read-back below decides.
  }
  if (await landed(el, wanted, before, settle)) return { ok: true, method: 'execCommand' };

  return { ok: false, reason: 'not_inserted', copied: await copyToClipboard(text) };
}
