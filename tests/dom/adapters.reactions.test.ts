// The reactions each item shows (likes, score, reactions), as the adapters read them into
// Item.reactions, on the real saved pages and the demo pages, and on markup those do not hold.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../utils/platforms';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage, parsePage } from './support/pages';
import { readItems } from './support/items';

const fixture = (platform: keyof typeof ADAPTERS, file: string, url: string) =>
  readItems(ADAPTERS[platform], openPage('fixture', file, url));

describe.skipIf(!HAS_FIXTURES)(`reactions on the real saved pages${FIXTURES_NOTE}`, () => {
  it('X: each tweet’s likes from its like button’s label ("22 Likes. Like"), 0 when it shows none', () => {
    const { items } = fixture('x', 'x/x-home-timeline-2025-11-20.html', 'https://x.com/home');
    expect(items.slice(0, 5).map((i) => i.reactions)).toEqual([22, 69, 45, 3, 0]);
    expect(items.every((i) => i.reactions !== null)).toBe(true);
  });

  it('old Reddit: the post’s data-score and each comment’s score', () => {
    const { items, byId } = fixture(
      'reddit',
      'reddit/old-reddit-comments-r-Games-2025.html',
      'https://old.reddit.com/r/Games/comments/1lhclhk/',
    );
    expect(byId('t3_1lqa2hj').reactions).toBe(8724);
    expect(byId('t1_n113cp2').reactions).toBe(2215);
    expect(items.filter((i) => i.reactions === null).length / items.length).toBeLessThan(0.05);
  });

  it('LinkedIn: each post’s reactions button ("85 reactions")', () => {
    const { items } = fixture(
      'linkedin',
      'linkedin/linkedin-recent-activity-real-2026-04.html',
      'https://www.linkedin.com/in/simonwardley/recent-activity/all/',
    );
    expect(items.map((i) => i.reactions)).toEqual([85, 17, 10, 21, 34]);
  });

  it('Facebook: the "All reactions:" summary in any locale and digits (Arabic page: ١٤٢)', () => {
    const { items } = fixture(
      'facebook',
      'facebook/facebook-profile-timeline-rtl-2024-03.html',
      'https://www.facebook.com/photo/?fbid=1',
    );
    expect(items.map((i) => i.reactions)).toEqual([142]);
  });
});

describe('reactions on the demo pages and other markup', () => {
  it('X demo and old Reddit demo: likes and scores, a negative score as 0', () => {
    const x = readItems(ADAPTERS.x, openPage('demo', 'x-home.html', 'https://x.com/home'));
    expect(x.byId('1913000000000000001').reactions).toBe(30);
    const old = readItems(
      ADAPTERS.reddit,
      openPage('demo', 'old-reddit-thread.html', 'https://old.reddit.com/r/acme/comments/1abcde/x/'),
    );
    expect(old.byId('t3_1abcde').reactions).toBe(42);
    expect(old.byId('t1_k101').reactions).toBe(18);
    expect(old.byId('t1_k105').reactions).toBe(0);
  });

  it('new Reddit: the score attribute of posts and comments; none shown is null', () => {
    const doc = parsePage(
      `<shreddit-post id="t3_p" author="a" permalink="/r/x/comments/p/t/" post-title="T" score="1234"></shreddit-post>
       <shreddit-comment thingid="t1_c" author="b" postid="t3_p" permalink="/r/x/comments/p/comment/c/" score="-3">
         <div slot="comment"><p>hi</p></div></shreddit-comment>
       <shreddit-comment thingid="t1_d" author="c" postid="t3_p" permalink="/r/x/comments/p/comment/d/">
         <div slot="comment"><p>yo</p></div></shreddit-comment>`,
      'https://www.reddit.com/r/x/comments/p/t/',
    );
    const { byId } = readItems(ADAPTERS.reddit, doc);
    expect([byId('t3_p').reactions, byId('t1_c').reactions, byId('t1_d').reactions]).toEqual([1234, 0, null]);
  });

  it('Facebook: a comment’s labelled summary ("1,2 k réactions"), the post’s own not its comment’s', () => {
    const doc = parsePage(
      `<div role="article">
        <h2><a href="https://www.facebook.com/acme" role="link">Acme</a></h2>
        <a href="https://www.facebook.com/acme/posts/111" role="link">2 h</a>
        <div dir="auto">Post text</div>
        <div role="button"><div>Toutes les réactions :</div><span aria-hidden="true"><span>1,2 k</span></span></div>
        <div role="article" aria-label="Commentaire de Sam">
          <a href="https://www.facebook.com/sam" role="link">Sam</a><div dir="auto">Un commentaire</div>
          <a href="https://www.facebook.com/acme/posts/111?comment_id=5" role="link">1 h</a>
          <div role="button" aria-label="12 réactions ; voir qui a réagi">12</div>
        </div>
        <div role="article" aria-label="Comment by Jo">
          <a href="https://www.facebook.com/jo" role="link">Jo</a><div dir="auto">No reactions</div>
          <a href="https://www.facebook.com/acme/posts/111?comment_id=6" role="link">1 h</a>
          <div role="button">Like</div>
        </div>
      </div>`,
      'https://www.facebook.com/acme/posts/111',
    );
    const { byId } = readItems(ADAPTERS.facebook, doc);
    expect([byId('111').reactions, byId('5').reactions, byId('6').reactions]).toEqual([1200, 12, null]);
  });

  it('LinkedIn: a classic comment’s reaction count', () => {
    const doc = parsePage(
      `<div class="feed-shared-update-v2" data-urn="urn:li:activity:7451906251161600001">
        <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/ana/">Ana</a>
        <div class="update-components-text">Post text</div>
        <article class="comments-comment-entity"
          data-id="urn:li:comment:(activity:7451906251161600001,7451927642112000002)">
          <a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/bo/">Bo</a>
          <div class="comments-comment-item__main-content">Comment text</div>
          <button class="comments-comment-social-bar__reactions-count--cr"
            aria-label="3 Reactions on Bo’s comment">3</button>
        </article>
      </div>`,
      'https://www.linkedin.com/feed/',
    );
    const { items } = readItems(ADAPTERS.linkedin, doc);
    expect(items.map((i) => [i.kind, i.reactions])).toEqual([
      ['post', null],
      ['comment', 3],
    ]);
  });
});
