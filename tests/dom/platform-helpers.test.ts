// The DOM helpers every adapter leans on: text reading, outermost filtering, "own" lookups, ids.
import { describe, expect, it } from 'vitest';
import { parseCount, reactionsFrom } from '../../utils/platforms/counts';
import { textOf } from '../../utils/platforms/types';
import { cleanText, clip, hashId, outermost, pickOwn, wellFormed } from '../../utils/platforms/helpers';
import { parsePage } from './support/pages';

const dom = (html: string) => parsePage(`<body>${html}</body>`, 'https://example.com/').body;

describe('textOf', () => {
  it.each([
    ['<p>Has Xbox\n\t  Considered it</p>', 'Has Xbox Considered it'],
    ['<p>one</p><p>two</p>', 'one\ntwo'],
    ['a<br>b', 'a\nb'],
    ['fire <img alt="🔥" src="data:,"> here', 'fire 🔥 here'],
    ['<pre>keep\nlines</pre>', 'keep\nlines'],
    ['<ul><li>x</li><li>y</li></ul>', 'x\ny'],
    ['text<tact-badge>Acme</tact-badge>', 'text'],
  ])('returns the visible text of %j', (html, expected) => {
    expect(textOf(dom(html))).toBe(expected);
  });
});

describe('cleanText', () => {
  it('returns the text without screen-reader copies and buttons when asked to drop them', () => {
    const el = dom('<span aria-hidden="true">Ann</span><span class="visually-hidden">Ann</span><button>…more</button>');
    expect(cleanText(el, '.visually-hidden, button')).toBe('Ann');
    expect(el.querySelectorAll('button')).toHaveLength(1); // the page itself is left alone
  });
});

describe('outermost', () => {
  it('returns only the nodes without an ancestor in the list', () => {
    const body = dom('<div id="a"><div id="b"></div></div><div id="c"></div>');
    const ids = outermost(Array.from(body.querySelectorAll('div'))).map((d) => d.id);
    expect(ids).toEqual(['a', 'c']);
  });
});

describe('pickOwn', () => {
  it('returns the item’s own match, skipping one inside a nested item', () => {
    const body = dom('<article><div class="q"><p class="t">quoted</p></div><p class="t">own</p></article>');
    const own = pickOwn(body.querySelector('article')!, [{ css: '.t', why: 'test' }], (e) => e.classList.contains('q'));
    expect(own?.textContent).toBe('own');
  });
});

describe('hashId', () => {
  it('returns the same short id for the same parts and another one when a part changes', () => {
    expect(hashId('Ann', 'hello')).toBe(hashId('Ann', 'hello'));
    expect(hashId('Ann', 'hello')).not.toBe(hashId('Ann', 'hello!'));
    expect(hashId('Ann', 'hello')).toMatch(/^h[0-9a-z]+$/);
  });
});

describe('wellFormed', () => {
  it.each([
    ['a\0b', 'a\ufffdb'],
    ['a\ud800b', 'a\ufffdb'],
    ['\udc00a', '\ufffda'],
    ['a\ud83d', 'a\ufffd'],
    ['ok 🙂 👨‍👩‍👧', 'ok 🙂 👨‍👩‍👧'],
  ])('returns %j as %j, the same length', (raw, want) => {
    expect(wellFormed(raw)).toBe(want);
    expect(wellFormed(raw)).toHaveLength(raw.length);
  });
});

describe('clip', () => {
  it.each([
    ['ab🙂', 3, 'ab'],
    ['ab🙂', 4, 'ab🙂'],
    ['ab👍🏻', 4, 'ab'],
    ['a👨‍👩‍👧', 6, 'a'],
    ['abc\u0301d', 3, 'ab'],
    ['a\0b\ud800c', 10, 'a\ufffdb\ufffdc'],
    ['a\0bcd', 2, 'a\ufffd'],
  ])('cuts %j to %d units as %j', (raw, max, want) => {
    expect(clip(raw, max)).toBe(want);
  });

  it('cuts a zalgo cluster longer than 32 units on a code point', () => {
    const out = clip('a' + '\u0301'.repeat(100), 50);
    expect(out).toHaveLength(50);
  });

  it('never returns a lone surrogate, wherever it cuts', () => {
    const text = 'x🙂y👍🏻z👨‍👩‍👧‍👦\u0301é'.repeat(3);
    for (let max = 0; max <= text.length; max++) {
      const out = clip(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(out)).toBe(true);
      expect(wellFormed(out)).toBe(out);
    }
  });
});

describe('parseCount', () => {
  it.each([
    ['1,2 k', 1200],
    ['1.2K', 1200],
    ['12 k', 12000],
    ['12\u00a0k', 12000],
    ['3,4 M', 3_400_000],
    ['1.5M', 1_500_000],
    ['2 millions', 2_000_000],
    ['1 234', 1234],
    ['1\u202f234', 1234],
    ['8,724', 8724],
    ['1.234.567', 1_234_567],
    ['22 Likes. Like', 22],
    ['85 reactions', 85],
    ['18 points', 18],
    ['12 mentions J’aime', 12],
    ['-12 points', -12],
    ['١٤٢', 142],
    ['0', 0],
  ])('%j is %d', (label, expected) => expect(parseCount(label)).toBe(expected));

  it.each([null, '', 'Like', 'score hidden', '•', '1,5', 'k', '99999999999999 M'])('%j holds no count', (label) =>
    expect(parseCount(label)).toBeNull(),
  );

  it('gives reactions as the first count found, never below zero', () => {
    expect(reactionsFrom([null, 'Like', '3 reactions', '9'])).toBe(3);
    expect(reactionsFrom(['-4 points'])).toBe(0);
    expect(reactionsFrom(['', undefined])).toBeNull();
  });
});
