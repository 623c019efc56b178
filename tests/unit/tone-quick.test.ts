import { describe, expect, it } from 'vitest';
import { fillSnippet, firstNameIn, matchSnippets, slashQuery } from '../../utils/snippets/core/quick';
import { draftLanguage } from '../../utils/tone/core/draft-lang';

describe('slashQuery', () => {
  it.each([
    ['/', ''],
    ['/mer', 'mer'],
    ['Bonjour /exc', 'exc'],
    ['Bonjour\n/prénom', 'prénom'],
    ['a\u00a0/re_tour-2', 're_tour-2'],
  ])('opens the list for %j (query %j)', (typed, query) => {
    expect(slashQuery(typed)).toEqual({ query, length: query.length + 1 });
  });
  it.each(['https://acme.fr/', 'and/or', '1/2', 'Bonjour', '/mer ci', 'x /a.b'])('stays closed for %j', (typed) => {
    expect(slashQuery(typed)).toBeNull();
  });
});

describe('matchSnippets', () => {
  const s = (id: string, name: string, language: 'fr' | 'en') => ({ id, name, language, body: id });
  const all = [
    s('1', 'excuses', 'fr'),
    s('2', 'Merci', 'fr'),
    s('3', 'merci-en', 'en'),
    s('4', 'remerciements', 'fr'),
    s('5', 'élan', 'fr'),
  ];
  it('puts names starting with the query first, the reply’s language first, then names containing it', () => {
    expect(matchSnippets(all, 'merci', 'en').map((x) => x.id)).toEqual(['3', '2', '4']);
    expect(matchSnippets(all, 'MER', 'fr').map((x) => x.id)).toEqual(['2', '3', '4']);
  });
  it('ignores accents and lists everything for an empty query, up to the maximum', () => {
    expect(matchSnippets(all, 'elan').map((x) => x.id)).toEqual(['5']);
    expect(matchSnippets(all, '', undefined, 3)).toHaveLength(3);
    expect(matchSnippets(all, 'zzz')).toEqual([]);
  });
});

describe('fillSnippet', () => {
  it('fills what is known, leaves the rest and points at the first one left', () => {
    const body = 'Bonjour {prénom}, votre commande {orderId} de {product} chez {brand} est partie.';
    const filled = fillSnippet(body, { firstName: 'Marie', brand: 'Acme' });
    expect(filled.text).toBe('Bonjour Marie, votre commande {orderId} de {product} chez Acme est partie.');
    expect(filled.firstUnfilled).toEqual({ start: 30, end: 39, name: 'orderId' });
    expect(filled.text.slice(30, 39)).toBe('{orderId}');
  });
  it('reports nothing left when all is filled, and treats {firstName} like {prénom}', () => {
    expect(fillSnippet('Hi {firstName}!', { firstName: 'John' })).toEqual({ text: 'Hi John!', firstUnfilled: null });
    expect(fillSnippet('Hi {firstName}!', { firstName: ' ' }).firstUnfilled?.name).toBe('firstName');
  });
});

describe('firstNameIn', () => {
  it.each([
    ['Marie Dupont', 'Marie'],
    ['Jean-Luc Martin', 'Jean-Luc'],
    ['@marie', undefined],
    ['u/throwaway', undefined],
    ['MD', undefined],
    [null, undefined],
  ])('%j → %j', (author, first) => expect(firstNameIn(author)).toBe(first));
});

describe('draftLanguage', () => {
  it.each([
    ['Bonjour, nous sommes désolés pour le retard.', 'fr'],
    ['Hi, thanks for your message, we will check.', 'en'],
    ['RoadRunner 3000', null],
  ])('%j → %j', (draft, lang) => expect(draftLanguage(draft)).toBe(lang));
});
