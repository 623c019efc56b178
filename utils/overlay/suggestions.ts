// The "Suggested replies" section of a mention's card: three replies in the brand's voice, each with
// Insert (into THIS item's reply box, verified, then logged) and Copy. Built only when the card
// opens; kept per item so reopening shows the same replies. Text only, never HTML.
import { t } from '../i18n/translate';
import { copyToClipboard } from './insert';
import { insertForItem, noteOpened, repliesPage, type RepliesPage } from './replies';

const STYLE = `
.suggest { margin-top: 8px; border-top: 1px solid #e4e4e7; padding-top: 6px; }
.suggest h3 { font: 600 12px/1.4 system-ui, sans-serif; margin: 0 0 4px; }
.suggest ol { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.suggest li { border: 1px solid #e4e4e7; border-radius: 6px; padding: 4px 6px; }
.suggest p { margin: 0 0 4px; white-space: pre-wrap; font-weight: 400; }
.suggest .actions { display: flex; gap: 6px; }
.suggest button { font: 600 11px/1.6 system-ui, sans-serif; border-radius: 6px; padding: 0 8px; cursor: pointer;
  border: 1px solid #a1a1aa; background: #fff; color: #111; }
.suggest button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.suggest button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.suggest [role="status"] { margin: 4px 0 0; color: #52525b; min-height: 1em; }
@media (prefers-color-scheme: dark) { .suggest, .suggest li { border-color: #3f3f46; } .suggest button { background: #27272a; color: #f4f4f5; }
  .suggest [role="status"] { color: #a1a1aa; } }
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

const sections = new Map<string, HTMLElement>();
const SECTIONS_MAX = 200;

/** The card section builder for the item `key` (the one-line hook in card.ts). */
export function suggestionsSection(key: string): (root: ShadowRoot) => Node {
  return (root) => {
    adoptStyle(root);
    noteOpened(key);
    const page = repliesPage();
    const kept = sections.get(key);
    if (kept?.dataset.state === 'ok' && kept.ownerDocument === root.ownerDocument) return kept;
    const el = buildSection(root.ownerDocument, key, page, (n) => root.host.setAttribute('data-suggestions', String(n)));
    sections.set(key, el);
    if (sections.size > SECTIONS_MAX) sections.delete(sections.keys().next().value!);
    return el;
  };
}

/** `onLoaded` learns how many replies are listed (the badge exposes it as data-suggestions). */
export function buildSection(doc: Document, key: string, page: RepliesPage | null, onLoaded: (n: number) => void = () => {}): HTMLElement {
  const lang = page?.lang ?? 'en';
  const section = doc.createElement('section');
  section.className = 'suggest';
  section.dataset.tactSection = 'suggestions';
  const heading = doc.createElement('h3');
  heading.textContent = t(lang, 'suggest.heading');
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
      const s = await page.send('suggest.forItem', { key });
      if (!s.found) return fail(t(lang, 'suggest.unknown'));
      if (s.replies.length === 0) {
        onLoaded(0);
        return say(t(lang, 'suggest.none'));
      }
      s.replies.forEach((r, i) => list.append(replyRow(doc, page, key, r.text, i + 1, say)));
      section.dataset.count = String(s.replies.length);
      section.dataset.state = 'ok';
      onLoaded(s.replies.length);
      say(s.shortcut ? t(lang, 'suggest.shortcut', { keys: s.shortcut }) : '');
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

function replyRow(doc: Document, page: RepliesPage, key: string, text: string, n: number, say: (s: string) => void): HTMLElement {
  const lang = page.lang;
  const li = doc.createElement('li');
  const p = doc.createElement('p');
  p.textContent = text;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  const insert = doc.createElement('button');
  insert.type = 'button';
  insert.className = 'primary';
  insert.dataset.action = 'insert';
  insert.textContent = t(lang, 'suggest.insert');
  insert.setAttribute('aria-label', t(lang, 'suggest.insertLabel', { n }));
  insert.addEventListener('click', async () => {
    insert.disabled = true;
    try {
      const r = await insertForItem(page, key, text);
      say(r.ok ? t(lang, 'suggest.inserted') : t(lang, r.copied ? 'insert.copied' : 'insert.failed'));
    } finally {
      insert.disabled = false;
    }
  });
  const copy = doc.createElement('button');
  copy.type = 'button';
  copy.dataset.action = 'copy';
  copy.textContent = t(lang, 'suggest.copy');
  copy.setAttribute('aria-label', t(lang, 'suggest.copyLabel', { n }));
  copy.addEventListener('click', async () => {
    say(t(lang, (await copyToClipboard(text)) ? 'suggest.copied' : 'suggest.copyFailed'));
  });
  actions.append(insert, copy);
  li.append(p, actions);
  return li;
}
