// The Reddit adapter against a real saved old.reddit thread (shared/fixtures/reddit) and the two
// demo threads (new Reddit's shreddit-* elements, old Reddit's .thing entries).
import { describe, expect, it } from 'vitest';
import { redditAdapter } from '../../utils/platforms/reddit/adapter';
import { OLD_REDDIT, SHREDDIT } from '../../utils/platforms/reddit/selectors';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage, parsePage } from './support/pages';
import { readItems } from './support/items';

const THREAD = '/r/Games/comments/1lqa2hj/has_xbox_considered_laying_one_person_off_instead/';
const real = () =>
  openPage('fixture', 'reddit/old-reddit-comments-r-Games-2025.html', `https://old.reddit.com${THREAD}`);
const DEMO_THREAD = '/r/acme/comments/1abcde/roadrunner_3000_problems/';
const shreddit = () => openPage('demo', 'reddit-thread.html', `https://www.reddit.com${DEMO_THREAD}`);
const old = () => openPage('demo', 'old-reddit-thread.html', `https://old.reddit.com${DEMO_THREAD}`);

describe('redditAdapter.findItems', () => {
  it.skipIf(!HAS_FIXTURES)(
    `returns the post and every comment, nested or not, but no "load more" entry${FIXTURES_NOTE}`,
    () => {
      const nodes = redditAdapter.findItems(real());
      expect(nodes).toHaveLength(197); // 1 post + 196 comments
      expect(real().querySelectorAll('.thing.morechildren')).toHaveLength(103);
      expect(nodes.some((n) => n.classList.contains('morechildren'))).toBe(false);
    },
  );

  it('returns the post and all 8 comments when new Reddit nests replies three deep', () => {
    expect(redditAdapter.findItems(shreddit())).toHaveLength(10);
  });

  it('returns the post and all 8 comment entries of the old Reddit demo, the deleted one included', () => {
    expect(redditAdapter.findItems(old())).toHaveLength(11);
  });
});

