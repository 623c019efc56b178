// The X adapter against real saved X pages (shared/fixtures/x, 2025-11) and the demo timeline:
// which nodes are items, the fields read from them, and what must never count (quotes, ads, chrome).
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../utils/platforms/x/adapter';
import { X_SELECTORS } from '../../utils/platforms/x/selectors';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage } from './support/pages';
import { readItems } from './support/items';

const home = () => openPage('fixture', 'x/x-home-timeline-2025-11-20.html', 'https://x.com/home');
const detail = () =>
  openPage('fixture', 'x/x-tweet-detail-2025-11-20.html', 'https://x.com/badlogicgames/status/1991612272289161300');
const demo = () => openPage('demo', 'x-home.html', 'https://x.com/home');
// The demo timeline served at a status URL stands in for a thread: no real thread page was saved.
const demoThread = () => openPage('demo', 'x-home.html', 'https://x.com/juliemartin_fr/status/1913000000000000001');
const demoMidThread = () => openPage('demo', 'x-home.html', 'https://x.com/techdad42/status/1913000000000000003');

describe('xAdapter.findItems', () => {
  describe.skipIf(!HAS_FIXTURES)(`on real pages${FIXTURES_NOTE}`, () => {
    it('returns one node per tweet article when cells include an empty one', () => {
      expect(home().querySelectorAll('[data-testid="cellInnerDiv"]')).toHaveLength(21);
      expect(xAdapter.findItems(home())).toHaveLength(20);
    });

    it('returns the focused tweet only when it quotes another tweet', () => {
      expect(xAdapter.findItems(detail())).toHaveLength(1);
    });

    it('returns no node holding the composer or the broadcast banner', () => {
      const nodes = xAdapter.findItems(home());
      for (const chrome of ['[data-testid="tweetTextarea_0"]', '[data-testid="placementTracking"]']) {
        const el = home().querySelector(chrome);
        expect(el).not.toBeNull();
        expect(nodes.some((n) => n.contains(el))).toBe(false);
      }
    });
  });

  it('returns the 11 tweet articles of the demo timeline, quoted tweet not among them', () => {
    expect(xAdapter.findItems(demo())).toHaveLength(11);
  });
});

