// The troll side of the overlay: for each item the background judged, a flag with its card (flag.ts),
// the cues painted in the comment (a highlight of its own, apart from mentions), and the author chip
// (chip.ts). Labelling an author or reviewing a verdict goes to the background; the answer updates
// the chips and cards of every comment by that author on the page.
import type { Item } from '../../platforms/item';
import { isTroll, TYPE_NAMES } from '../core/type-names';
import type { ResponseOf, RequestOf } from '../../messaging/protocol';
import type { AuthorMemory as AuthorMemoryWire } from '../core/author';
import type { Adapter } from '../../platforms/types';
import { t, type Lang } from '../../overlay/i18n';
import { MentionHighlighter } from '../../overlay/highlight';
import { createFlag, markConfirmed, openFlagCard, updateFlag, updateFlagAuthor, type FlagContent } from './flag';
import { chipView, createChip, updateChip } from './chip';
import { showToast } from '../../overlay/toast';
import { suggestionsSection } from '../../tone/page/suggestions';

export const TROLL_HIGHLIGHT = 'tact-troll';
const QUOTE_MAX = 80;

type Result = ResponseOf<'items.seen'>['results'][number];
export type TrollSend = <K extends 'trolls.review' | 'authors.label'>(
  type: K,
  payload: RequestOf<K>,
) => Promise<ResponseOf<K>>;

/** The layers running in this page (one per content script), for updates pushed by the background. */
const layers = new Set<TrollLayer>();

/** Updates every comment of this author on the page; returns how many comments show them. */
export function authorChangedOnPage(memory: AuthorMemoryWire): number {
  let n = 0;
  for (const layer of layers) n += layer.authorChanged(memory);
  return n;
}

export class TrollLayer {
  private flags = new WeakMap<Element, HTMLElement>();
  private chips = new WeakMap<Element, HTMLElement>();
  private authorOf = new WeakMap<Element, { key: string; name: string; memory: AuthorMemoryWire }>();
  private byAuthor = new Map<string, Set<Element>>();
  private highlighter: MentionHighlighter;
  private langOf: () => Lang;
  /** Read at each use: the page language may change while the page is open (page-lang.ts). */
  private get lang(): Lang {
    return this.langOf();
  }

  constructor(
    private doc: Document,
    private adapter: Adapter,
    lang: Lang | (() => Lang),
    private send: TrollSend,
  ) {
    this.langOf = typeof lang === 'function' ? lang : () => lang;
    this.highlighter = new MentionHighlighter(
      doc,
      TROLL_HIGHLIGHT,
      'background-color: rgba(248, 113, 113, 0.35); text-decoration: underline wavy #b91c1c;',
    );
    layers.add(this);
  }

  /** Draws (or removes) the flag, the cue highlights and the author chip of one item. */
  draw(node: Element, item: Item, result: Result): void {
    if (result.author) {
      const name = item.author.name || item.author.handle || result.author.key;
      this.authorOf.set(node, { key: result.author.key, name, memory: result.author });
      let nodes = this.byAuthor.get(result.author.key);
      if (!nodes) this.byAuthor.set(result.author.key, (nodes = new Set()));
      nodes.add(node);
    }
    this.drawFlag(node, item, result);
    this.drawChip(node);
  }

  /** False when the site re-rendered the item and took our flag, chip or highlights with it. */
  intact(node: Element): boolean {
    const flag = this.flags.get(node);
    const chip = this.chips.get(node);
    return (!flag || node.contains(flag)) && (!chip || chip.isConnected) && this.highlighter.intact(node);
  }

  /** The author's memory changed: every chip and card of that author on the page says so. */
  authorChanged(memory: AuthorMemoryWire): number {
    const nodes = this.byAuthor.get(memory.key);
    if (!nodes) return 0;
    for (const node of nodes) {
      const who = this.authorOf.get(node);
      if (!node.isConnected || !who) {
        nodes.delete(node);
        continue;
      }
      this.authorOf.set(node, { ...who, memory });
      this.drawChip(node);
      const flag = this.flags.get(node);
      if (flag) updateFlagAuthor(flag, { name: who.name, labels: memory.labels, note: memory.note });
    }
    return nodes.size;
  }

  dispose(): void {
    layers.delete(this);
    this.highlighter.dispose();
    this.byAuthor.clear();
  }

