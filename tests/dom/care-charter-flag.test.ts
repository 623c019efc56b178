// The troll card and the charter (issue #17, item 3): with the item's `care.clause`, the card names
// the clause ("Breaks clause N of the charter — title", FR and EN) and holds the "Reply citing the
// charter" section, after the review buttons (the keyboard still lands on Confirm first); never for
// the unhappy customer; nothing of it on the flag's host, which the page can read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrollLayer, type TrollSend } from '../../utils/trolls/page/overlay';
import { flagInternals } from '../../utils/trolls/page/flag';
import type { Item } from '../../utils/platforms/item';
import { commentItem, metaLineAdapter } from '../support/troll-page';

const adapter = metaLineAdapter('reddit');

function comment(id: string, text: string): { node: Element; item: Item } {
  const node = document.createElement('div');
  node.className = 'item';
  const meta = document.createElement('div');
  meta.className = 'meta';
  const p = document.createElement('p');
  p.textContent = text;
  node.append(meta, p);
  document.body.append(node);
  const item = commentItem('reddit', id, { name: 'darkv', handle: 'u/darkv', url: '' }, text);
  return { node, item };
}

const CLAUSE = { id: 'respect', n: 2, title: 'Respect <b>', text: 'Be courteous.' };
const result = (key: string, type: 'flamer' | 'unhappy_customer', clause: typeof CLAUSE | null) => ({
  key,
  mentions: [],
  attention: false,
  analysis: null,
  troll: {
    type,
    confidence: 0.8,
    cues: [],
    action: { fr: 'Ne pas nourrir.', en: "Don't feed." },
    review: 'none' as const,
  },
  author: null,
  care: { newcomer: false, standing: null, clause, incidentId: null },
});

let layer: TrollLayer;
const build = (lang: 'en' | 'fr') => {
  layer?.dispose();
  layer = new TrollLayer(document, adapter, lang, vi.fn() as unknown as TrollSend);
};
beforeEach(() => {
  document.body.replaceChildren();
  build('en');
});

const cardOf = (node: Element) => flagInternals(node.querySelector('tact-flag')!)!.card;

describe('the charter on the troll card', () => {
  it('names the clause and offers the reply citing it, after the review buttons', () => {
    const { node, item } = comment('t1_1', 'clowns');
    layer.draw(node, item, result('reddit:t1_1', 'flamer', CLAUSE));
    const card = cardOf(node);
    const line = card.querySelector('p.clause')!;
    expect(line.textContent).toBe('Breaks clause 2 of the charter — Respect <b>');
    expect(line.querySelector('b')).toBeNull();
    const section = card.querySelector('section[data-tact-section="charter"]')!;
    expect(section.querySelector('h3')?.textContent).toBe('Reply citing the charter');
    // The review row comes first: the card's first button is still Confirm.
    expect(card.querySelector('button')?.dataset.action).toBe('confirm');
    expect(line.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const host = node.querySelector('tact-flag')!;
    expect(host.outerHTML).not.toMatch(/respect|clause|charter/iu);
  });

  it('in French', () => {
    build('fr');
    const { node, item } = comment('t1_1', 'clowns');
    layer.draw(node, item, result('reddit:t1_1', 'flamer', CLAUSE));
    expect(cardOf(node).querySelector('p.clause')?.textContent).toBe('Enfreint l’article 2 de la charte — Respect <b>');
  });

  it('nothing for the unhappy customer, nor without a clause', () => {
    const a = comment('t1_2', 'my order never came');
    layer.draw(a.node, a.item, result('reddit:t1_2', 'unhappy_customer', CLAUSE));
    const b = comment('t1_3', 'clowns');
    layer.draw(b.node, b.item, result('reddit:t1_3', 'flamer', null));
    for (const node of [a.node, b.node]) {
      expect(cardOf(node).querySelector('p.clause')).toBeNull();
      expect(cardOf(node).querySelector('section[data-tact-section="charter"]')).toBeNull();
    }
  });
});
