// The author chip with a subscribed brand kit's notes: the kit's labels show, marked as from the kit,
// after the moderator's own; the moderator's labels (the chip's labels, the label form) stay theirs alone.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TrollLayer, type TrollSend } from '../../utils/trolls/page/overlay';
import { chipInternals, chipView } from '../../utils/trolls/page/chip';
import type { Item } from '../../utils/platforms/item';
import type { AuthorMemory as AuthorMemoryWire } from '../../utils/trolls/core/author';
import { commentItem, metaLineAdapter } from '../support/troll-page';

const adapter = metaLineAdapter('x');

function comment(id: string, who: string): { node: Element; item: Item } {
  const node = document.createElement('div');
  node.className = 'item';
  const meta = document.createElement('div');
  meta.className = 'meta';
  const a = document.createElement('a');
  a.textContent = who;
  meta.append(a);
  const p = document.createElement('p');
  p.textContent = 'Just asking questions';
  node.append(meta, p);
  document.body.append(node);
  const item = commentItem('x', id, { name: who, handle: `@${who}`, url: '' }, 'Just asking questions');
  return { node, item };
}

const memory = (over: Partial<AuthorMemoryWire> = {}): AuthorMemoryWire => ({
  key: 'x:@sealion',
  firstSeenAt: Date.UTC(2026, 3, 1),
  lastSeenAt: Date.UTC(2026, 3, 20),
  labels: [],
  note: '',
  counts: {},
  ...over,
});

let layer: TrollLayer;
beforeEach(() => {
  document.body.replaceChildren();
  layer?.dispose();
  layer = new TrollLayer(document, adapter, 'en', vi.fn(async () => null) as unknown as TrollSend);
});
const chipOf = (node: Element) => node.querySelector('tact-chip');

describe('the author chip with a subscribed kit’s notes', () => {
  it('shows the kit’s label marked as from the kit, for an author nobody here labelled', () => {
    const { node, item } = comment('1', 'sealion');
    layer.draw(node, item, {
      key: 'x:1',
      mentions: [],
      attention: false,
      analysis: null,
      troll: null,
      author: memory({ kit: [{ kit: 'Acme', labels: ['known_troll'], note: 'Asks daily' }] }),
    });
    const chip = chipOf(node)!;
    expect(chip).not.toBeNull();
    expect(chipInternals(chip)!.textContent).toBe('known troll · from Acme kit');
    // The page's scripts can read the host's attributes: nothing of the author there.
    expect(chip.getAttributeNames()).toEqual([]);
    // The moderator's own labels: none (the kit's are not theirs).
    expect(chipInternals(chip)!.dataset.labels).toBe('');
  });

  it('puts the moderator’s own labels first and does not repeat one the kit shares', () => {
    const { node, item } = comment('2', 'sealion');
    const m = memory({
      labels: ['known_troll'],
      counts: { sealion: 1 },
      kit: [{ kit: 'Acme', labels: ['known_troll', 'sealion'], note: '' }],
    });
    layer.draw(node, item, { key: 'x:2', mentions: [], attention: false, analysis: null, troll: null, author: m });
    expect(chipInternals(chipOf(node)!)!.textContent).toBe('known troll · sealion · from Acme kit · ⚑ 1 flagged');
    expect(chipInternals(chipOf(node)!)!.dataset.labels).toBe('known_troll');
  });

  // An author only a kit knows is "not seen yet".
  it('says in its tooltip what the kit says, read-only, in French too', () => {
    const m = memory({
      firstSeenAt: 0,
      lastSeenAt: 0,
      kit: [{ kit: 'Acme', labels: ['known_troll'], note: 'Asks daily' }],
    });
    const en = chipView(m, 'sealion', 'en')!;
    expect(en.labelled).toBe(true);
    expect(en.title).toBe(
      'Tact remembers sealion: from Acme kit (read-only): known troll, note: Asks daily; not seen by Tact yet',
    );
    const fr = chipView(m, 'sealion', 'fr')!;
    expect(fr.text).toBe('troll connu · du kit Acme');
    expect(fr.title).toContain('du kit Acme (lecture seule) : troll connu, note : Asks daily');
    // A kit with only a note still earns a chip; a kit with nothing does not.
    expect(chipView(memory({ kit: [{ kit: 'Acme', labels: [], note: 'Watch' }] }), 'x', 'en')!.text).toBe(
      '✎ · from Acme kit',
    );
    expect(chipView(memory({ kit: [{ kit: 'Acme', labels: [], note: '' }] }), 'x', 'en')).toBeNull();
  });
});
