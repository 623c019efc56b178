import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/core/mentions/match';

const acme = {
  id: 'b1',
  name: 'Acme',
  aliases: ['ACME Corp'],
  handles: ['@acme'],
  hashtags: ['#acme'],
  products: ['RoadRunner 3000'],
  exclude: ['acme of perfection'],
};
const cafe = { id: 'b2', name: 'Crème Café', aliases: [], handles: [], hashtags: [], products: [], exclude: [] };

const spans = (text: string) => findMentions(text, [acme, cafe]).map((m) => text.slice(m.start, m.end));

describe('findMentions', () => {
  it.each([
    ['I love ACME!', ['ACME']],
    ["J'adore l'Acme, vraiment", ['Acme']],
    ["Acme's support is slow", ['Acme']],
    ['@acme mon colis ?', ['@acme']],
    ['#Acme 🔥', ['#Acme']],
    ['Mon roadrunner 3000 ne démarre plus', ['roadrunner 3000']],
    ['Merci ACME Corp 🙏', ['ACME Corp']],
    ['Un crème café svp', ['crème café']],
    ['Un CREME CAFE svp', ['CREME CAFE']],
    ['😡Acme😡', ['Acme']],
  ])('returns the mention spans in %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['Acmeville is a town'],
    ['the acme of perfection'],
    ['@acmefan says hi'],
    ['nothing here'],
  ])('returns nothing for %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keeps spans right after astral emoji and ligatures', () => {
    const text = '🎉🎉 ﬁne work Acme';
    const [m] = findMentions(text, [acme]);
    expect(text.slice(m!.start, m!.end)).toBe('Acme');
  });

  it('names the brand and the term that matched', () => {
    expect(findMentions('@acme', [acme])).toEqual([{ brandId: 'b1', brandName: 'Acme', term: '@acme', start: 0, end: 5 }]);
  });
});
