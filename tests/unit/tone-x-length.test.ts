import { describe, expect, it } from 'vitest';
import { findEmoji, findUrls, xLength, xOverflowAt } from '../../utils/tone/core/x-length';

describe('xLength', () => {
  it.each([
    ['', 0],
    ['hello', 5],
    ['Crème brûlée', 12],
    ['e\u0301', 1], // NFC: é
    ['Привет', 6],
    ['a — b “c”', 9], // dashes and curly quotes weigh 1
    ['…', 2], // U+2026 lies outside the light ranges
    ['日本語', 6],
    ['안녕', 4],
    ['😀', 2],
    ['❤️', 2],
    ['👍🏽', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['🇫🇷', 2],
    ['1️⃣', 2],
    ['©', 1],
    ['https://example.com', 23],
    ['https://example.com/a/very/long/path/that/goes/on/and/on?x=1', 23],
    ['see https://example.com/a.', 4 + 23 + 1],
    ['go to acme.fr now', 6 + 23 + 4],
    ['user@acme.com', 13],
    ['x'.repeat(280), 280],
  ])('returns the weighted length of %j as %i', (text, length) => {
    expect(xLength(text)).toBe(length);
  });

  it('returns 280 for 140 CJK characters, the X limit', () => {
    expect(xLength('字'.repeat(140))).toBe(280);
    expect(xLength('字'.repeat(141))).toBe(282);
  });
});

describe('xOverflowAt', () => {
  it('returns null when the text fits', () => {
    expect(xOverflowAt('x'.repeat(280))).toBeNull();
  });
  it('returns the offset of the first unit past the limit when the text is too long', () => {
    expect(xOverflowAt('x'.repeat(281))).toBe(280);
    expect(xOverflowAt('字'.repeat(141))).toBe(140);
  });
});

describe('findUrls', () => {
  it('returns URLs without trailing punctuation', () => {
    const text = 'Voir https://acme.fr/aide, ou www.acme.com.';
    expect(findUrls(text).map((u) => text.slice(u.start, u.end))).toEqual(['https://acme.fr/aide', 'www.acme.com']);
  });
  it('returns nothing for an e-mail address', () => {
    expect(findUrls('contact@acme.fr')).toEqual([]);
  });
});

describe('findEmoji', () => {
  it('returns one emoji per sequence', () => {
    expect(findEmoji('Merci 👨‍👩‍👧 et 🇫🇷 !').map((e) => e.emoji)).toEqual(['👨‍👩‍👧', '🇫🇷']);
  });
  it('returns nothing for digits, punctuation and ©', () => {
    expect(findEmoji('1 # * © ® 2024!')).toEqual([]);
  });
});