describe('redditAdapter.extract', () => {
  describe.skipIf(!HAS_FIXTURES)(`on a real old.reddit thread${FIXTURES_NOTE}`, () => {
    it('returns 191 items when 6 of the 196 comments are deleted or removed', () => {
      const { items } = readItems(redditAdapter, real());
      expect(items).toHaveLength(191);
      expect(items.filter((i) => i.kind === 'post')).toHaveLength(1);
      expect(items.filter((i) => i.kind === 'comment')).toHaveLength(17);
      expect(items.filter((i) => i.kind === 'reply')).toHaveLength(173);
      expect(items.some((i) => /^\[(deleted|removed)\]$/.test(i.text))).toBe(false);
    });

    // The author deleted the account: the post is signed [deleted], as the page shows it.
    it('returns the link post with its title as text when the author deleted the account', () => {
      expect(readItems(redditAdapter, real()).byId('t3_1lqa2hj')).toMatchObject({
        kind: 'post',
        author: { name: '[deleted]', handle: '', url: '' },
        text: 'Has Xbox Considered Laying One Person Off Instead Of Thousands',
        time: '2025-07-02T23:01:35+00:00',
        permalink: `https://old.reddit.com${THREAD}`,
        parentId: null,
      });
    });

    it('returns a reply with its parent comment and the thread title when the comment is nested', () => {
      expect(readItems(redditAdapter, real()).byId('t1_n113i94')).toMatchObject({
        kind: 'reply',
        author: {
          name: 'ComprehensiveArt7725',
          handle: 'u/ComprehensiveArt7725',
          url: 'https://old.reddit.com/user/ComprehensiveArt7725',
        },
        text: 'All i know is bobby k made off like a fat rat',
        time: '2025-07-02T23:07:12+00:00',
        permalink: `https://old.reddit.com${THREAD}n113i94/`,
        parentId: 't1_n113cp2',
        rootText: 'Has Xbox Considered Laying One Person Off Instead Of Thousands',
      });
    });

    it('returns a top-level comment with the post as parent and source line breaks as spaces', () => {
      const item = readItems(redditAdapter, real()).byId('t1_n113cp2');
      expect(item).toMatchObject({
        kind: 'comment',
        parentId: 't3_1lqa2hj',
        author: { name: '[deleted]', handle: '' },
      });
      expect(item.text.startsWith('Sometimes I wonder whether it was Microsoft that acquired')).toBe(true);
    });

    it('returns the deleted parent’s id from its permalink when the parent lost its fullname', () => {
      expect(readItems(redditAdapter, real()).byId('t1_n14fdsj')).toMatchObject({
        kind: 'reply',
        parentId: 't1_n141qhk',
        author: { handle: 'u/gogoheadray' },
      });
    });
  });

  describe('on the new Reddit demo', () => {
    it('returns the post with title and body when it is a text post', () => {
      expect(readItems(redditAdapter, shreddit()).byId('t3_1abcde')).toMatchObject({
        kind: 'post',
        author: { name: 'sam_rides', handle: 'u/sam_rides', url: 'https://www.reddit.com/user/sam_rides/' },
        text:
          'RoadRunner 3000 problems? Battery drains in 20 minutes\nBought the RoadRunner 3000 last month. Since the ' +
          'last update the battery lasts 20 minutes instead of 2 hours. Anyone else? Is this covered by the Acme ' +
          'warranty?',
        time: '2026-04-20T07:30:00.000000+0000',
        permalink: `https://www.reddit.com${DEMO_THREAD}`,
      });
    });

    it('returns each comment’s own text only when replies are nested inside it', () => {
      const item = readItems(redditAdapter, shreddit()).byId('t1_k001');
      expect(item).toMatchObject({ kind: 'comment', parentId: 't3_1abcde', author: { handle: 'u/juliemartin_fr' } });
      expect(item.text).toBe(
        "ma commande #4521 n'est jamais arrivée, c'est honteux @acme. Et maintenant on me dit que la batterie " +
          "n'est pas garantie ?",
      );
      expect(item.rootText.startsWith('RoadRunner 3000 problems?')).toBe(true);
    });

    it('returns a reply to the enclosing comment when depth is above 0', () => {
      const { byId } = readItems(redditAdapter, shreddit());
      expect(byId('t1_k002')).toMatchObject({
        kind: 'reply',
        parentId: 't1_k001',
        permalink: 'https://www.reddit.com/r/acme/comments/1abcde/comment/k002/',
      });
      expect(byId('t1_k003')).toMatchObject({ kind: 'reply', parentId: 't1_k002' });
    });
  });

  // Real new Reddit pages put no `created` attribute on shreddit-comment: each comment's time is in its
  // own meta line (faceplate-timeago > time[datetime]). Hand-built from those markers.
  describe('on new Reddit markup without created attributes', () => {
    const page = () =>
      parsePage(
        `<shreddit-post id="t3_q1" author="op" permalink="${DEMO_THREAD}" post-title="Title">
          <span slot="credit-bar"><faceplate-timeago ts="2026-04-20T07:30:00.000Z">3 hr. ago</faceplate-timeago></span>
        </shreddit-post>
        <shreddit-comment thingid="t1_c1" author="ann" depth="0" permalink="${DEMO_THREAD}comment/c1/">
          <div slot="commentMeta"><faceplate-timeago ts="2026-04-20T08:00:00.000Z">
            <time datetime="2026-04-20T08:00:00.000Z" title="Mon, Apr 20, 2026">2 hr. ago</time>
          </faceplate-timeago></div>
          <div slot="comment"><p>First</p></div>
          <shreddit-comment thingid="t1_c2" author="bob" depth="1" permalink="${DEMO_THREAD}comment/c2/">
            <div slot="commentMeta"><time datetime="2026-04-20T09:15:00.000Z">1 hr. ago</time></div>
            <div slot="comment"><p>Reply</p></div>
          </shreddit-comment>
        </shreddit-comment>
        <shreddit-comment thingid="t1_c3" author="cy" depth="0" permalink="${DEMO_THREAD}comment/c3/">
          <div slot="comment"><p>No time shown</p></div>
        </shreddit-comment>`,
        `https://www.reddit.com${DEMO_THREAD}`,
      );

    it('returns each comment’s own <time datetime>, not its reply’s, and "" when it shows none', () => {
      const { byId } = readItems(redditAdapter, page());
      expect(byId('t1_c1').time).toBe('2026-04-20T08:00:00.000Z');
      expect(byId('t1_c2')).toMatchObject({ time: '2026-04-20T09:15:00.000Z', parentId: 't1_c1' });
      expect(byId('t1_c3').time).toBe('');
    });

    it('returns the post’s time from its faceplate-timeago when it has no created-timestamp', () => {
      expect(readItems(redditAdapter, page()).byId('t3_q1').time).toBe('2026-04-20T07:30:00.000Z');
    });
  });

  describe('on the old Reddit demo', () => {
    it('returns 10 items when one comment is deleted', () => {
      expect(readItems(redditAdapter, old()).items).toHaveLength(10);
    });

    it('returns the same ids as new Reddit when the same thread is shown', () => {
      const item = readItems(redditAdapter, old()).byId('t3_1abcde');
      expect(
        item.text.startsWith('RoadRunner 3000 problems? Battery drains in 20 minutes\nBought the RoadRunner 3000'),
      ).toBe(true);
    });

    it('returns the troll’s reply under the deleted comment with the deleted comment as parent', () => {
      expect(readItems(redditAdapter, old()).byId('t1_k105')).toMatchObject({
        kind: 'reply',
        parentId: 't1_k104',
        author: {
          name: 'xx_darkvador_xx',
          handle: 'u/xx_darkvador_xx',
          url: 'https://old.reddit.com/user/xx_darkvador_xx',
        },
        text: 'lol Acme fanboys crying again. ACME Corp sells trash to morons, cry harder 🤡',
      });
    });
  });
});

describe('redditAdapter.badgeAnchor', () => {
  it('returns the tagline on old Reddit and the meta line on new Reddit, inside the item', () => {
    for (const [doc, cls] of [
      [old(), 'tagline'],
      [shreddit(), ''],
    ] as const) {
      for (const node of redditAdapter.findItems(doc)) {
        const anchor = redditAdapter.badgeAnchor(node);
        expect(node.contains(anchor) && anchor !== node).toBe(true);
        if (cls) expect(anchor.classList.contains(cls)).toBe(true);
        else expect(['commentMeta', 'credit-bar']).toContain(anchor.getAttribute('slot'));
      }
    }
  });
});

describe('redditAdapter.expectsItems', () => {
  it.each([
    ['https://www.reddit.com/', true],
    ['https://www.reddit.com/r/acme/', true],
    ['https://old.reddit.com/r/acme/comments/1abcde/x/', true],
    ['https://www.reddit.com/user/sam_rides/', true],
    ['https://www.reddit.com/settings/', false],
    ['https://old.reddit.com/prefs/', false],
    ['https://www.reddit.com/r/acme/submit', false],
  ])('returns for %s: %s', (url, expected) => {
    expect(redditAdapter.expectsItems(new URL(url))).toBe(expected);
  });
});

describe('Reddit selectors', () => {
  it('gives every selector a reason', () => {
    for (const group of [SHREDDIT, OLD_REDDIT])
      for (const list of Object.values(group)) for (const o of list) expect(o.why.length).toBeGreaterThan(10);
  });
});
