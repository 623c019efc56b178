// Brand mentions written differently (issue #14, item 7): a multi-word product misspelt in one word
// ("Skylancr 500") or split where its name changes case ("Sky Lancer 500") is a mention; a hashtag
// that starts with the brand and goes on with a handle-like tail of letters and digits (#acme2k9x) is
// not the brand's, while one that goes on with a word (#acmesupport, #acmefail) or a number is.
import { describe, expect, it } from 'vitest';
import { BrandMatcher, type MatchableBrand } from '../../utils/mentions/core/matcher';

const zeta: MatchableBrand = {
  id: 'z',
  name: 'Zeta',
  handles: ['@zeta'],
  products: ['SkyLancer 500', 'Galaxy Tab Ultra'],
};
const acme: MatchableBrand = {
  id: 'a',
  name: 'Acme',
  aliases: ['ACME Corp'],
  handles: ['@acme'],
  hashtags: ['#acme'],
  products: ['RoadRunner 3000'],
  exclude: ['acme of perfection'],
};
const credit: MatchableBrand = { id: 'c', name: 'Crédit Agricole' };
const m = new BrandMatcher([zeta, acme, credit]);
const found = (text: string) => m.find(text).map((x) => [x.term, text.slice(x.start, x.end)]);

describe('a multi-word product written differently is a mention', () => {
  it.each([
    ['en', 'Just got my Skylancr 500 and it flies', 'Skylancr 500'],
    ['en', 'The Sky Lancer 500 battery died after a week', 'Sky Lancer 500'],
    ['fr', 'Ma Sky Lancer 500 ne charge plus', 'Sky Lancer 500'],
    ['fr', 'le skylanser 500 est en promo ?', 'skylanser 500'],
    ['en', 'my Road Runner 3000 caught fire', 'Road Runner 3000'],
    ['fr', 'ma Roadruner 3000 fume', 'Roadruner 3000'],
    ['en', 'the Galaxy Tab Ultar keeps rebooting', 'Galaxy Tab Ultar'],
    ['en', 'my Road Runer 3000 is dead', 'Road Runer 3000'],
    ['fr', 'la Sky Lanser 500 est arrivée', 'Sky Lanser 500'],
    ['en', 'Road-Runner 3000 or nothing', 'Road-Runner 3000'],
  ])('%s: %s', (_lang, text, span) => {
    expect(found(text).map(([, s]) => s)).toContain(span);
  });

  it('a multi-word name misspelt in one word', () => {
    expect(found('Le Crédit Agricol m’a encore facturé')).toEqual([['Crédit Agricole', 'Crédit Agricol']]);
  });

  it.each([
    'Sky Lancer is a fine name for a horse',
    'a Skylancer 600 from another maker',
    'the sky above the lancer 500 metres away',
    'Road Runner cartoons on Saturday mornings',
    'Skylark 500 tickets sold',
    'Credit agency call again',
  ])('not a mention: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hashtags that start with the brand', () => {
  it.each(['#acmesupport', '#AcmeFail', '#boycottacme', '#acme2025', '#acme_fans', '#b0yc0tt4cme'])(
    '%s is the brand’s',
    (tag) => {
      expect(found(`so true ${tag} today`).map(([term]) => term)).toEqual(['Acme']);
    },
  );

  it.each(['#acme2k9x', '#acmex9z2', '#acme_fan1987', '#x9k2acme', '#zeta7q2w'])('%s is not the brand’s', (tag) => {
    expect(found(`so true ${tag} today`)).toEqual([]);
  });

  it('the exact hashtag and handle still are', () => {
    expect(found('#acme @acme').map(([term]) => term)).toEqual(['#acme', '@acme']);
  });
});
