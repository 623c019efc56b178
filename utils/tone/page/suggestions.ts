// The "Suggested replies" section of a mention's card: three replies in the brand's voice, each with
// Insert (into THIS item's reply box, verified, then logged) and Copy. Built only when the card
// opens; kept per item so reopening shows the same replies. Text only, never HTML.
import { t } from '../../overlay/i18n';
import { copyToClipboard } from '../../overlay/insert';
import { insertForItem, noteOpened, repliesPage, suggestionSource, type RepliesPage } from './replies';
import type { ReplySource } from '../../reports/core/types';
import type { ReplyPurpose } from '../../care/core/care-info';
import {
  AI_MAX_CHARS,
  aiErrorText,
  aiStatus,
  doneText,
  providerName,
  rewriteRequest,
  type AiStatus,
} from './ai-rewrite';

const STYLE = `
.suggest { margin-top: 8px; border-top: 1px solid #e4e4e7; padding-top: 6px; }
.suggest h3 { font: 600 12px/1.4 system-ui, sans-serif; margin: 0 0 4px; }
.suggest ol { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.suggest li { border: 1px solid #e4e4e7; border-radius: 6px; padding: 4px 6px; }
.suggest p { margin: 0 0 4px; white-space: pre-wrap; font-weight: 400; }
.suggest .actions { display: flex; gap: 6px; }
.suggest button { font: 600 12px/1.5 system-ui, sans-serif; border-radius: 6px; padding: 0 8px; cursor: pointer;
  border: 1px solid #a1a1aa; background: #fff; color: #111; }
.suggest button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.suggest button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.suggest [role="status"] { margin: 4px 0 0; color: #52525b; min-height: 1em; }
.suggest .ai-hint, .suggest .ai-note { margin: 4px 0 0; color: #52525b; font-weight: 400; }
.suggest .ai-note ul { margin: 2px 0 0; padding-left: 16px; list-style: disc; }
.suggest li[aria-busy="true"] p { opacity: .6; }
.suggest button[aria-disabled="true"] { opacity: .6; cursor: progress; }
@media (prefers-color-scheme: dark) {
  .suggest, .suggest li { border-color: #3f3f46; } .suggest button { background: #27272a; color: #f4f4f5; }
  .suggest [role="status"], .suggest .ai-hint, .suggest .ai-note { color: #a1a1aa; }
  .suggest button:focus-visible { outline-color: #93c5fd; }
}
`;

let sheet: CSSStyleSheet | null | undefined;
function adoptStyle(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    } catch {
      sheet = null;
    }
  }
  if (sheet) {
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // fall through to a <style> element
    }
  }
  if (!root.querySelector('style[data-tact-suggest]')) {
    const style = root.ownerDocument.createElement('style');
    style.dataset.tactSuggest = '';
    style.textContent = STYLE;
    root.append(style);
  }
}

/** Dispatched (bubbling, inside the card's shadow root) when a suggestion was inserted and logged. */
export const INSERTED_EVENT = 'tact-inserted';

const sections = new Map<string, HTMLElement>();
/** Asks again whether AI is on when a kept section is shown again (it may have been turned on since). */
const aiRechecks = new WeakMap<HTMLElement, () => void>();
const SECTIONS_MAX = 200;

/**
 * The card section builder for the item `key` (the one-line hook in card.ts); `purpose` other than
 * 'reply': community care's welcome, thanks, charter citation or holding statement for the item.
 */
export function suggestionsSection(key: string, purpose: ReplyPurpose = 'reply'): (root: ShadowRoot) => Node {
  return (root) => {
    adoptStyle(root);
    noteOpened(key);
    const page = repliesPage();
    const id = purpose === 'reply' ? key : `${purpose}:${key}`;
    const kept = sections.get(id);
    if (kept?.dataset.state === 'ok' && kept.ownerDocument === root.ownerDocument) {
      aiRechecks.get(kept)?.();
      return kept;
    }
    const el = buildSection(
      root.ownerDocument,
      key,
      page,
      // Only the mention badge says how many replies it lists: a care chip's or a troll flag's host
      // carries nothing a page script could read about the author.
      (n) => (purpose === 'reply' ? root.host.setAttribute('data-suggestions', String(n)) : undefined),
      purpose,
    );
    sections.set(id, el);
    if (sections.size > SECTIONS_MAX) sections.delete(sections.keys().next().value!);
    return el;
  };
}

