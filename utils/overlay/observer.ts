// The overlay's one MutationObserver: it only marks work (calls `onChange`), never scans itself, and
// ignores mutations that are only Tact's own badges, flags, chips and toasts coming and going.
import { BADGE_TAG } from '../mentions/page/badge';
import { OURS_TAG } from '../mentions/page/ours-badge';
import { CHIP_TAG, FLAG_TAG } from './tags';

const OURS = new Set([BADGE_TAG, FLAG_TAG, CHIP_TAG, OURS_TAG, 'tact-toast']);
const isOurs = (n: Node) => n.nodeType === 1 && OURS.has((n as Element).tagName.toLowerCase());

export function observePage(doc: Document, onChange: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurs)) continue;
      onChange();
      return;
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return observer;
}
