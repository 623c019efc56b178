// The author chip: next to an author's name, what the moderator said of them (labels, note), what a
// subscribed brand kit says (marked "from {kit} kit") and how many of their comments Tact flagged,
// when there is any of that. Closed shadow root, text only.
import { closedShadow } from '../../overlay/shadow';
import { CHIP_TAG } from '../../overlay/tags';
import { labelText, trollFlags, worthAChip } from '../core/author-memory';
import { isTrollTypeId, TYPE_NAMES } from '../core/type-names';
import type { AuthorMemory as AuthorMemoryWire } from '../core/author';
import { t, type Lang } from '../../overlay/i18n';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; }
span { font: 600 12px/1.5 system-ui, sans-serif; color: #3f3f46; background: #e4e4e7; border-radius: 8px;
  padding: 0 6px; white-space: nowrap; display: inline-block; max-width: 260px; overflow: hidden;
  text-overflow: ellipsis; }
span.labelled { background: #fde68a; color: #451a03; }
@media (prefers-color-scheme: dark) {
  span { background: #3f3f46; color: #f4f4f5; } span.labelled { background: #92400e; color: #fff; }
}
`;

const spans = new WeakMap<Element, HTMLSpanElement>();

export interface ChipView {
  text: string;
  title: string;
  labelled: boolean;
}

/** What the chip says of an author, or null when there is nothing to say. */
export function chipView(m: AuthorMemoryWire, authorName: string, lang: Lang): ChipView | null {
  if (!worthAChip(m)) return null;
  const flags = trollFlags(m.counts);
  const labels = m.labels.map((l) => labelText(l, lang));
  const parts = [...labels];
  // A kit's labels come after the moderator's own, each kit marked, so nobody takes them for theirs.
  const kits = (m.kit ?? []).filter((k) => k.labels.length > 0 || k.note.length > 0);
  let kitLabelled = false;
  for (const k of kits) {
    const own = k.labels.map((l) => labelText(l, lang)).filter((l) => !parts.includes(l));
    kitLabelled ||= k.labels.length > 0;
    parts.push(
      ...(own.length > 0 ? own : k.labels.length > 0 ? [] : ['✎']),
      t(lang, 'kitNotes.chip.from', { kit: k.kit }),
    );
  }
  if (flags > 0) parts.push(`⚑ ${t(lang, 'troll.chip.flags', { count: flags })}`);
  if (parts.length === 0 && m.note) parts.push('✎');
  const byType = Object.entries(m.counts)
    .filter(([k, n]) => isTrollTypeId(k) && (n ?? 0) > 0)
    .map(([k, n]) => `${TYPE_NAMES[k as keyof typeof TYPE_NAMES][lang]} × ${n}`);
  const date = (ms: number) => new Date(ms).toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB');
  const details = [
    ...labels,
    ...byType,
    m.note ? t(lang, 'troll.chip.note', { note: m.note }) : '',
    ...kits.map((k) =>
      t(lang, 'kitNotes.chip.detail', {
        kit: k.kit,
        what: [
          ...k.labels.map((l) => labelText(l, lang)),
          k.note ? t(lang, 'kitNotes.chip.note', { note: k.note }) : '',
        ]
          .filter(Boolean)
          .join(', '),
      }),
    ),
    // 0: the author is known only from a kit's note, Tact has not met them on a page.
    m.firstSeenAt > 0
      ? t(lang, 'troll.chip.seen', { first: date(m.firstSeenAt), last: date(m.lastSeenAt) })
      : t(lang, 'kitNotes.chip.unseen'),
  ].filter(Boolean);
  return {
    text: parts.join(' · '),
    title: t(lang, 'troll.chip.title', { author: authorName, details: details.join('; ') }),
    labelled: labels.length > 0 || kitLabelled,
  };
}

export function createChip(doc: Document, key: string, view: ChipView): HTMLElement {
  const host = doc.createElement(CHIP_TAG);
  const root = closedShadow(host, STYLE);
  const span = doc.createElement('span');
  span.setAttribute('role', 'note');
  root.append(span);
  spans.set(host, span);
  // Inside the closed root, like the labels below: the page's scripts can read the host's attributes.
  span.dataset.authorKey = key;
  updateChip(host, view, []);
  return host;
}

export function updateChip(host: Element, view: ChipView, labels: readonly string[]): void {
  const span = spans.get(host);
  if (!span) return;
  span.textContent = view.text;
  span.title = view.title;
  span.setAttribute('aria-label', view.title);
  span.className = view.labelled ? 'labelled' : '';
  span.dataset.labels = labels.join('|');
}

/** For tests: the chip's inside (its text, and the labels and author key it was drawn for). */
export function chipInternals(host: Element): HTMLSpanElement | null {
  return spans.get(host) ?? null;
}
