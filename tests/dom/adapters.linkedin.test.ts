// The LinkedIn adapter against a real saved activity page (shared/fixtures/linkedin, classic DOM
// inside newer wrappers, 2026-04) and the demo feed mixing classic and newer posts and comments.
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../utils/platforms/linkedin/adapter';
import { LINKEDIN } from '../../utils/platforms/linkedin/selectors';
import { timeOfUrn } from '../../utils/platforms/linkedin/urn';
import { FIXTURES_NOTE, HAS_FIXTURES, openPage, parsePage } from './support/pages';
import { readItems } from './support/items';

const real = () =>
  openPage(
    'fixture',
    'linkedin/linkedin-recent-activity-real-2026-04.html',
    'https://www.linkedin.com/in/simonwardley/recent-activity/all/',
  );
const demo = () => openPage('demo', 'linkedin-feed.html', 'https://www.linkedin.com/feed/');
const A1 = 'urn:li:activity:7451906251161600001';
const A3 = 'urn:li:activity:7451933178593280005';

describe('linkedinAdapter.findItems', () => {
  it.skipIf(!HAS_FIXTURES)(
    `returns each post once when the newer wrapper holds the classic update${FIXTURES_NOTE}`,
    () => {
      expect(real().querySelectorAll('[data-view-name="feed-full-update"]')).toHaveLength(5);
      expect(real().querySelectorAll('.feed-shared-update-v2[data-urn]')).toHaveLength(5);
      const nodes = linkedinAdapter.findItems(real());
      expect(nodes).toHaveLength(5);
      // Profile cards in the side column share the data-view-name scheme but are not posts.
      expect(nodes.some((n) => n.closest('[data-view-name="profile-card"]'))).toBe(false);
    },
  );

  it('returns 4 posts and 5 comments when the demo mixes both DOM generations', () => {
    expect(linkedinAdapter.findItems(demo())).toHaveLength(10);
  });
});

