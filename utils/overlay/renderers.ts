// The overlay's render stage: what is drawn on an item the background answered for (the mention
// badge and highlights, the troll flag and author chip) and the item remembered for replies. All of
// it speaks the page language of the moment.
import type { Item } from '../platforms/item';
import type { Adapter } from '../platforms/types';
import { BADGE_TAG, createBadge, updateBadge } from '../mentions/page/badge';
import { badgeContent } from '../mentions/page/card';
import { createOursBadge, OURS_TAG, updateOursBadge } from '../mentions/page/ours-badge';
import { rememberItem } from '../tone/page/replies';
import { TrollLayer, type TrollSend } from '../trolls/page/overlay';
import { MentionHighlighter } from './highlight';
import { pageLanguage } from './page-lang';
import type { SeenResult } from './sender';
import { CARE_TAG, CHIP_TAG, FLAG_TAG } from './tags';
import { careChipView, createCareChip, updateCareChip } from '../care/page/care-chip';

export class Renderers {
  private badges = new WeakMap<Element, HTMLElement>();
  // Community care's chip (new here, advocate, detractor) next to the author.
  private careChips = new WeakMap<Element, HTMLElement>();
  private highlighter: MentionHighlighter;
  // Troll flags, their cue highlights and author chips, in the page language of the moment.
  private trolls: TrollLayer;

  constructor(
    private doc: Document,
    private adapter: Adapter,
    send: TrollSend,
  ) {
    this.highlighter = new MentionHighlighter(doc);
    this.trolls = new TrollLayer(doc, adapter, pageLanguage, send);
  }

  /** False when the site re-rendered the item and took something drawn on it away. */
  intact(node: Element): boolean {
    const care = this.careChips.get(node);
    return (
      this.badgeIntact(node) && this.highlighter.intact(node) && this.trolls.intact(node) && (!care || care.isConnected)
    );
  }

  /** Draws (or takes down) everything for one item the background answered for. */
  draw(node: Element, item: Item, result: SeenResult): void {
    if (result.ours) this.drawOurs(node, item, result.key);
    else this.drawBadge(node, result);
    rememberItem({
      key: result.key,
      brandIds: result.mentions.map((m) => m.brandId),
      lang: result.analysis?.lang ?? null,
      author: item.author.name || item.author.handle,
    });
    this.trolls.draw(node, item, result);
    this.drawCare(node, item, result);
    // Highlight the very characters that matched, wherever they sit in the node's text.
    this.highlighter.set(
      node,
      result.mentions.map((m) => item.text.slice(m.start, m.end)),
    );
  }

  /** Takes every badge, flag and chip off the page. */
  removeAll(): void {
    for (const el of this.doc.querySelectorAll(`${BADGE_TAG}, ${FLAG_TAG}, ${CHIP_TAG}, ${OURS_TAG}, ${CARE_TAG}`))
      el.remove();
  }

  dispose(): void {
    this.highlighter.dispose();
    this.trolls.dispose();
  }

  /** The care chip next to the author, or none when the author is neither new, an advocate nor a detractor. */
  private drawCare(node: Element, item: Item, result: SeenResult): void {
    const existing = this.careChips.get(node);
    const who = item.author.name || item.author.handle;
    const view = result.ours ? null : careChipView(result.care, who, pageLanguage(), result.key);
    if (!view) {
      existing?.remove();
      this.careChips.delete(node);
      return;
    }
    if (existing && node.contains(existing)) {
      updateCareChip(existing, view);
      return;
    }
    existing?.remove();
    const chip = createCareChip(this.doc, view);
    const anchor = this.adapter.authorAnchor?.(node) ?? null;
    if (anchor && node.contains(anchor)) anchor.after(chip);
    else this.adapter.badgeAnchor(node).append(chip);
    this.careChips.set(node, chip);
  }

  private badgeIntact(node: Element): boolean {
    const badge = this.badges.get(node);
    return !badge || node.contains(badge);
  }

  /** One of the brand's own accounts wrote it: a small "Our account" label in the badge's place. */
  private drawOurs(node: Element, item: Item, key: string): void {
    const existing = this.badges.get(node);
    const account = item.author.name || item.author.handle;
    if (existing?.tagName.toLowerCase() === OURS_TAG && node.contains(existing)) {
      updateOursBadge(existing, pageLanguage(), account);
      return;
    }
    existing?.remove();
    const label = createOursBadge(this.doc, pageLanguage(), account, key);
    this.adapter.badgeAnchor(node).append(label);
    this.badges.set(node, label);
  }

  private drawBadge(node: Element, result: SeenResult): void {
    const existing = this.badges.get(node);
    if (result.mentions.length === 0) {
      existing?.remove();
      this.badges.delete(node);
      return;
    }
    const content = badgeContent(result.mentions, result.analysis, pageLanguage(), result.key, result.care);
    if (existing?.tagName.toLowerCase() === BADGE_TAG && node.contains(existing)) {
      updateBadge(existing, content);
      return;
    }
    existing?.remove();
    const badge = createBadge(this.doc, content);
    this.adapter.badgeAnchor(node).append(badge);
    this.badges.set(node, badge);
  }
}
