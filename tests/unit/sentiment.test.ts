import { describe, expect, it } from 'vitest';
import { sentiment } from '../../utils/mentions/core/sentiment';

describe('sentiment', () => {
  it.each([
    ['en', 'I love it, amazing quality'],
    ['fr', "J'adore, qualité géniale"],
    ['en', 'Not bad at all'],
    ['fr', 'Pas mal du tout'],
    ['fr', 'Jamais eu de problème'],
    ['en', 'Thanks 😍'],
  ] as const)('returns a positive score for %s %j', (lang, text) => {
    expect(sentiment(text, lang)).toBeGreaterThan(0.2);
  });

  it.each([
    ['en', 'Terrible service, worst purchase ever'],
    ['fr', "Service nul, c'est une arnaque"],
    ['en', 'Not good, not happy'],
    ['fr', 'Pas content du tout'],
    ['fr', 'Je ne suis pas satisfait'],
    ['en', 'Delivery again 😡😡'],
  ] as const)('returns a negative score for %s %j', (lang, text) => {
    expect(sentiment(text, lang)).toBeLessThan(-0.2);
  });

  it.each([
    ['en', 'The meeting is at 3pm'],
    ['fr', 'Le colis arrive demain'],
    ['en', ''],
  ] as const)('returns 0 for the neutral %s %j', (lang, text) => {
    expect(sentiment(text, lang)).toBe(0);
  });

  it('returns a stronger score when intensified, a weaker one when softened', () => {
    expect(sentiment('really good', 'en')).toBeGreaterThan(sentiment('good', 'en'));
    expect(sentiment('vraiment bien', 'fr')).toBeGreaterThan(sentiment('bien', 'fr'));
    expect(sentiment('un peu lent', 'fr')).toBeGreaterThan(sentiment('lent', 'fr'));
  });

  it('returns what follows "but"/"mais" as the stronger part', () => {
    expect(sentiment('The design is nice but the battery is terrible', 'en')).toBeLessThan(0);
    expect(sentiment("C'est un peu cher mais génial", 'fr')).toBeGreaterThan(0);
  });

  it('returns a score within -1 and 1 however much is piled up', () => {
    const s = sentiment('TERRIBLE terrible awful worst horrible useless garbage 😡😡😡!!!!!!', 'en');
    expect(s).toBeLessThan(-0.9);
    expect(s).toBeGreaterThanOrEqual(-1);
    expect(sentiment('great great amazing perfect love 😍😍😍', 'en')).toBeLessThanOrEqual(1);
  });
});