describe('linkedinAdapter.extract', () => {
  describe.skipIf(!HAS_FIXTURES)(`on a real activity page${FIXTURES_NOTE}`, () => {
    it('returns 5 posts with distinct urns when the page shows 5 updates', () => {
      const { items } = readItems(linkedinAdapter, real());
      expect(items.map((i) => i.platformId)).toEqual([
        'urn:li:activity:7451359540291338241',
        'urn:li:activity:7451344738600943616',
        'urn:li:activity:7450896438235942912',
        'urn:li:activity:7450896189106958336',
        'urn:li:activity:7450534929064628225',
      ]);
      expect(items.every((i) => i.kind === 'post' && i.truncated)).toBe(true);
    });

    it('returns the author’s own post with its urn, time and permalink', () => {
      const item = readItems(linkedinAdapter, real()).byId('urn:li:activity:7451359540291338241');
      expect(item).toMatchObject({
        author: { name: 'Simon Wardley', handle: 'simonwardley', url: 'https://www.linkedin.com/in/simonwardley/' },
        time: '2026-04-18T20:02:33.971Z',
        permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7451359540291338241/',
        parentId: null,
      });
      expect(item.text.startsWith('X: SaaS is dead.\nMe: Oh dear.')).toBe(true);
    });

    it('returns the original author, not the reposter, and no screen-reader words when a post is reposted', () => {
      const item = readItems(linkedinAdapter, real()).byId('urn:li:activity:7451344738600943616');
      expect(item.author).toEqual({
        name: 'Erik Schön',
        handle: 'erikschon',
        url: 'https://www.linkedin.com/in/erikschon/',
      });
      expect(item.text.startsWith('Yesterday, we explored how #WardleyMapping can help')).toBe(true);
      expect(item.text).not.toContain('hashtag');
      expect(item.text).not.toContain('…more');
    });

    it('returns only the sharer’s words when a post reshares another one', () => {
      const item = readItems(linkedinAdapter, real()).byId('urn:li:activity:7450534929064628225');
      expect(item.author).toMatchObject({ name: 'Brian Baglow', handle: 'baglow' });
      expect(item.text.startsWith("Any recognition and support for the UK's #games industry")).toBe(true);
      expect(item.text).not.toContain('The UK Government has announced');
    });
  });

  describe('on the demo feed', () => {
    it('returns the classic post inside the newer wrapper with its urn and decoded time', () => {
      expect(readItems(linkedinAdapter, demo()).byId(A1)).toMatchObject({
        kind: 'post',
        author: { name: 'Acme', handle: 'acme', url: 'https://www.linkedin.com/company/acme/' },
        time: '2026-04-20T08:15:00.000Z',
        permalink: `https://www.linkedin.com/feed/update/${A1}/`,
        truncated: false,
      });
    });

    it('returns a classic comment with the post as parent and root text', () => {
      const item = readItems(linkedinAdapter, demo()).byId(
        'urn:li:comment:(activity:7451906251161600001,7451927642112000002)',
      );
      expect(item).toMatchObject({
        kind: 'comment',
        author: { name: 'Claire Dubois', handle: 'claire-dubois-lyon' },
        text: "Bravo à toute l'équipe ACME Corp ! On en a commandé dix pour nos commerciaux, ils sont ravis.",
        parentId: A1,
      });
      expect(item.rootText.startsWith('🚀 La RoadRunner 3000 arrive en France')).toBe(true);
      expect(item.permalink).toBe(
        `https://www.linkedin.com/feed/update/${A1}/?commentUrn=${encodeURIComponent('urn:li:comment:(activity:7451906251161600001,7451927642112000002)')}`,
      );
    });

    it('returns a classic reply with the enclosing comment as parent', () => {
      expect(
        readItems(linkedinAdapter, demo()).byId('urn:li:comment:(activity:7451906251161600001,7451937708441600006)'),
      ).toMatchObject({
        kind: 'reply',
        parentId: 'urn:li:comment:(activity:7451906251161600001,7451927642112000002)',
        text: "Merci Claire, ravis que l'équipe apprécie !",
      });
    });

    it('returns the newer post’s urn from its tracking scope and its text without buttons', () => {
      const item = readItems(linkedinAdapter, demo()).byId(A3);
      expect(item.author).toEqual({
        name: 'Nina Lopez',
        handle: 'nina-lopez-ops',
        url: 'https://www.linkedin.com/in/nina-lopez-ops/',
      });
      expect(item.text.startsWith('Our order #4521 of RoadRunner 3000 units never arrived')).toBe(true);
      expect(item.text).not.toContain('clowns'); // a comment's words are not the post's
    });

    it('returns a newer comment and its reply with urns, kinds and parents', () => {
      const { byId } = readItems(linkedinAdapter, demo());
      const comment = 'urn:li:comment:(activity:7451933178593280005,7451980490342400009)';
      expect(byId(comment)).toMatchObject({
        kind: 'comment',
        parentId: A3,
        author: { name: 'Mathieu Leroy', handle: 'mathieu-leroy-42' },
      });
      expect(byId(comment).text).toBe(
        'Only clowns still buy from ACME Corp. You got exactly what you paid for, idiots 🤡',
      );
      expect(byId('urn:li:comment:(activity:7451933178593280005,7451993073254400010)')).toMatchObject({
        kind: 'reply',
        parentId: comment,
        author: { name: 'Acme' },
      });
    });

    it('returns the urn from the post’s own permalink and truncated when the newer post shows "… plus"', () => {
      const item = readItems(linkedinAdapter, demo()).byId('urn:li:activity:7451592936652800004');
      expect(item).toMatchObject({ truncated: true, author: { name: 'Thomas Girard' } });
      expect(item.text).not.toContain('plus');
    });
  });
});