/** `onLoaded` learns how many replies are listed (the badge exposes it as data-suggestions). */
export function buildSection(
  doc: Document,
  key: string,
  page: RepliesPage | null,
  onLoaded: (n: number) => void = () => {},
  purpose: ReplyPurpose = 'reply',
): HTMLElement {
  const lang = page?.lang ?? 'en';
  const section = doc.createElement('section');
  section.className = 'suggest';
  section.dataset.tactSection = purpose === 'reply' ? 'suggestions' : purpose;
  const heading = doc.createElement('h3');
  heading.textContent = t(lang, purpose === 'reply' ? 'suggest.heading' : `suggest.heading.${purpose}`);
  const list = doc.createElement('ol');
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  section.append(heading, list, status);
  // The site must not act on what happens in the card: X opens a tweet on a click anywhere in it,
  // and sites bind single-key shortcuts. Escape still reaches the badge (it closes the card).
  section.addEventListener('click', (e) => e.stopPropagation());
  section.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key !== 'Escape') e.stopPropagation();
  });
  if (!page) {
    status.textContent = t(lang, 'suggest.failed', { reason: 'no page' });
    return section;
  }

  const say = (text: string) => {
    status.textContent = text;
  };
  const load = async () => {
    list.replaceChildren();
    say(t(lang, 'suggest.loading'));
    section.setAttribute('aria-busy', 'true');
    try {
      const s = await page.send('suggest.forItem', purpose === 'reply' ? { key } : { key, purpose });
      if (!s.found) return fail(t(lang, 'suggest.unknown'));
      if (s.replies.length === 0) {
        onLoaded(0);
        return say(t(lang, 'suggest.none'));
      }
      const rows = s.replies.map((r, i) =>
        replyRow(doc, page, key, { text: r.text, source: suggestionSource(r), purpose }, i + 1, s.lang, say),
      );
      list.append(...rows.map((r) => r.li));
      section.dataset.count = String(s.replies.length);
      section.dataset.state = 'ok';
      onLoaded(s.replies.length);
      say(s.shortcut ? t(lang, 'suggest.shortcut', { keys: s.shortcut }) : '');
      // The AI buttons come only once the background says AI rewriting is on: off, nothing is offered
      // and nothing can be sent. Asked again each time the card opens while it is off.
      const offerAi = async () => {
        const status = await aiStatus(page, true);
        if (!status.active || section.dataset.ai === 'on') return;
        section.dataset.ai = 'on';
        const hint = doc.createElement('p');
        hint.className = 'ai-hint';
        hint.textContent = t(lang, 'aiPage.hint', { provider: providerName(lang, status.provider) });
        list.after(hint);
        for (const r of rows) r.offerAi(status);
      };
      aiRechecks.set(section, () => void offerAi());
      await offerAi();
    } catch (error) {
      fail(t(lang, 'suggest.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      section.removeAttribute('aria-busy');
    }
  };
  const fail = (text: string) => {
    say(text);
    const retry = doc.createElement('button');
    retry.type = 'button';
    retry.textContent = t(lang, 'suggest.retry');
    retry.addEventListener('click', () => void load());
    list.replaceChildren(retry);
  };
  void load();
  return section;
}

interface Row {
  li: HTMLElement;
  /** Adds "Rewrite with AI" (and its Undo) to the row. */
  offerAi(status: AiStatus): void;
}

/** What one reply's row shares with its AI buttons. */
interface RowParts {
  doc: Document;
  page: RepliesPage;
  key: string;
  original: string;
  /** Where the suggestion came from (a snippet, or Tact's own); an AI rewrite of it logs as 'ai'. */
  source: ReplySource;
  n: number;
  replyLang: 'fr' | 'en';
  say: (s: string) => void;
  li: HTMLElement;
  p: HTMLElement;
  note: HTMLElement;
  actions: HTMLElement;
  insert: HTMLButtonElement;
  /** What Insert and Copy use: the suggestion, or its AI rewrite until undone. */
  text: string;
}

function button(doc: Document, action: string, text: string, label: string, cls = ''): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  if (cls) b.className = cls;
  b.dataset.action = action;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  return b;
}

