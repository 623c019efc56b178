// The live tone meter's view: a small panel beside a reply box (never over it nor over the site's
// buttons under it) listing what checkDraft found, each problem with a one-click fix. A closed shadow
// root, text only. The wiring (which box, when to check, applying a fix) is in meter-wiring.ts.
import { attachTactShadow } from '../../overlay/shadow';
import type { Problem } from '../core/check';
import { t } from '../../overlay/i18n';

export const METER_TAG = 'tact-tone-meter';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483646; }
:host([hidden]) { display: none; }
.meter { font: 13px/1.4 system-ui, sans-serif; color: #111; background: #fff; border: 1px solid #d4d4d8;
  border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.12); padding: 4px 8px; max-width: 320px; }
.head { font-weight: 600; display: flex; gap: 6px; align-items: center; }
.head::before { content: ''; width: 8px; height: 8px; border-radius: 50%; background: #16a34a; }
.meter[data-problems] .head::before { background: #c2410c; }
ul { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 4px; max-height: 160px; overflow: auto; }
li { display: flex; gap: 6px; align-items: baseline; justify-content: space-between; }
button { font: 600 12px/1.5 system-ui, sans-serif; border-radius: 6px; padding: 0 8px; cursor: pointer;
  border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; white-space: nowrap; }
button[aria-disabled] { opacity: .6; cursor: progress; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.ai { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 4px; border-top: 1px solid #e4e4e7;
  padding-top: 4px; }
.ai button.secondary { background: #fff; color: #111; border-color: #71717a; }
.ai p { margin: 0; flex-basis: 100%; color: #52525b; }
.ai p:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .meter { background: #18181b; color: #f4f4f5; border-color: #3f3f46; } .ai { border-top-color: #3f3f46; }
  .ai p { color: #a1a1aa; } .ai button.secondary { background: #27272a; color: #f4f4f5; }
  button:focus-visible { outline-color: #93c5fd; }
}
`;

export interface MeterView {
  host: HTMLElement;
  /** Shows the problems of the current draft; `onFix` runs when a problem's fix is clicked. */
  show(problems: readonly Problem[], onFix: (p: Problem) => void): void;
  /** Puts the meter beside `box` (viewport coordinates). */
  place(box: DOMRect): void;
  hide(): void;
  remove(): void;
  /** Moves the keyboard focus to the first fix (else the AI button); false when there is none to focus. */
  focusFirstFix(): boolean;
  /** The "Rewrite draft with AI" row: null hides it (AI off). */
  setAi(state: MeterAi | null): void;
}

export interface MeterAi {
  /** What is sent, and to whom (the button's tooltip). */
  hint: string;
  busy: boolean;
  /** Shows the meter's Undo (the last AI rewrite of this box can be taken back). */
  canUndo: boolean;
  /** The outcome of the last rewrite or undo ('' for none). */
  note: string;
  onRewrite(): void;
  onUndo(): void;
}

interface AiRow {
  row: HTMLElement;
  button: HTMLButtonElement;
  undo: HTMLButtonElement;
  note: HTMLElement;
}

/** The AI row: it exists only while AI rewriting is on (off, the meter has no such button at all). */
function buildAiRow(doc: Document, lang: 'fr' | 'en', ai: () => MeterAi | null): AiRow {
  const row = doc.createElement('div');
  row.className = 'ai';
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = 'ai';
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.className = 'secondary';
  undo.dataset.action = 'ai-undo';
  undo.textContent = t(lang, 'aiPage.draftUndo');
  const note = doc.createElement('p');
  note.setAttribute('role', 'status');
  row.append(button, undo, note);
  button.addEventListener('click', () => ai()?.onRewrite());
  undo.addEventListener('click', () => ai()?.onUndo());
  return { row, button, undo, note };
}

function drawAiRow(r: AiRow, state: MeterAi, lang: 'fr' | 'en'): void {
  r.button.textContent = t(lang, state.busy ? 'aiPage.rewriting' : 'aiPage.draft');
  r.button.title = state.hint;
  r.button.setAttribute('aria-description', state.hint);
  // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
  if (state.busy) r.button.setAttribute('aria-disabled', 'true');
  else r.button.removeAttribute('aria-disabled');
  r.row.setAttribute('aria-busy', String(state.busy));
  r.undo.hidden = !state.canUndo || state.busy;
  if (r.note.textContent !== state.note) r.note.textContent = state.note;
}

/** One line per problem, with its fix's button when it has one. */
function problemItems(doc: Document, lang: 'fr' | 'en', problems: readonly Problem[], onFix: (p: Problem) => void) {
  return problems.map((p) => {
    const li = doc.createElement('li');
    li.dataset.kind = p.kind;
    const text = doc.createElement('span');
    text.textContent = p.message[lang];
    li.append(text);
    if (p.fix) {
      const fix = doc.createElement('button');
      fix.type = 'button';
      fix.dataset.kind = p.kind;
      fix.textContent = p.fix.label[lang] || t(lang, 'meter.fix');
      fix.title = t(lang, 'meter.fix');
      fix.addEventListener('click', () => onFix(p));
      li.append(fix);
    }
    return li;
  });
}

/** Above the box's top edge, aligned to its left: the site's own buttons (post, emoji, attach) sit
 * inside the box or under it. Below it only when the box touches the top of the window. */
function placeBeside(host: HTMLElement, box: DOMRect): void {
  const height = host.getBoundingClientRect().height || 28;
  const above = box.top - height - 4;
  host.style.left = `${Math.max(4, Math.round(box.left))}px`;
  host.style.top = `${Math.round(above >= 4 ? above : box.bottom + 4)}px`;
  host.dataset.side = above >= 4 ? 'above' : 'below';
}

function meterPanel(doc: Document, lang: 'fr' | 'en', onEscape: () => void) {
  const panel = doc.createElement('div');
  panel.className = 'meter';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', t(lang, 'meter.label'));
  const head = doc.createElement('div');
  head.className = 'head';
  // Only the summary is announced as it changes, not the whole list on every pause in typing.
  head.setAttribute('aria-live', 'polite');
  const list = doc.createElement('ul');
  panel.append(head, list);
  // Clicking a fix must not take the focus (and the caret) out of the reply box.
  panel.addEventListener('mousedown', (e) => e.preventDefault());
  panel.addEventListener('click', (e) => e.stopPropagation());
  panel.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if ((e as KeyboardEvent).key === 'Escape') {
      e.preventDefault();
      onEscape();
    }
  });
  return { panel, head, list };
}

/** `onEscape` runs when Escape is pressed in the meter (the wiring gives the focus back to the box). */
export function createMeter(doc: Document, lang: 'fr' | 'en', onEscape: () => void = () => {}): MeterView {
  const host = doc.createElement(METER_TAG);
  const root = attachTactShadow(host);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const { panel, head, list } = meterPanel(doc, lang, onEscape);
  let aiRow: AiRow | null = null;
  let ai: MeterAi | null = null;
  root.append(style, panel);
  host.hidden = true;

  return {
    host,
    show(problems, onFix) {
      host.hidden = false;
      // The draft's problems stay inside the closed root: the page's scripts read the host's attributes.
      list.dataset.kinds = problems.map((p) => p.kind).join(' ');
      panel.toggleAttribute('data-problems', problems.length > 0);
      head.textContent =
        problems.length === 0
          ? t(lang, 'meter.ok')
          : `${t(lang, 'meter.label')} · ${t(lang, 'meter.count', { n: problems.length })}`;
      list.replaceChildren(...problemItems(doc, lang, problems, onFix));
    },
    place: (box) => placeBeside(host, box),
    hide() {
      host.hidden = true;
    },
    remove() {
      host.remove();
    },
    setAi(state) {
      ai = state;
      host.toggleAttribute('data-ai', !!state);
      if (!state) {
        aiRow?.row.remove();
        aiRow = null;
        return;
      }
      if (!aiRow) {
        aiRow = buildAiRow(doc, lang, () => ai);
        panel.append(aiRow.row);
      }
      drawAiRow(aiRow, state, lang);
    },
    focusFirstFix() {
      const button = list.querySelector('button') ?? aiRow?.button;
      if (host.hidden || !button) return false;
      button.focus();
      return true;
    },
  };
}
