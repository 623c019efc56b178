// The small "Our account" label Tact puts on an item one of the brand's own accounts wrote: not a
// mention to handle, so no card and no troll flag, only this. Closed shadow root, text only.
import { closedShadow } from '../../overlay/shadow';
import { t } from '../../overlay/i18n';

export const OURS_TAG = 'tact-ours';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; }
span { font: 600 11px/1.5 system-ui, sans-serif; color: #065f46; background: #d1fae5; border-radius: 8px;
  padding: 0 6px; white-space: nowrap; }
@media (prefers-color-scheme: dark) { span { color: #a7f3d0; background: #064e3b; } }
`;

const labels = new WeakMap<Element, HTMLElement>();

/** A label saying the item is ours; `account` is the page's name for the author (untrusted: text only). */
export function createOursBadge(doc: Document, lang: 'fr' | 'en', account: string, key: string): HTMLElement {
  const host = doc.createElement(OURS_TAG);
  const root = closedShadow(host, STYLE);
  const span = doc.createElement('span');
  root.append(span);
  labels.set(host, span);
  updateOursBadge(host, lang, account);
  host.setAttribute('data-key', key);
  return host;
}

export function updateOursBadge(host: Element, lang: 'fr' | 'en', account: string): void {
  const span = labels.get(host);
  if (!span) return;
  span.textContent = t(lang, 'ours.badge');
  const name = t(lang, 'ours.badge.name', { account: account.slice(0, 200) });
  span.title = name;
  span.setAttribute('role', 'note');
  span.setAttribute('aria-label', name);
}

/** For tests: the label's text inside the closed root. */
export function oursBadgeText(host: Element): string | null {
  return labels.get(host)?.textContent ?? null;
}
