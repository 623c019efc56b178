// The small badge Tact draws next to an item: a custom element with a closed shadow root, so the
// page's CSS cannot restyle it and the page's scripts cannot read into it. It is a button that
// opens a card with the details. Text only, never HTML.
import { closedShadow } from '../../overlay/shadow';

export const BADGE_TAG = 'tact-badge';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; position: relative; }
button { font: 600 12px/1.5 system-ui, sans-serif; color: #fff; background: #c2410c; border: 0;
  border-radius: 8px; padding: 0 6px; white-space: nowrap; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
button.newcomer { color: #1e3a8a; background: #dbeafe; } button.advocate { color: #14532d; background: #dcfce7; }
button.detractor { color: #7c2d12; background: #ffedd5; }
.card { position: absolute; z-index: 2147483647; top: 100%; left: 0; margin-top: 4px; min-width: 220px;
  max-width: 320px; background: #fff; color: #111; border: 1px solid #d4d4d8; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 8px 10px; font: 13px/1.45 system-ui, sans-serif; }
.card[hidden] { display: none; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { color: #52525b; } dd { margin: 0; font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .card { background: #18181b; color: #f4f4f5; border-color: #3f3f46; } dt { color: #a1a1aa; }
  button:focus-visible { outline-color: #93c5fd; }
}
`;

export interface BadgeContent {
  label: string;
  /** The button's accessible name; it starts with `label`, the text it shows (WCAG 2.5.3). */
  name?: string;
  /** What the button's data-label says (the brands), when the visible label says more. */
  dataLabel?: string;
  title: string;
  /** Shown in the card the badge opens, in order. */
  details?: Array<{ label: string; value: string }>;
  /** The item's key, on the host as data-key (the page's own id of the item: commands and tests find it). */
  key?: string;
  /** Stable values as data-* attributes on the button inside the closed root (data-intent="complaint"…). */
  attrs?: Record<string, string>;
  /** More of the card, built only when it opens (suggested replies…), in order. */
  sections?: Array<(root: ShadowRoot) => Node>;
}

interface Parts {
  button: HTMLButtonElement;
  card: HTMLElement;
  root: ShadowRoot;
  dl: HTMLElement;
  sections: Array<(root: ShadowRoot) => Node>;
}
const parts = new WeakMap<Element, Parts>();

/** `tag`: another kind of badge with the same button and card (community care's chip, care/page). */
export function createBadge(doc: Document, content: BadgeContent, tag = BADGE_TAG): HTMLElement {
  const host = doc.createElement(tag);
  // One style sheet shared by every badge's shadow root (shadow.ts).
  const root = closedShadow(host, STYLE);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.hidden = true;
  root.append(button, card);
  const toggle = (open: boolean) => {
    if (open) renderSections(host);
    card.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    host.toggleAttribute('data-open', open);
  };
  // The site must not see these clicks: a card opening should never trigger the post's own link.
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    toggle(card.hidden);
  });
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && !card.hidden) {
      toggle(false);
      button.focus();
    }
  });
  parts.set(host, { button, card, root, dl: doc.createElement('dl'), sections: [] });
  updateBadge(host, content);
  return host;
}

export function updateBadge(host: Element, content: BadgeContent): void {
  const p = parts.get(host);
  if (!p) return;
  p.button.textContent = content.label;
  p.button.title = content.title;
  p.button.setAttribute('aria-label', content.name ?? content.title);
  p.card.setAttribute('aria-label', content.title);
  const dl = host.ownerDocument.createElement('dl');
  for (const d of content.details ?? []) {
    const dt = host.ownerDocument.createElement('dt');
    dt.textContent = d.label;
    const dd = host.ownerDocument.createElement('dd');
    dd.textContent = d.value;
    dl.append(dt, dd);
  }
  p.dl = dl;
  p.sections = content.sections ?? [];
  p.card.replaceChildren(dl);
  if (!p.card.hidden) renderSections(host);
  // The brands and the analysis stay inside the closed root: the page's scripts read the host's attributes.
  p.button.setAttribute('data-label', content.dataLabel ?? content.label);
  for (const [k, v] of Object.entries(content.attrs ?? {})) p.button.setAttribute(`data-${k}`, v);
  if (content.key) host.setAttribute('data-key', content.key);
}

function renderSections(host: Element): void {
  const p = parts.get(host);
  if (!p) return;
  p.card.replaceChildren(p.dl, ...p.sections.map((build) => build(p.root)));
}

/** Opens or closes the card (tests and keyboard shortcuts drive it through this). */
export function openBadgeCard(host: Element, open = true): void {
  const p = parts.get(host);
  if (p && p.card.hidden === open) p.button.click();
}

/** For tests: the badge's inside (its button carries the brands and the analysis as data-*). */
export function badgeInternals(host: Element): { button: HTMLButtonElement; card: HTMLElement } | null {
  const p = parts.get(host);
  return p ? { button: p.button, card: p.card } : null;
}
