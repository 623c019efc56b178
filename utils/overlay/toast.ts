// A short message in the page (bottom right, closed shadow root, text only), for what the user must
// know at once: a reply that could not be typed into the site's box and waits in the clipboard.
import { attachTactShadow } from './shadow';

const TAG = 'tact-toast';
const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
div { font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #1f2937; border-radius: 8px;
  padding: 10px 14px; max-width: 360px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
`;

export function showToast(doc: Document, message: string, ms = 6000): HTMLElement {
  doc.querySelector(TAG)?.remove();
  const host = doc.createElement(TAG);
  const root = attachTactShadow(host);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  root.append(style, box);
  host.setAttribute('data-message', message);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
  return host;
}
