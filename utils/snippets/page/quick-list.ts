// The "/" quick insert's list: snippets whose name starts with what the CM typed after "/", shown
// near the caret (above it: the site's buttons are under or inside the box) in a closed shadow root.
// Arrows move, Enter/Tab pick, Escape closes (the keys are routed here by quick-insert.ts).
import type { QuickSnippet } from '../core/quick';
import { attachTactShadow } from '../../overlay/shadow';
import { t } from '../../overlay/i18n';

export const QUICK_TAG = 'tact-quick-insert';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
:host([hidden]) { display: none; }
[hidden] { display: none !important; }
.box { font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #d4d4d8;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 4px; min-width: 220px; max-width: 360px; }
ul { list-style: none; margin: 0; padding: 0; max-height: 220px; overflow: auto; }
li { padding: 3px 6px; border-radius: 6px; cursor: pointer; display: grid; grid-template-columns: auto 1fr;
  gap: 0 8px; }
li[aria-selected="true"] { background: #dbeafe; }
.name { font-weight: 600; } .lang { color: #52525b; font-size: 12px; text-transform: uppercase; justify-self: end; }
.body { grid-column: 1 / -1; color: #52525b; font-size: 12px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
.hint, .empty { color: #52525b; font-size: 12px; margin: 4px 6px 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .box { background: #18181b; color: #f4f4f5; border-color: #3f3f46; }
  .lang, .body, .hint, .empty { color: #a1a1aa; }
  li[aria-selected="true"] { background: #1e3a8a; }
  li[aria-selected="true"] .lang, li[aria-selected="true"] .body { color: #dbeafe; }
}
`;

export interface QuickList<S extends QuickSnippet> {
  host: HTMLElement;
  readonly isOpen: boolean;
  /** Shows `items` for `query` above `caret` (viewport coordinates); an empty list says so. */
  open(items: readonly S[], query: string, caret: DOMRect, total: number): void;
  move(delta: 1 | -1): void;
  selected(): S | null;
  close(): void;
}

function optionItem(doc: Document, s: QuickSnippet, i: number, onPick: () => void): HTMLElement {
  const li = doc.createElement('li');
  li.setAttribute('role', 'option');
  li.id = `tact-quick-${i}`;
  li.dataset.name = s.name;
  const name = doc.createElement('span');
  name.className = 'name';
  name.textContent = `/${s.name}`;
  const l = doc.createElement('span');
  l.className = 'lang';
  l.textContent = s.language;
  const body = doc.createElement('span');
  body.className = 'body';
  body.textContent = s.body;
  li.append(name, l, body);
  li.addEventListener('click', onPick);
  return li;
}

/** Above the caret, or under it when there is no room above. */
function placeAbove(host: HTMLElement, caret: DOMRect): void {
  const height = host.getBoundingClientRect().height || 120;
  const top = caret.top - height - 6;
  host.style.left = `${Math.max(4, Math.round(caret.left))}px`;
  host.style.top = `${Math.round(top >= 4 ? top : caret.bottom + 6)}px`;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, role?: string) {
  const e = doc.createElement(tag);
  e.className = cls;
  if (role) e.setAttribute('role', role);
  return e;
}

export function createQuickList<S extends QuickSnippet>(
  doc: Document,
  lang: 'fr' | 'en',
  onPick: (s: S) => void,
): QuickList<S> {
  const host = doc.createElement(QUICK_TAG);
  const root = attachTactShadow(host);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = el(doc, 'div', 'box');
  const list = el(doc, 'ul', 'list', 'listbox');
  list.setAttribute('aria-label', t(lang, 'quick.label'));
  // No match: shown outside the listbox (a listbox holds options only).
  const empty = el(doc, 'p', 'empty');
  // The focus stays in the reply box, so what the arrows select (or that nothing matches) is read out
  // from this status (aria-activedescendant cannot point from the site's box into this shadow root).
  const said = el(doc, 'p', 'sr', 'status');
  const hint = el(doc, 'p', 'hint');
  hint.textContent = t(lang, 'quick.hint');
  box.append(list, empty, said, hint);
  root.append(style, box);
  host.hidden = true;
  // A click on the list must leave the focus (and the caret) in the reply box.
  box.addEventListener('mousedown', (e) => e.preventDefault());
  let items: readonly S[] = [];
  let index = 0;

  const render = () => {
    const options = list.querySelectorAll('li');
    options.forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    options[index]?.scrollIntoView({ block: 'nearest' });
    const s = items[index];
    said.textContent = s
      ? t(lang, 'quick.selected', { name: s.name, n: index + 1, total: items.length })
      : empty.textContent;
  };

  return {
    host,
    get isOpen() {
      return !host.hidden;
    },
    open(next, query, caret, total) {
      items = next;
      index = 0;
      list.replaceChildren(...next.map((s, i) => optionItem(doc, s, i, () => onPick(s))));
      list.hidden = next.length === 0;
      empty.hidden = next.length > 0;
      empty.textContent =
        next.length > 0 ? '' : total === 0 ? t(lang, 'quick.noneAtAll') : t(lang, 'quick.none', { query });
      host.hidden = false;
      if (!host.isConnected) doc.documentElement.append(host);
      render();
      placeAbove(host, caret);
    },
    move(delta) {
      if (items.length === 0) return;
      index = (index + delta + items.length) % items.length;
      render();
    },
    selected() {
      return items[index] ?? null;
    },
    close() {
      host.hidden = true;
      items = [];
    },
  };
}
