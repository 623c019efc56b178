// The troll flag, its card and the author chips on a live DOM (TrollLayer with a fake background):
// placement, keyboard, review and labelling, error display, text only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrollLayer, authorChangedOnPage, type TrollSend } from '../../utils/trolls/page/overlay';
import { flagInternals } from '../../utils/trolls/page/flag';
import { chipInternals } from '../../utils/trolls/page/chip';
import type { Item } from '../../utils/platforms/item';
import { commentItem, metaLineAdapter } from '../support/troll-page';

const adapter = metaLineAdapter('reddit');

function comment(id: string, who: string, text: string): { node: Element; item: Item } {
  const node = document.createElement('div');
  node.className = 'item';
  const meta = document.createElement('div');
  meta.className = 'meta';
  const a = document.createElement('a');
  a.href = `/user/${who}`;
  a.textContent = who;
  meta.append(a, document.createTextNode(' · 2 h'));
  const p = document.createElement('p');
  p.textContent = text;
  const button = document.createElement('button');
  button.textContent = 'Reply';
  node.append(meta, p, button);
  document.body.append(node);
  const item = commentItem('reddit', id, { name: who, handle: `u/${who}`, url: '' }, text);
  return { node, item };
}

const memory = (
  key: string,
  over: Partial<{ labels: string[]; note: string; counts: Record<string, number> }> = {},
) => ({
  key,
  firstSeenAt: Date.UTC(2026, 3, 1),
  lastSeenAt: Date.UTC(2026, 3, 20),
  labels: [],
  note: '',
  counts: { flamer: 1 },
  ...over,
});

const FLAME = 'lol <img src=x onerror=alert(1)> clowns 🤡';
const flamerResult = (key: string, authorKey: string) => ({
  key,
  mentions: [],
  attention: false,
  analysis: null,
  troll: {
    type: 'flamer' as const,
    confidence: 0.81,
    cues: [
      { start: 4, end: 32, label: 'abusive word' },
      { start: 33, end: 39, label: 'abusive word' },
    ],
    action: { fr: 'Ne pas nourrir.', en: "Don't feed." },
    review: 'none' as const,
  },
  author: memory(authorKey),
});

let send: ReturnType<typeof vi.fn>;
let layer: TrollLayer;
beforeEach(() => {
  document.body.replaceChildren();
  send = vi.fn(async (type: string, payload: any) => {
    if (type === 'trolls.review')
      return {
        updated: true,
        author: memory('reddit:u/darkv', { counts: payload.review === 'dismissed' ? {} : { flamer: 1 } }),
      };
    if (type === 'authors.label') return memory(payload.key, { labels: payload.labels, note: payload.note });
    throw new Error('unexpected');
  });
  layer?.dispose();
  layer = new TrollLayer(document, adapter, 'en', send as unknown as TrollSend);
});

