// @vitest-environment happy-dom
// Community care's chip on the page: "New here" next to a newcomer's name, "Advocate · …" /
// "Detractor · …" from their standing; nothing about the author on the host; its card holds the
// welcome (or thanks) suggestions; Escape closes it and the focus goes back; removeAll takes it off.
import { afterEach, describe, expect, it } from 'vitest';
import { Renderers } from '../../utils/overlay/renderers';
import { careChipView } from '../../utils/care/page/care-chip';
import { badgeInternals, openBadgeCard } from '../../utils/mentions/page/badge';
import { CARE_TAG } from '../../utils/overlay/tags';
import { INSERTED_EVENT } from '../../utils/tone/page/suggestions';
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
    const inside = badgeInternals(chip)!;
    expect(inside.button.className).toBe('chip newcomer');
    // The page UI's language (not the item's) says it.
    expect(['New here', 'Nouveau ici']).toContain(inside.button.textContent);
    // Its accessible name starts with what it shows, then whose it is.
    expect(inside.button.getAttribute('aria-label')).toBe(`${inside.button.textContent} · Julie Martin`);
  });

  it('opens a card with the welcome suggestions; Escape closes it and gives the focus back', () => {
    const n = node();
    renderers().draw(n, item, result({ ...NO_CARE, newcomer: true }));
    const chip = n.querySelector(CARE_TAG)!;
    const { button, card } = badgeInternals(chip)!;
    expect(card.hidden).toBe(true);
    button.click();
    expect(card.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(card.querySelector('section[data-tact-section="welcome"]')).not.toBeNull();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(chip);
    // The chip's button toggles it too.
    openBadgeCard(chip);
    expect(card.hidden).toBe(false);
    button.click();
    expect(card.hidden).toBe(true);
  });

  it('says Welcomed once a welcome from its card went in, leaving the open card as it was', () => {
    const n = node();
    renderers().draw(n, item, result({ ...NO_CARE, newcomer: true }));
    const chip = n.querySelector(CARE_TAG)!;
    const { button, card } = badgeInternals(chip)!;
    button.click();
    const section = card.querySelector('section[data-tact-section="welcome"]')!;
    // What the suggestions section dispatches after an insert that was logged.
    section.dispatchEvent(new Event(INSERTED_EVENT, { bubbles: true }));
    expect(button.textContent).toBe('Welcomed');
    expect(button.getAttribute('aria-label')).toBe('Welcomed · Julie Martin');
    expect(card.hidden).toBe(false);
    expect(card.contains(section)).toBe(true);
    expect(Array.from(chip.attributes).map((a) => a.name)).not.toContain('class');
  });

  it('an advocate gets thanks; a detractor the detail only; nothing for anyone else', () => {
    const standing = { positives: 3, negatives: 0, answered: 2, days: 30 };
    const advocate = careChipView(
      { ...NO_CARE, standing: { kind: 'advocate', ...standing, negatives: 1 } },
      'Sam',
      'en',
      'k',
    )!;
    expect(advocate.content.label).toBe('Advocate · 3 praises in 30 days, answered 2');
    const detractor = careChipView(
      { ...NO_CARE, standing: { kind: 'detractor', positives: 1, negatives: 4, answered: 1, days: 30 } },
      'Sam',
      'fr',
      'k',
    )!;
    expect(detractor.content.label).toBe('Détracteur · 4 plaintes en 30 jours, 1 avec réponse');
    expect(careChipView(NO_CARE, 'Sam', 'en', 'k')).toBeNull();
    expect(careChipView(null, 'Sam', 'en', 'k')).toBeNull();

    const n = node();
    const r = renderers();
    r.draw(n, item, result({ ...NO_CARE, standing: { kind: 'advocate', ...standing } }));
    const chip = n.querySelector(CARE_TAG)!;
    openBadgeCard(chip);
    expect(badgeInternals(chip)!.card.querySelector('section[data-tact-section="thanks"]')).not.toBeNull();
    r.draw(n, item, result({ ...NO_CARE, standing: { kind: 'detractor', ...standing, negatives: 4 } }));
    expect(n.querySelectorAll(CARE_TAG)).toHaveLength(1);
    const { button, card } = badgeInternals(chip)!;
    expect(button.className).toBe('chip detractor');
    expect(card.querySelector('section')).toBeNull();
    expect(card.querySelector('dd')?.textContent).toMatch(/^(Detractor|Détracteur) · 4 /u);
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
