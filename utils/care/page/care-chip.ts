// Community care's chip next to an author: "New here" for a newcomer to the brand community, or
// "Advocate · 3 praises in 30 days, answered 2" / "Detractor · …" from their stored history. A button
// opening a small card with the detail and, for a newcomer, welcome suggestions (for an advocate,
// thanks) that insert into this item's reply box (tone/page/suggestions.ts). Custom element with a
// closed shadow root: nothing about the author on the host, text only. Escape closes the card and
// gives the focus back to the chip.
import { closedShadow } from '../../overlay/shadow';
import { CARE_TAG } from '../../overlay/tags';
import { t, type Lang } from '../../overlay/i18n';
import { suggestionsSection } from '../../tone/page/suggestions';
import type { CareInfo } from '../core/care-info';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; position: relative; }
button.chip { font: 600 12px/1.5 system-ui, sans-serif; border: 0; border-radius: 8px; padding: 0 6px;
  white-space: nowrap; cursor: pointer; max-width: 300px; overflow: hidden; text-overflow: ellipsis;
  color: #1e3a8a; background: #dbeafe; }
button.chip.advocate { color: #14532d; background: #dcfce7; }
button.chip.detractor { color: #7c2d12; background: #ffedd5; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.card { position: absolute; z-index: 2147483647; top: 100%; left: 0; margin-top: 4px; min-width: 240px;
  max-width: 340px; background: #fff; color: #111; border: 1px solid #d4d4d8; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 8px 10px; font: 13px/1.45 system-ui, sans-serif; }
.card[hidden] { display: none; }
.card p { margin: 0 0 4px; }
.card .close { float: right; font: 600 12px/1.5 system-ui, sans-serif; border: 1px solid #a1a1aa;
  background: #fff; color: #111; border-radius: 6px; padding: 0 6px; cursor: pointer; margin-left: 6px; }
@media (prefers-color-scheme: dark) {
  button.chip { color: #dbeafe; background: #1e3a8a; } button.chip.advocate { color: #dcfce7; background: #14532d; }
  button.chip.detractor { color: #ffedd5; background: #7c2d12; }
  .card { background: #18181b; color: #f4f4f5; border-color: #3f3f46; }
  .card .close { background: #27272a; color: #f4f4f5; }
  button:focus-visible { outline-color: #93c5fd; }
}
`;

export type CareChipKind = 'newcomer' | 'advocate' | 'detractor';

export interface CareChipView {
  kind: CareChipKind;
  /** What the chip shows. */
  text: string;
  /** Its accessible name (starts with what it shows). */
  name: string;
  /** The card's first line. */
  detail: string;
}

/** What the chip says for an item's care info, or null when there is nothing to say. */
export function careChipView(care: CareInfo | null | undefined, author: string, lang: Lang): CareChipView | null {
  if (!care) return null;
  const who = author.trim() || '?';
  if (care.newcomer) {
    return {
      kind: 'newcomer',
      text: t(lang, 'care.chip.new'),
      name: t(lang, 'care.chip.newName', { author: who }),
      detail: t(lang, 'care.chip.newDetail', { author: who }),
    };
  }
  const s = care.standing;
  if (!s) return null;
  const advocate = s.kind === 'advocate';
  const params = { author: who, count: advocate ? s.positives : s.negatives, days: s.days, answered: s.answered };
  const text = t(lang, advocate ? 'care.chip.advocate' : 'care.chip.detractor', params);
  return {
    kind: s.kind,
    text,
    name: t(lang, advocate ? 'care.chip.advocateName' : 'care.chip.detractorName', params),
    detail: advocate ? text : `${text}. ${t(lang, 'care.chip.detractorDetail')}`,
  };
}

interface Parts {
  root: ShadowRoot;
  button: HTMLButtonElement;
  card: HTMLElement;
  key: string;
  view: CareChipView;
  lang: Lang;
}
const parts = new WeakMap<Element, Parts>();

export function createCareChip(doc: Document, key: string, view: CareChipView, lang: Lang): HTMLElement {
  const host = doc.createElement(CARE_TAG);
  const root = closedShadow(host, STYLE);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.hidden = true;
  card.tabIndex = -1;
  root.append(button, card);
  const p: Parts = { root, button, card, key, view, lang };
  parts.set(host, p);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    openCareCard(host, card.hidden);
  });
  // The site must not act on these clicks and keys (X opens a post on a click anywhere in it, sites
  // bind single keys); Escape, on the chip or in its card, closes the card.
  const keys = (e: Event) => {
    if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape' && !card.hidden) openCareCard(host, false);
    if (e.currentTarget === card || !card.hidden) e.stopPropagation();
  };
  for (const type of ['click', 'keyup', 'keypress']) card.addEventListener(type, (e) => e.stopPropagation());
  card.addEventListener('keydown', keys);
  button.addEventListener('keydown', keys);
  updateCareChip(host, key, view, lang);
  return host;
}

export function updateCareChip(host: Element, key: string, view: CareChipView, lang: Lang): void {
  const p = parts.get(host);
  if (!p) return;
  const changed = p.key !== key || p.view.kind !== view.kind || p.lang !== lang;
  Object.assign(p, { key, view, lang });
  p.button.textContent = view.text;
  p.button.className = `chip ${view.kind}`;
  p.button.title = view.name;
  p.button.setAttribute('aria-label', view.name);
  p.card.setAttribute('aria-label', view.text);
  if (changed && !p.card.hidden) renderCard(p);
}

function renderCard(p: Parts): void {
  const doc = p.root.ownerDocument;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = t(p.lang, 'care.chip.close');
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    p.card.hidden = true;
    p.button.setAttribute('aria-expanded', 'false');
    p.button.focus();
  });
  const detail = doc.createElement('p');
  detail.textContent = p.view.detail;
  const purpose = p.view.kind === 'newcomer' ? 'welcome' : p.view.kind === 'advocate' ? 'thanks' : null;
  p.card.replaceChildren(close, detail, ...(purpose ? [suggestionsSection(p.key, purpose)(p.root)] : []));
}

/** Opens or closes the card; closing gives the focus back to the chip. */
export function openCareCard(host: Element, open = true): void {
  const p = parts.get(host);
  if (!p || p.card.hidden === !open) return;
  if (open) renderCard(p);
  p.card.hidden = !open;
  p.button.setAttribute('aria-expanded', String(open));
  // The dialog takes the focus (Tab reaches its suggestions); closing gives it back to the chip.
  if (open) p.card.focus({ preventScroll: true });
  else p.button.focus();
}

/** For tests: the chip's inside (its button and card, the item and kind it was drawn for). */
export function careChipInternals(
  host: Element,
): { button: HTMLButtonElement; card: HTMLElement; key: string; kind: CareChipKind } | null {
  const p = parts.get(host);
  return p ? { button: p.button, card: p.card, key: p.key, kind: p.view.kind } : null;
}
