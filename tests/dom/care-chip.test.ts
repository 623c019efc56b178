// @vitest-environment happy-dom
// Community care's chip on the page: "New here" next to a newcomer's name, "Advocate · …" /
// "Detractor · …" from their standing; nothing about the author on the host; its card holds the
// welcome (or thanks) suggestions; Escape closes it and the focus goes back; removeAll takes it off.
import { afterEach, describe, expect, it } from 'vitest';
import { Renderers } from '../../utils/overlay/renderers';
import { careChipInternals, careChipView, openCareCard } from '../../utils/care/page/care-chip';
import { CARE_TAG } from '../../utils/overlay/tags';
import { NO_CARE, type CareInfo } from '../../utils/care/core/care-info';
import type { Adapter } from '../../utils/platforms/types';
import type { SeenResult } from '../../utils/overlay/sender';
import type { Item } from '../../utils/platforms/item';

const adapter: Adapter = {
  platform: 'facebook',
  findItems: (root) => Array.from(root.querySelectorAll('.item')),
  extract: () => null,
  badgeAnchor: (node) => node,
  authorAnchor: (node) => node.querySelector('a.author'),
  expectsItems: () => true,
};

function node() {
  const div = document.createElement('div');
  div.className = 'item';
  const a = document.createElement('a');
  a.className = 'author';
  a.href = 'https://www.facebook.com/julie';
  a.textContent = 'Julie Martin';
  const p = document.createElement('p');
  p.textContent = 'Bonjour, ma livraison a du retard';
  div.append(a, p);
  document.body.append(div);
  return div;
}
const item: Item = {
  platform: 'facebook',
  platformId: '1001',
  kind: 'comment',
  author: { name: 'Julie Martin', handle: '', url: 'https://www.facebook.com/julie' },
  text: 'Bonjour, ma livraison a du retard',
  truncated: false,
  time: '',
  permalink: '',
  parentId: 'p1',
  rootText: '',
  reactions: null,
};
const result = (care: CareInfo | null): SeenResult =>
  ({ key: 'facebook:1001', mentions: [], attention: false, analysis: null, troll: null, author: null, care }) as never;

const renderers = () => new Renderers(document, adapter, (async () => ({})) as never);

afterEach(() => document.body.replaceChildren());

describe('care chip', () => {
  it('says New here next to a newcomer’s name, with nothing about them on the host', () => {
    const n = node();
    renderers().draw(n, item, result({ ...NO_CARE, newcomer: true }));
    const chip = n.querySelector(CARE_TAG)!;
    expect(chip).not.toBeNull();
    expect(chip.previousElementSibling?.className).toBe('author');
    expect(chip.attributes.length).toBe(0);
    expect(chip.textContent).toBe('');
    const inside = careChipInternals(chip)!;
    expect(inside.kind).toBe('newcomer');
    expect(inside.key).toBe('facebook:1001');
    // The page is in French (the item's language does not matter: the page UI's language does).
    expect(['New here', 'Nouveau ici']).toContain(inside.button.textContent);
    expect(inside.button.getAttribute('aria-label')).toContain('Julie Martin');
  });

  it('opens a card with the welcome suggestions; Escape closes it and gives the focus back', () => {
    const n = node();
    renderers().draw(n, item, result({ ...NO_CARE, newcomer: true }));
    const chip = n.querySelector(CARE_TAG)!;
    const { button, card } = careChipInternals(chip)!;
    expect(card.hidden).toBe(true);
    button.click();
    expect(card.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector('section[data-tact-section="welcome"]')).not.toBeNull();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(chip);
    // The chip's own Close button does the same.
    openCareCard(chip);
    (card.querySelector('button.close') as HTMLButtonElement).click();
    expect(card.hidden).toBe(true);
  });

  it('an advocate gets thanks; a detractor the detail only; nothing for anyone else', () => {
    const standing = { positives: 3, negatives: 0, answered: 2, days: 30 };
    const advocate = careChipView({ ...NO_CARE, standing: { kind: 'advocate', ...standing } }, 'Sam', 'en')!;
    expect(advocate.text).toBe('Advocate · 3 praises in 30 days, answered 2');
    const detractor = careChipView(
      { ...NO_CARE, standing: { kind: 'detractor', positives: 0, negatives: 4, answered: 1, days: 30 } },
      'Sam',
      'fr',
    )!;
    expect(detractor.text).toBe('Détracteur · 4 plaintes en 30 jours, 1 avec réponse');
    expect(careChipView(NO_CARE, 'Sam', 'en')).toBeNull();
    expect(careChipView(null, 'Sam', 'en')).toBeNull();

    const n = node();
    const r = renderers();
    r.draw(n, item, result({ ...NO_CARE, standing: { kind: 'advocate', ...standing } }));
    const chip = n.querySelector(CARE_TAG)!;
    openCareCard(chip);
    expect(careChipInternals(chip)!.card.querySelector('section[data-tact-section="thanks"]')).not.toBeNull();
    r.draw(n, item, result({ ...NO_CARE, standing: { kind: 'detractor', ...standing, negatives: 4 } }));
    expect(n.querySelectorAll(CARE_TAG)).toHaveLength(1);
    const card = careChipInternals(chip)!.card;
    expect(card.querySelector('section')).toBeNull();
    // Redrawn without anything to say: the chip goes.
    r.draw(n, item, result(NO_CARE));
    expect(n.querySelector(CARE_TAG)).toBeNull();
  });

  it('is redrawn when the site takes it away, and removeAll takes it off', () => {
    const n = node();
    const r = renderers();
    r.draw(n, item, result({ ...NO_CARE, newcomer: true }));
    expect(r.intact(n)).toBe(true);
    n.querySelector(CARE_TAG)!.remove();
    expect(r.intact(n)).toBe(false);
    r.draw(n, item, result({ ...NO_CARE, newcomer: true }));
    expect(n.querySelectorAll(CARE_TAG)).toHaveLength(1);
    r.removeAll();
    expect(document.querySelector(CARE_TAG)).toBeNull();
  });

  it('shows nothing on our own items', () => {
    const n = node();
    renderers().draw(n, item, { ...result({ ...NO_CARE, newcomer: true }), ours: true } as SeenResult);
    expect(n.querySelector(CARE_TAG)).toBeNull();
  });
});