// Real pages list a comment's replies after its own block, not inside it (the block keyed by the
// comment's urn holds the comment only). Hand-built from the markers of both DOM generations.
describe('linkedinAdapter.extract on replies listed after their comment', () => {
  const P = '7451906251161600001';
  const urn = (id: string) => `urn:li:comment:(activity:${P},${id})`;
  const newer = (id: string, actor: 'comment' | 'reply', who: string, text: string) =>
    `<div componentkey="replaceableComment_${urn(id)}">
      <a data-view-name="${actor}-actor-picture" href="https://www.linkedin.com/in/${who}/"><span></span></a>
      <a data-view-name="comment-actor-description" href="https://www.linkedin.com/in/${who}/"><p>${who}</p></a>
      <span data-testid="expandable-text-box">${text}</span>
    </div>`;
  const classic = (id: string, reply: boolean, who: string, text: string) =>
    `<article class="comments-comment-entity${reply ? ' comments-comment-entity--reply' : ''}" data-id="${urn(id)}">
      <a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/${who}/">
        <h3 class="comments-comment-meta__description-title">${who}</h3></a>
      <div class="comments-comment-item__main-content"><span>${text}</span></div>
    </article>`;
  const page = (body: string) =>
    parsePage(
      `<div class="feed-shared-update-v2" data-urn="urn:li:activity:${P}">
        <a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/acme/">
          <span class="update-components-actor__title"><span aria-hidden="true">Acme</span></span></a>
        <div class="update-components-text">Our new product</div>
        <div class="comments">${body}</div>
      </div>`,
      'https://www.linkedin.com/feed/',
    );

  it('returns the comment, not the post, as the parent of a newer-DOM reply', () => {
    const { byId } = readItems(
      linkedinAdapter,
      page(
        newer('7451927642112000002', 'comment', 'ann', 'Is it blue?') +
          `<div class="replies">${newer('7451937708441600006', 'reply', 'acme', 'Yes!')}` +
          `${newer('7451937708441600007', 'reply', 'bob', 'And red?')}</div>` +
          newer('7451947774771200008', 'comment', 'cy', 'Nice'),
      ),
    );
    expect(byId(urn('7451937708441600006'))).toMatchObject({ kind: 'reply', parentId: urn('7451927642112000002') });
    expect(byId(urn('7451937708441600007'))).toMatchObject({ kind: 'reply', parentId: urn('7451927642112000002') });
    expect(byId(urn('7451947774771200008'))).toMatchObject({ kind: 'comment', parentId: `urn:li:activity:${P}` });
  });

  it('returns the comment, not the post, as the parent of a classic --reply outside its comment', () => {
    const { byId } = readItems(
      linkedinAdapter,
      page(
        classic('7451927642112000002', false, 'ann', 'Is it blue?') +
          `<div class="comments-replies-list">${classic('7451937708441600006', true, 'acme', 'Yes!')}</div>` +
          classic('7451947774771200008', false, 'cy', 'Nice') +
          `<div class="comments-replies-list">${classic('7451957774771200009', true, 'acme', 'Thanks')}</div>`,
      ),
    );
    expect(byId(urn('7451937708441600006'))).toMatchObject({ kind: 'reply', parentId: urn('7451927642112000002') });
    expect(byId(urn('7451957774771200009'))).toMatchObject({ kind: 'reply', parentId: urn('7451947774771200008') });
    expect(byId(urn('7451947774771200008'))).toMatchObject({ kind: 'comment', parentId: `urn:li:activity:${P}` });
  });
});

describe('linkedinAdapter.badgeAnchor', () => {
  it('returns the block around the author link, inside the item', () => {
    for (const node of linkedinAdapter.findItems(demo())) {
      const anchor = linkedinAdapter.badgeAnchor(node);
      expect(node.contains(anchor) && anchor !== node).toBe(true);
      expect(anchor.querySelector('a[href*="/in/"], a[href*="/company/"]')).not.toBeNull();
    }
  });
});

describe('linkedinAdapter.expectsItems', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/feed/update/urn:li:activity:1/', true],
    ['https://www.linkedin.com/in/simonwardley/recent-activity/all/', true],
    ['https://www.linkedin.com/company/acme/posts/', true],
    ['https://www.linkedin.com/messaging/', false],
    ['https://www.linkedin.com/jobs/', false],
    ['https://www.linkedin.com/in/simonwardley/', false],
  ])('returns for %s: %s', (url, expected) => {
    expect(linkedinAdapter.expectsItems(new URL(url))).toBe(expected);
  });
});

describe('timeOfUrn', () => {
  it('returns the time encoded in an activity or comment id, or "" when there is none', () => {
    expect(timeOfUrn('urn:li:activity:7450534929064628225')).toBe('2026-04-16T13:25:51.334Z');
    expect(timeOfUrn('urn:li:comment:(activity:7451906251161600001,7451927642112000002)')).toBe(
      '2026-04-20T09:40:00.000Z',
    );
    expect(timeOfUrn('')).toBe('');
  });
});

describe('LINKEDIN selectors', () => {
  it('gives every selector a reason', () => {
    for (const list of Object.values(LINKEDIN)) for (const o of list) expect(o.why.length).toBeGreaterThan(10);
  });
});
