// The small badge Tact draws next to an item: a custom element with a closed shadow root, so the
// page's CSS cannot restyle it and the page's scripts cannot read into it. Text only, never HTML.
export const BADGE_TAG = 'tact-badge';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; }
span { font: 600 11px/1.6 system-ui, sans-serif; color: #fff; background: #c2410c;
  border-radius: 8px; padding: 0 6px; white-space: nowrap; }
`;

export interface BadgeContent {
  label: string;
  title: string;
}

const shadows = new WeakMap<Element, ShadowRoot>();

export function createBadge(doc: Document, content: BadgeContent): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  shadows.set(host, root);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const span = doc.createElement('span');
  span.setAttribute('role', 'note');
  root.append(style, span);
  updateBadge(host, content);
  return host;
}

export function updateBadge(host: Element, content: BadgeContent): void {
  const span = shadows.get(host)?.querySelector('span');
  if (!span) return;
  span.textContent = content.label;
  span.title = content.title;
  span.setAttribute('aria-label', content.title);
  host.setAttribute('data-label', content.label);
}
