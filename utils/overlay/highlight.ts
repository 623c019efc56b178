// Highlighting mention spans in the page without touching the site's DOM: CSS Custom Highlights
// paint Ranges over the site's own text nodes, so React/Lexical re-renders are not disturbed and
// nothing of the page's markup changes. Where the API is missing, nothing is painted.
import { BADGE_TAG } from '../mentions/page/badge';
import { CHIP_TAG, FLAG_TAG } from './tags';

const NAME = 'tact-mention';
const STYLE_ID = 'tact-highlight-style';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; delete(r: Range): void; clear(): void };

function api(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** The ranges of each node, so they can be replaced when the node's text changes. */
export class MentionHighlighter {
  private ranges = new WeakMap<Element, Range[]>();
  private highlight: InstanceType<HighlightCtor> | null = null;

  /** `name` is the highlight's name in CSS.highlights; `paint` its style (mentions by default). */
  constructor(
    private doc: Document,
    private name = NAME,
    paint = 'background-color: rgba(253, 186, 116, 0.55);',
  ) {
    const a = api();
    if (!a) return;
    this.highlight = new a.Highlight();
    a.registry.set(name, this.highlight);
    const styleId = this.styleId();
    if (!doc.getElementById(styleId)) {
      const style = doc.createElement('style');
      style.id = styleId;
      style.textContent = `::highlight(${name}) { ${paint} }`;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  private styleId(): string {
    return this.name === NAME ? STYLE_ID : `${STYLE_ID}-${this.name}`;
  }

  /** Paints `terms` (exact slices of the item's text) wherever they occur in `node`'s text. */
  set(node: Element, terms: readonly string[]): void {
    this.clear(node);
    if (!this.highlight || terms.length === 0) return;
    const found: Range[] = [];
    const walker = this.doc.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
      acceptNode: (t) =>
        t.parentElement?.closest(`${BADGE_TAG}, ${FLAG_TAG}, ${CHIP_TAG}`)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const value = t.nodeValue ?? '';
      for (const term of new Set(terms)) {
        if (!term) continue;
        for (let at = value.indexOf(term); at >= 0; at = value.indexOf(term, at + term.length)) {
          const r = this.doc.createRange();
          r.setStart(t, at);
          r.setEnd(t, at + term.length);
          found.push(r);
        }
      }
    }
    for (const r of found) this.highlight.add(r);
    this.ranges.set(node, found);
  }

  /** True when the node's ranges still sit on text inside it (a re-render replaces text nodes). */
  intact(node: Element): boolean {
    const rs = this.ranges.get(node);
    return !rs || rs.every((r) => r.startContainer.isConnected && node.contains(r.startContainer));
  }

  clear(node: Element): void {
    for (const r of this.ranges.get(node) ?? []) this.highlight?.delete(r);
    this.ranges.delete(node);
  }

  dispose(): void {
    this.highlight?.clear();
    api()?.registry.delete(this.name);
    this.doc.getElementById(this.styleId())?.remove();
    this.ranges = new WeakMap();
  }
}
