// The Facebook adapter against the hand-built demo post (no real Facebook page could be saved, see
// shared/fixtures/README.md) and small inline feeds for the cases the demo does not hold.
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../utils/platforms/facebook/adapter';
import { FACEBOOK } from '../../utils/platforms/facebook/selectors';
import { openPage, parsePage } from './support/pages';
import { readItems } from './support/items';

const POST_URL = 'https://www.facebook.com/acme/posts/pfbid0Acme1';
const demo = () => openPage('demo', 'facebook-post.html', POST_URL);

/** A logged-in feed with two units; the second shares a post and has no permalink of its own. */
const FEED = `<div role="feed">
  <div aria-posinset="1"><div role="article">
    <h3><a href="https://www.facebook.com/sam.carter.rides?__tn__=x" role="link">Sam Carter</a></h3>
    <a href="https://www.facebook.com/groups/runners/permalink/777/?__cft__[0]=x" role="link">1 h</a>
    <div dir="auto">Anyone tried the RoadRunner 3000 on trails?</div>
    <div role="button">See more</div>
  </div></div>
  <div aria-posinset="2">
    <h3><a href="https://www.facebook.com/nina.lopez.33" role="link">Nina Lopez</a></h3>
    <div dir="auto">Look at this 👇</div>
    <div role="article"><h4><a href="https://www.facebook.com/acme" role="link">Acme</a></h4><div dir="auto">Shared text</div></div>
  </div>
</div>`;

describe('facebookAdapter.findItems', () => {
  it('returns the post and its 9 comments and replies, never the composer', () => {
    const nodes = facebookAdapter.findItems(demo());
    expect(nodes).toHaveLength(1 + 9);
    const composer = demo().querySelector(FACEBOOK.composer[0].css);
    expect(composer).not.toBeNull();
    expect(nodes.some((n) => n === composer || composer?.contains(n))).toBe(false);
  });

  it('returns each feed unit once when a unit holds an article or a shared post', () => {
    const doc = parsePage(FEED, 'https://www.facebook.com/');
    expect(facebookAdapter.findItems(doc).map((n) => n.getAttribute('aria-posinset'))).toEqual(['1', '2']);
  });
});

describe('facebookAdapter.extract', () => {
  describe('on the demo post page', () => {
    it('returns the post with the id and permalink of the page when it links to itself', () => {
      const item = readItems(facebookAdapter, demo()).byId('pfbid0Acme1');
      expect(item).toMatchObject({
        kind: 'post',
        author: { name: 'Acme', handle: 'acme', url: 'https://www.facebook.com/acme' },
        permalink: POST_URL,
        parentId: null,
        truncated: false,
      });
      expect(item.text).toBe(
        "🚀 La RoadRunner 3000 est enfin disponible en France ! 2 heures d'autonomie, garantie 2 ans.\nThe " +
          'RoadRunner 3000 is now available in France and Belgium. Questions? Ask us below 👇 #acme',
      );
    });

    it('returns a French comment with its comment_id, author and the post as parent', () => {
      const item = readItems(facebookAdapter, demo()).byId('1001');
      expect(item).toMatchObject({
        kind: 'comment',
        author: { name: 'Julie Martin', handle: 'julie.martin.75', url: 'https://www.facebook.com/julie.martin.75' },
        text:
          "ma commande #4521 n'est jamais arrivée, c'est honteux @acme. Trois semaines d'attente et aucune réponse " +
          'par mail.',
        permalink: `${POST_URL}?comment_id=1001`,
        parentId: 'pfbid0Acme1',
      });
      expect(item.rootText.startsWith('🚀 La RoadRunner 3000')).toBe(true);
    });

    it('returns a reply with the comment it answers as parent when labelled "Réponse de" or "Reply by"', () => {
      const { byId } = readItems(facebookAdapter, demo());
      expect(byId('2001')).toMatchObject({ kind: 'reply', parentId: '1001', author: { name: 'Acme' } });
      expect(byId('2002')).toMatchObject({
        kind: 'reply',
        parentId: '1005',
        text: 'Same here, the design is the acme of perfection 😍',
      });
    });

    it('returns the numeric id as handle when the profile is a profile.php link', () => {
      expect(readItems(facebookAdapter, demo()).byId('1003').author).toEqual({
        name: 'Karim Benali',
        handle: '100000000000042',
        url: 'https://www.facebook.com/profile.php?id=100000000000042',
      });
    });

    it('returns truncated without the "See more" words when the comment is clamped', () => {
      const item = readItems(facebookAdapter, demo()).byId('1005');
      expect(item.truncated).toBe(true);
      expect(item.text.endsWith('it gets a bit loud in a small')).toBe(true);
    });

    it('returns 10 items: 1 post, 7 comments and 2 replies', () => {
      const { items } = readItems(facebookAdapter, demo());
      expect(items.map((i) => i.kind).sort()).toEqual([
        'comment',
        'comment',
        'comment',
        'comment',
        'comment',
        'comment',
        'comment',
        'post',
        'reply',
        'reply',
      ]);
    });
  });

  describe('on a feed', () => {
    it('returns the id from a group permalink and the shared post’s text left out', () => {
      const doc = parsePage(FEED, 'https://www.facebook.com/');
      const [first, second] = facebookAdapter.findItems(doc).map((n) => facebookAdapter.extract(n));
      expect(first).toMatchObject({
        platformId: '777',
        permalink: 'https://www.facebook.com/groups/runners/permalink/777/',
        truncated: true,
        author: { name: 'Sam Carter' },
      });
      expect(first?.text).toBe('Anyone tried the RoadRunner 3000 on trails?');
      expect(second).toMatchObject({ author: { name: 'Nina Lopez' }, text: 'Look at this 👇', permalink: '' });
      expect(second?.platformId).toMatch(/^h[0-9a-z]+$/); // no permalink: a hash of author and text
    });
  });
});

describe('facebookAdapter.badgeAnchor', () => {
  it('returns the element around the author link, inside the item', () => {
    for (const node of facebookAdapter.findItems(demo())) {
      const anchor = facebookAdapter.badgeAnchor(node);
      expect(node.contains(anchor) && anchor !== node).toBe(true);
      expect(anchor.querySelector('a[href]')).not.toBeNull();
    }
  });
});

describe('facebookAdapter.expectsItems', () => {
  it.each([
    ['https://www.facebook.com/', true],
    ['https://www.facebook.com/groups/runners/', true],
    ['https://www.facebook.com/acme/posts/pfbid0Acme1', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/messages/t/1', false],
    ['https://www.facebook.com/marketplace/', false],
  ])('returns for %s: %s', (url, expected) => {
    expect(facebookAdapter.expectsItems(new URL(url))).toBe(expected);
  });
});

describe('FACEBOOK selectors', () => {
  it('gives every selector a reason and never a class name', () => {
    for (const list of Object.values(FACEBOOK)) {
      for (const o of list) {
        expect(o.why.length).toBeGreaterThan(10);
        expect(o.css.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\.[a-z]/i);
      }
    }
  });
});