function replyRow(
  doc: Document,
  page: RepliesPage,
  key: string,
  { text: original, source, purpose }: { text: string; source: ReplySource; purpose: ReplyPurpose },
  n: number,
  replyLang: 'fr' | 'en',
  say: (s: string) => void,
): Row {
  const lang = page.lang;
  const li = doc.createElement('li');
  const p = doc.createElement('p');
  p.textContent = original;
  p.dataset.reply = String(n);
  const note = doc.createElement('div');
  note.className = 'ai-note';
  note.hidden = true;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const insert = button(doc, 'insert', t(lang, 'suggest.insert'), t(lang, 'suggest.insertLabel', { n }), 'primary');
  const row: RowParts = {
    doc,
    page,
    key,
    original,
    source,
    n,
    replyLang,
    say,
    li,
    p,
    note,
    actions,
    insert,
    text: original,
  };
  insert.addEventListener('click', async () => {
    insert.disabled = true;
    try {
      const r = await insertForItem(page, key, row.text, row.text === row.original ? row.source : 'ai', purpose);
      // The card holding this section learns a reply went in (a care chip's "New here" becomes "Welcomed").
      // The event stays inside the closed shadow root: the page never sees it.
      if (r.ok && r.logged) li.dispatchEvent(new Event(INSERTED_EVENT, { bubbles: true }));
      say(r.ok ? t(lang, 'suggest.inserted') : t(lang, r.copied ? 'insert.copied' : 'insert.failed'));
    } finally {
      insert.disabled = false;
    }
  });
  const copy = button(doc, 'copy', t(lang, 'suggest.copy'), t(lang, 'suggest.copyLabel', { n }));
  copy.addEventListener('click', async () => {
    say(t(lang, (await copyToClipboard(row.text)) ? 'suggest.copied' : 'suggest.copyFailed'));
  });
  actions.append(insert, copy);
  li.append(p, note, actions);
  return { li, offerAi: (status) => offerAi(row, status) };
}

/** Under a reply: what the AI rewrite did, and the problems the tone check still found in it. */
function showNote(row: RowParts, lead: string, problems: readonly string[] = []): void {
  const head = row.doc.createElement('p');
  head.textContent = lead;
  row.note.replaceChildren(head);
  if (problems.length) {
    const ul = row.doc.createElement('ul');
    for (const m of problems) {
      const item = row.doc.createElement('li');
      item.textContent = m;
      ul.append(item);
    }
    row.note.append(ul);
  }
  row.note.hidden = false;
}

/** Adds "Rewrite with AI" and its Undo to the row (once). */
function offerAi(row: RowParts, status: AiStatus): void {
  const { doc, n, actions } = row;
  const lang = row.page.lang;
  if (actions.querySelector('[data-action="ai"]')) return;
  const hint = t(lang, 'aiPage.hint', { provider: providerName(lang, status.provider) });
  const ai = button(doc, 'ai', t(lang, 'aiPage.rewrite'), t(lang, 'aiPage.rewriteLabel', { n }));
  ai.title = hint;
  ai.setAttribute('aria-description', hint);
  const undo = button(doc, 'undo', t(lang, 'aiPage.undo'), t(lang, 'aiPage.undoLabel', { n }));
  undo.hidden = true;
  // Busy is aria-disabled, not disabled: a disabled button drops the keyboard focus out of the card.
  let busy = false;
  ai.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    await rewriteReply(row, ai, undo);
    busy = false;
  });
  undo.addEventListener('click', () => {
    row.text = row.original;
    row.p.textContent = row.text;
    delete row.li.dataset.ai;
    row.note.hidden = true;
    row.note.replaceChildren();
    undo.hidden = true;
    row.say(t(lang, 'aiPage.undone'));
    ai.focus();
  });
  actions.append(ai, undo);
}

async function rewriteReply(row: RowParts, ai: HTMLButtonElement, undo: HTMLButtonElement): Promise<void> {
  const { page, li, insert, say } = row;
  const lang = page.lang;
  if (row.original.trim().length > AI_MAX_CHARS) {
    const message = t(lang, 'aiPage.tooLong', { max: AI_MAX_CHARS });
    showNote(row, message);
    return say(message);
  }
  ai.setAttribute('aria-disabled', 'true');
  insert.disabled = true;
  undo.hidden = true;
  ai.textContent = t(lang, 'aiPage.rewriting');
  li.setAttribute('aria-busy', 'true');
  say(t(lang, 'aiPage.rewriting'));
  try {
    // Always the suggestion as Tact wrote it: rewriting a rewrite drifts from the brand's voice.
    const result = await page.send('ai.rewrite', rewriteRequest(page, row.key, row.original, row.replyLang));
    row.text = result.text;
    row.p.textContent = row.text;
    li.dataset.ai = 'rewritten';
    const problems = result.problems.map((x) => x.message[lang]);
    showNote(row, problems.length ? t(lang, 'aiPage.problems') : t(lang, 'aiPage.noProblem'), problems);
    say(doneText(lang, result));
  } catch (error) {
    const message = t(lang, 'aiPage.failed', { reason: aiErrorText(lang, error) });
    showNote(row, message);
    say(message);
  } finally {
    ai.removeAttribute('aria-disabled');
    insert.disabled = false;
    undo.hidden = row.text === row.original;
    ai.textContent = t(lang, 'aiPage.rewrite');
    li.removeAttribute('aria-busy');
  }
}