describe('xAdapter.extract', () => {
  describe.skipIf(!HAS_FIXTURES)(`on the real home timeline${FIXTURES_NOTE}`, () => {
    it('returns 20 distinct posts when the timeline holds 20 tweets, 9 of them quoting', () => {
      const { items } = readItems(xAdapter, home());
      expect(items).toHaveLength(20);
      expect(new Set(items.map((i) => i.platformId)).size).toBe(20);
      expect(items.every((i) => i.kind === 'post' && i.parentId === null && i.rootText === '')).toBe(true);
    });

    it('returns the quoting tweet’s own fields when a repost quotes another tweet', () => {
      const { items, byId } = readItems(xAdapter, home());
      expect(byId('1991602883645829145')).toMatchObject({
        platform: 'x',
        kind: 'post',
        author: { name: 'Will Price', handle: '@will__price', url: 'https://x.com/will__price' },
        text: 'hearooors undefeated, GTE chain confirmed',
        truncated: false, // the "Show more" belongs to the quoted tweet
        time: '2025-11-20T20:21:44.000Z',
        permalink: 'https://x.com/will__price/status/1991602883645829145',
        parentId: null,
      });
      expect(items.map((i) => i.platformId)).not.toContain('1991600514811973815'); // the quoted @enzo_gte tweet
    });

    it('returns truncated and the visible text start when the tweet has a Show more link', () => {
      const item = readItems(xAdapter, home()).byId('1769469976489099654');
      expect(item.author.handle).toBe('@kevinafischer');
      expect(item.text.startsWith('One fascinating difference between Claude and GPT4')).toBe(true);
      expect(item.truncated).toBe(true);
    });

    it('returns emoji images as their alt text when a tweet is only emoji and quotes another', () => {
      const item = readItems(xAdapter, home()).byId('1991604521647432094');
      expect(item.author.handle).toBe('@aeyakovenko');
      expect(item.text).toBe('🔥🔥🔥');
    });

    it('returns an empty text, not the quoted tweet’s, when a tweet is only media', () => {
      expect(readItems(xAdapter, home()).byId('1991606928280318423').text).toBe('');
    });
  });

  describe.skipIf(!HAS_FIXTURES)(`on a real tweet page${FIXTURES_NOTE}`, () => {
    it('returns the focused tweet as a post when its time sits under the quoted tweet', () => {
      const { items } = readItems(xAdapter, detail());
      expect(items).toEqual([
        expect.objectContaining({
          platformId: '1991612272289161300',
          kind: 'post',
          author: { name: 'Mario Zechner', handle: '@badlogicgames', url: 'https://x.com/badlogicgames' },
          text: 'Wow.',
          time: '2025-11-20T20:59:02.000Z',
          permalink: 'https://x.com/badlogicgames/status/1991612272289161300',
          parentId: null,
          rootText: '',
        }),
      ]);
    });
  });

  describe('on the demo timeline', () => {
    it('returns null for the promoted tweet when it has an Ad label and no time', () => {
      const { nodes, items } = readItems(xAdapter, demo());
      expect(items).toHaveLength(nodes.length - 1);
      expect(items.some((i) => i.text.includes('blender'))).toBe(false);
    });

    it('returns the angry customer’s id, handle, text and permalink when the tweet mentions @acme', () => {
      expect(readItems(xAdapter, demo()).byId('1913000000000000001')).toMatchObject({
        kind: 'post',
        author: { name: 'Julie Martin', handle: '@juliemartin_fr', url: 'https://x.com/juliemartin_fr' },
        text:
          "ma commande #4521 n'est jamais arrivée, c'est honteux @acme 😡 trois semaines que j'attends et personne ne " +
          'répond au service client',
        truncated: false,
        time: '2026-04-20T08:15:00.000Z',
        permalink: 'https://x.com/juliemartin_fr/status/1913000000000000001',
      });
    });

    it('returns the original author and the emoji alt text when the tweet is a repost', () => {
      const item = readItems(xAdapter, demo()).byId('1913000000000000003');
      expect(item.author.handle).toBe('@techdad42');
      expect(item.text).toContain('Brilliant service 🎉 #acme');
    });

    it('returns only the quoting text when a tweet quotes a brand tweet', () => {
      const item = readItems(xAdapter, demo()).byId('1913000000000000007');
      expect(item.text).toBe(
        'Est-ce que la garantie couvre la batterie ? La mienne tient 20 minutes au lieu de 2 heures 🤔',
      );
    });

    it('returns truncated when the tweet shows Show more', () => {
      expect(readItems(xAdapter, demo()).byId('1913000000000000009').truncated).toBe(true);
    });
  });

  describe('on a status page', () => {
    it('returns the first tweet as the post and the next ones as replies to the focused tweet', () => {
      const { items } = readItems(xAdapter, demoThread());
      expect(items[0]).toMatchObject({ platformId: '1913000000000000001', kind: 'post', parentId: null, rootText: '' });
      expect(items[1]).toMatchObject({
        platformId: '1913000000000000002',
        kind: 'reply',
        parentId: '1913000000000000001',
      });
      expect(items[1]!.rootText.startsWith('ma commande #4521')).toBe(true);
    });

    // Mid-thread: the ancestors reply to the tweet above; later tweets reply to the focused one.
    it('returns ancestors and later tweets with their parents when the focus is mid-thread', () => {
      const { byId } = readItems(xAdapter, demoMidThread());
      expect(byId('1913000000000000002')).toMatchObject({ kind: 'reply', parentId: '1913000000000000001' });
      expect(byId('1913000000000000003')).toMatchObject({ kind: 'reply', parentId: '1913000000000000002' });
      expect(byId('1913000000000000004')).toMatchObject({ kind: 'reply', parentId: '1913000000000000003' });
      expect(byId('1913000000000000006')).toMatchObject({ kind: 'reply', parentId: '1913000000000000003' });
    });
  });
});

describe('xAdapter.badgeAnchor', () => {
  it.skipIf(!HAS_FIXTURES)(
    `returns the tweet’s own name row, not the quoted tweet’s, when a tweet quotes${FIXTURES_NOTE}`,
    () => {
      const anchor = xAdapter.badgeAnchor(xAdapter.findItems(home())[0]!);
      expect(anchor.getAttribute('data-testid')).toBe('User-Name');
      expect(anchor.querySelector('a')?.getAttribute('href')).toBe('https://x.com/will__price');
    },
  );

  it('returns the name row inside the tweet when reading the demo', () => {
    for (const node of xAdapter.findItems(demo())) {
      const anchor = xAdapter.badgeAnchor(node);
      expect(node.contains(anchor) && anchor.getAttribute('data-testid') === 'User-Name').toBe(true);
    }
  });
});

describe('xAdapter.expectsItems', () => {
  it.each([
    ['https://x.com/home', true],
    ['https://x.com/acme', true],
    ['https://x.com/acme/status/1', true],
    ['https://x.com/search?q=acme', true],
    ['https://x.com/i/lists/123', true],
    ['https://x.com/settings/account', false],
    ['https://x.com/messages', false],
    ['https://x.com/i/flow/login', false],
  ])('returns for %s: %s', (url, expected) => {
    expect(xAdapter.expectsItems(new URL(url))).toBe(expected);
  });
});

describe('X_SELECTORS', () => {
  it('gives every selector a reason', () => {
    for (const list of Object.values(X_SELECTORS)) for (const o of list) expect(o.why.length).toBeGreaterThan(10);
  });
});