const flagOf = (node: Element) => node.querySelector('tact-flag')!;
const chipOf = (node: Element) => node.querySelector('tact-chip');
const activeIn = (el: Element) => (el.getRootNode() as ShadowRoot).activeElement;
const key = (el: Element, k: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

describe('the troll flag', () => {
  it('sits in the badge anchor, never over the site’s buttons, and says its type and confidence', () => {
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const flag = flagOf(node);
    expect(flag.parentElement!.className).toBe('meta');
    const { button, card } = flagInternals(flag)!;
    expect(button.dataset.trollType).toBe('flamer');
    expect(button.dataset.troll).toBe('yes');
    expect(button.dataset.confidence).toBe('81');
    // Nothing of the verdict on the host: the page's scripts can read its attributes.
    expect(flag.getAttributeNames()).toEqual([]);
    expect(button.textContent).toContain('Flamer');
    expect(button.getAttribute('aria-label')).toMatch(/Flamer \(81% confidence\)/);
    expect(card.hidden).toBe(true);
    // The page's own text is not changed: flags add nothing to the light DOM's text.
    expect(node.textContent).toBe(`darkv · 2 h${FLAME}Reply`);
  });

  it('opens a card with focus inside, Escape closes it and gives focus back to the flag', () => {
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const { button, card } = flagInternals(flagOf(node))!;
    button.click();
    expect(card.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(activeIn(card)).toBe(card.querySelector('[data-action="confirm"]'));
    key(card.querySelector('[data-action="confirm"]')!, 'Escape');
    expect(card.hidden).toBe(true);
    expect(activeIn(button)).toBe(button);
  });

  it('shows the cues as text (page text never becomes markup), the action and the buttons', () => {
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const { card } = flagInternals(flagOf(node))!;
    expect(card.querySelector('img')).toBeNull();
    const quotes = Array.from(card.querySelectorAll('q')).map((q) => q.textContent);
    expect(quotes).toEqual(['<img src=x onerror=alert(1)>', 'clowns']);
    // A cue spanning the whole comment (context) shows its label without quoting the comment back.
    layer.draw(node, item, {
      ...flamerResult('reddit:t1_1', 'reddit:u/darkv'),
      troll: {
        ...flamerResult('', '').troll,
        cues: [{ start: 0, end: FLAME.length, label: 'same author, earlier in the thread' }],
      },
    });
    const again = flagInternals(flagOf(node))!.card;
    expect(again.querySelectorAll('q')).toHaveLength(0);
    expect(again.querySelector('li')!.textContent).toBe('same author, earlier in the thread');
    expect(card.textContent).toContain("Don't feed.");
    expect(card.textContent).toContain('81 %');
    expect(Array.from(card.querySelectorAll(':scope > .row button')).map((b) => b.textContent)).toEqual([
      'Confirm',
      'Dismiss',
      'Label author…',
    ]);
  });

  it('confirm records the review and marks the flag; dismiss removes the flag', async () => {
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const flag = flagOf(node);
    const { button, card } = flagInternals(flag)!;
    button.click();
    (card.querySelector('[data-action="confirm"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(button.dataset.review).toBe('confirmed'));
    expect(flag.getAttributeNames()).toEqual(['data-open']); // the card is open: no verdict, no review
    expect(send).toHaveBeenCalledWith('trolls.review', { key: 'reddit:t1_1', review: 'confirmed' });
    expect(card.querySelector('[role="status"]')!.textContent).toBe('Verdict confirmed.');
    (card.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(node.querySelector('tact-flag')).toBeNull());
    expect(send).toHaveBeenLastCalledWith('trolls.review', { key: 'reddit:t1_1', review: 'dismissed' });
    // Focus stays at the comment, on its author's link, and the toast says what happened.
    expect(document.activeElement).toBe(node.querySelector('.meta a'));
    expect(document.querySelector('tact-toast')?.getAttribute('data-message')).toMatch(/will not be flagged again/);
  });

  it('shows an error in the card when the background refuses, and keeps the flag', async () => {
    send.mockImplementationOnce(async () => {
      throw new Error('disk full');
    });
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const { card } = flagInternals(flagOf(node))!;
    (card.querySelector('[data-action="dismiss"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(card.querySelector('[role="status"]')!.textContent).toBe('Not saved: disk full'));
    expect(node.querySelector('tact-flag')).not.toBeNull();
  });

  it('shows the unhappy customer as no troll: no confirm or dismiss, the author can still be labelled', () => {
    const { node, item } = comment('t1_3', 'paul', 'Order #8812 never arrived, useless support');
    const r = flamerResult('reddit:t1_3', 'reddit:u/paul');
    layer.draw(node, item, {
      ...r,
      troll: { ...r.troll, type: 'unhappy_customer' },
      author: memory('reddit:u/paul', { counts: { unhappy_customer: 1 } }),
    });
    const flag = flagOf(node);
    expect(flagInternals(flag)!.button.dataset.troll).toBe('no');
    expect(flag.getAttributeNames()).toEqual([]);
    const { card } = flagInternals(flag)!;
    expect(Array.from(card.querySelectorAll(':scope > .row button')).map((b) => b.textContent)).toEqual([
      'Label author…',
    ]);
    expect(card.textContent).toContain('Not a troll');
    // An unhappy customer alone earns no chip.
    expect(chipOf(node)).toBeNull();
  });

  it('is removed when a later answer no longer flags the item', () => {
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    layer.draw(node, item, { ...flamerResult('reddit:t1_1', 'reddit:u/darkv'), troll: null });
    expect(node.querySelector('tact-flag')).toBeNull();
  });
});

describe('the author chip', () => {
  it('sits right after the author’s name, and only for authors with labels, a note or flags', () => {
    const a = comment('t1_1', 'darkv', FLAME);
    const b = comment('t1_2', 'nice', 'Thanks for the help!');
    layer.draw(a.node, a.item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    layer.draw(b.node, b.item, {
      key: 'reddit:t1_2',
      mentions: [],
      attention: false,
      analysis: null,
      troll: null,
      author: memory('reddit:u/nice', { counts: {} }),
    });
    const chip = chipOf(a.node)!;
    expect(chip.previousElementSibling!.textContent).toBe('darkv');
    expect(chipInternals(chip)!.textContent).toBe('⚑ 1 flagged');
    expect(chipOf(b.node)).toBeNull();
  });

  it('labelling from one comment’s card updates the chips on all that author’s comments', async () => {
    const first = comment('t1_1', 'darkv', FLAME);
    const second = comment('t1_5', 'darkv', "Whatever. I'm out.");
    const other = comment('t1_6', 'else', 'spam spam');
    layer.draw(first.node, first.item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    layer.draw(second.node, second.item, {
      key: 'reddit:t1_5',
      mentions: [],
      attention: false,
      analysis: null,
      troll: null,
      author: memory('reddit:u/darkv'),
    });
    layer.draw(other.node, other.item, { ...flamerResult('reddit:t1_6', 'reddit:u/else') });
    const { button, card } = flagInternals(flagOf(first.node))!;
    button.click();
    const labelBtn = card.querySelector('[data-action="label"]') as HTMLButtonElement;
    labelBtn.click();
    const form = card.querySelector('form')!;
    expect(form.hidden).toBe(false);
    const boxes = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(activeIn(form)).toBe(boxes[0]);
    boxes[0]!.checked = true;
    form.querySelector<HTMLInputElement>('input[name="other"]')!.value = 'insulte, revendeur';
    form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'banni du forum';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() =>
      expect(chipInternals(chipOf(second.node)!)?.dataset.labels).toBe('known_troll|insulte|revendeur'),
    );
    expect(send).toHaveBeenCalledWith('authors.label', {
      key: 'reddit:u/darkv',
      labels: ['known_troll', 'insulte', 'revendeur'],
      note: 'banni du forum',
    });
    expect(chipInternals(chipOf(first.node)!)!.dataset.labels).toBe('known_troll|insulte|revendeur');
    expect(chipInternals(chipOf(first.node)!)!.textContent).toBe('known troll · insulte · revendeur · ⚑ 1 flagged');
    expect(chipInternals(chipOf(other.node)!)!.dataset.labels).toBe('');
    expect(chipOf(first.node)!.getAttributeNames()).toEqual([]);
    expect(card.querySelector('[role="status"]')!.textContent).toBe('Author labelled.');
    expect(form.hidden).toBe(true);
    expect(activeIn(labelBtn)).toBe(labelBtn);
  });

  it('keeps what the moderator typed when labelling fails', async () => {
    send.mockImplementationOnce(async () => null);
    const { node, item } = comment('t1_1', 'darkv', FLAME);
    layer.draw(node, item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    const { card } = flagInternals(flagOf(node))!;
    (card.querySelector('[data-action="label"]') as HTMLButtonElement).click();
    const form = card.querySelector('form')!;
    form.querySelector<HTMLInputElement>('input[name="other"]')!.value = 'à surveiller';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(card.querySelector('[role="status"]')!.classList.contains('error')).toBe(true));
    expect(form.hidden).toBe(false);
    expect(form.querySelector<HTMLInputElement>('input[name="other"]')!.value).toBe('à surveiller');
  });
});

describe('an author change pushed by the background (another tab labelled them)', () => {
  it('updates the chips of that author on this page and says how many comments show them', () => {
    const a = comment('t1_1', 'darkv', FLAME);
    const b = comment('t1_5', 'darkv', 'ok');
    layer.draw(a.node, a.item, flamerResult('reddit:t1_1', 'reddit:u/darkv'));
    layer.draw(b.node, b.item, {
      key: 'reddit:t1_5',
      mentions: [],
      attention: false,
      analysis: null,
      troll: null,
      author: memory('reddit:u/darkv'),
    });
    expect(authorChangedOnPage(memory('reddit:u/darkv', { labels: ['vip_customer'] }))).toBe(2);
    expect(chipInternals(chipOf(b.node)!)!.textContent).toBe('VIP customer · ⚑ 1 flagged');
    expect(authorChangedOnPage(memory('reddit:u/nobody'))).toBe(0);
  });
});