  private drawFlag(node: Element, item: Item, result: Result): void {
    const existing = this.flags.get(node);
    const troll = result.troll;
    if (!troll) {
      this.removeFlag(node);
      return;
    }
    // Names only: the typology's descriptions and cues stay out of the content script.
    const type = { name: TYPE_NAMES[troll.type], isTroll: isTroll(troll.type) };
    const who = this.authorOf.get(node);
    const content: FlagContent = {
      type: troll.type,
      typeName: type.name[this.lang],
      isTroll: type.isTroll,
      confidence: troll.confidence,
      // A context cue spans the whole comment (off topic, repeated, same author before): its label says it all.
      cues: troll.cues.map((c) => ({
        quote: c.start === 0 && c.end >= item.text.length ? '' : clipQuote(item.text.slice(c.start, c.end)),
        label: c.label,
      })),
      action: troll.action[this.lang],
      review: troll.review,
      author: who ? { name: who.name, labels: who.memory.labels, note: who.memory.note } : null,
      // The charter clause it breaks, and a reply citing it (never for the unhappy customer).
      clause: type.isTroll ? (result.care?.clause ?? null) : null,
      sections: type.isTroll && result.care?.clause ? [suggestionsSection(result.key, 'charter')] : [],
    };
    // Paint the cues that are words of the comment, not the whole comment (context cues span it all).
    const terms = troll.cues
      .filter((c) => c.end > c.start && c.end - c.start < Math.max(item.text.length, 1) && c.end - c.start <= 200)
      .map((c) => item.text.slice(c.start, c.end))
      .filter((s) => s.trim() && !s.includes('\n'));
    this.highlighter.set(node, type.isTroll ? terms : []);
    if (existing && node.contains(existing)) {
      updateFlag(existing, content);
      return;
    }
    existing?.remove();
    const flag = createFlag(this.doc, content, this.actions(node, result.key), this.lang);
    this.adapter.badgeAnchor(node).append(flag);
    this.flags.set(node, flag);
  }

  private removeFlag(node: Element): void {
    const flag = this.flags.get(node);
    if (flag) openFlagCard(flag, false); // stops its card following the page
    flag?.remove();
    this.flags.delete(node);
    this.highlighter.clear(node);
  }

  private actions(node: Element, itemKey: string) {
    return {
      review: async (review: 'confirmed' | 'dismissed') => {
        const reply = await this.send('trolls.review', { key: itemKey, review });
        if (!reply.updated) throw new Error(t(this.lang, 'troll.label.unknown'));
        if (reply.author) this.authorChanged(reply.author);
        const flag = this.flags.get(node);
        if (review === 'confirmed' && flag) markConfirmed(flag);
        if (review === 'dismissed') {
          // The card goes with its flag: say it where the moderator looks.
          showToast(this.doc, t(this.lang, 'troll.card.dismissDone'));
          this.removeFlag(node);
          // Keyboard users stay at the comment: on its author's link rather than back at the page's top.
          const author = this.adapter.authorAnchor?.(node);
          if (author && node.contains(author)) (author as HTMLElement).focus?.({ preventScroll: true });
        }
      },
      label: async (labels: string[], note: string) => {
        const who = this.authorOf.get(node);
        if (!who) throw new Error(t(this.lang, 'troll.label.unknown'));
        const memory = await this.send('authors.label', { key: who.key, labels, note });
        if (!memory) throw new Error(t(this.lang, 'troll.label.unknown'));
        this.authorChanged(memory);
      },
    };
  }

  private drawChip(node: Element): void {
    const who = this.authorOf.get(node);
    const existing = this.chips.get(node);
    const view = who ? chipView(who.memory, who.name, this.lang) : null;
    if (!who || !view) {
      existing?.remove();
      this.chips.delete(node);
      return;
    }
    if (existing && existing.isConnected && node.contains(existing)) {
      updateChip(existing, view, who.memory.labels);
      return;
    }
    existing?.remove();
    const chip = createChip(this.doc, who.key, view);
    updateChip(chip, view, who.memory.labels);
    const anchor = this.adapter.authorAnchor?.(node) ?? null;
    if (anchor && node.contains(anchor)) anchor.after(chip);
    else this.adapter.badgeAnchor(node).append(chip);
    this.chips.set(node, chip);
  }
}

function clipQuote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > QUOTE_MAX ? `${one.slice(0, QUOTE_MAX - 1)}…` : one;
}
