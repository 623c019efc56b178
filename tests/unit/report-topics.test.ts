import { describe, expect, it } from 'vitest';
import { TopicCounter, nameWords } from '../../utils/reports/core/topics';

describe('top topics', () => {
  it('counts meaningful words and phrases once per mention, without FR+EN stop-words or brand names', () => {
    const c = new TopicCounter(nameWords(['Acme', 'RoadRunner 3000']));
    c.add('Ma livraison est en retard, encore un retard de livraison chez Acme !');
    c.add("Where is my delivery? L'application plante depuis hier");
    c.add('Livraison en retard : la livraison prévue hier');
    c.add('The delivery app is great, thanks @acme https://acme.test/x #roadrunner');
    const top = c.top(10, 2);
    expect(top).toContainEqual({ term: 'livraison', count: 2 });
    expect(top).toContainEqual({ term: 'retard', count: 2 });
    expect(top).toContainEqual({ term: 'delivery', count: 2 });
    const terms = top.map((t) => t.term);
    for (const stop of ['est', 'the', 'encore', 'acme', 'roadrunner', 'https', 'where'])
      expect(terms).not.toContain(stop);
  });

  it('a phrase as frequent as its words replaces them; punctuation ends a phrase', () => {
    const c = new TopicCounter();
    c.add('colis perdu depuis lundi');
    c.add('mon colis perdu, encore');
    c.add('colis. perdu');
    expect(c.top(5, 2)).toEqual([
      { term: 'colis', count: 3 },
      { term: 'perdu', count: 3 },
      { term: 'colis perdu', count: 2 },
    ]);
    const d = new TopicCounter();
    d.add('remboursement refusé');
    d.add('remboursement refusé encore');
    expect(d.top(5, 2)).toEqual([{ term: 'remboursement refusé', count: 2 }]);
  });

  it('nothing to count gives an empty list', () => {
    const c = new TopicCounter();
    c.add('');
    c.add('ok merci !');
    expect(c.top()).toEqual([]);
  });
});
