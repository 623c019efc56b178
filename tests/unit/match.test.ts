import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/mentions/core/match';
import { parseQuery, QueryError } from '../../utils/mentions/core/query';

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

  it.each([['Acmeville is a town'], ['the acme of perfection'], ['@acmefan says hi'], ['nothing here']])(
    'returns nothing for %j',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );

  it('keeps spans right after astral emoji and ligatures', () => {
    const text = '🎉🎉 ﬁne work Acme';
    const [m] = findMentions(text, [acme]);
    expect(text.slice(m!.start, m!.end)).toBe('Acme');
  });

  it('names the brand and the term that matched', () => {
    expect(findMentions('@acme', [acme])).toEqual([
      { brandId: 'b1', brandName: 'Acme', term: '@acme', start: 0, end: 5 },
    ]);
  });
});

describe('findMentions, beyond exact words', () => {
  const orange = {
    id: 'o',
    name: 'Orange',
    query: 'orange AND (forfait OR box OR réseau OR "service client") NOT (jus OR fruit)',
  };
  const lacoste = {
    id: 'l',
    name: 'Lacoste',
    aliases: [],
    handles: ['@lacoste'],
    misspellings: ['Lacost'],
    exclude: [],
  };
  const find = (text: string, brands: Parameters<typeof findMentions>[1]) =>
    findMentions(text, brands).map((m) => text.slice(m.start, m.end));

  it.each([
    ['4cme is a scam', ['4cme']],
    ['ACMEEEE répondez !!!', ['ACMEEEE']],
    ['A c m e support never answers', ['A c m e']],
    ['A.C.M.E. encore en panne', ['A.C.M.E']],
    ['Ac-me c’est nul', ['Ac-me']],
    ['#BoycottAcme maintenant', ['#BoycottAcme']],
    ['#acmesucks is trending', ['#acmesucks']],
    ['my roadrunner3000 died', ['roadrunner3000']],
    ['#RoadRunner3000 🔥', ['#RoadRunner3000']],
  ])('finds Acme in %j', (text, expected) => {
    expect(find(text, [acme])).toEqual(expected);
  });

  it.each([
    ['Mon polo Lacotse est troué', ['Lacotse']],
    ['lacostte', ['lacostte']],
    ['Lacost a répondu', ['Lacost']],
    ['La côte est belle', []],
  ])('finds names of five letters or more within one edit: %j', (text, expected) => {
    expect(find(text, [lacoste])).toEqual(expected);
  });

  it('does not read a 4-letter name fuzzily (acne, acre are words)', () => {
    expect(find('my acne and an acre of land', [acme])).toEqual([]);
  });

  it.each([
    ['Mon forfait Orange ne marche plus', ['forfait', 'Orange']],
    ['La box orange redémarre sans arrêt', ['box', 'orange']],
    ['Un jus d’orange et un forfait', []],
    ['J’aime la couleur orange', []],
    ['Le service client Orange est injoignable', ['service client', 'Orange']],
  ])('applies the boolean query to %j', (text, expected) => {
    expect(find(text, [orange])).toEqual(expected);
  });
});

describe('parseQuery', () => {
  it.each(['orange AND (box', 'AND', '"unclosed', '()', 'orange OR'])('rejects %j with a QueryError', (q) => {
    expect(() => parseQuery(q)).toThrow(QueryError);
  });

  it('reads French operators and implicit AND', () => {
    expect(parseQuery('orange box SAUF jus OU fruit')).toEqual({
      op: 'or',
      args: [
        {
          op: 'and',
          args: [
            { op: 'term', text: 'orange' },
            { op: 'term', text: 'box' },
            { op: 'not', arg: { op: 'term', text: 'jus' } },
          ],
        },
        { op: 'term', text: 'fruit' },
      ],
    });
  });
});
