// Community care, the pure parts of newcomers: is an item in a brand's community (its places, the
// threads under its own accounts' posts), when a member is still new, topics and welcome lines.
import { describe, expect, it } from 'vitest';
import { brandSchema } from '../../utils/mentions/core/brand';
import { communitiesOf, inCommunity, placeOf, underPlace, type ThreadLink } from '../../utils/care/core/community';
import { NEWCOMER_MS, isWelcomeCandidate, stillNew, swapFirstName, toWelcome } from '../../utils/care/core/newcomer';
import { topicOf } from '../../utils/care/core/topic';
import { welcomeTemplates } from '../../utils/care/core/welcome';
import { careReplies, type CareReplyInput } from '../../utils/care/core/care-replies';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { checkDraft } from '../../utils/tone/core/check';

const brand = (extra: Record<string, unknown> = {}) =>
  brandSchema.parse({ id: 'acme', name: 'Acme', createdAt: 0, updatedAt: 0, ...extra });

const link = (over: Partial<ThreadLink>): ThreadLink => ({
  kind: 'comment',
  author: { name: 'Julie Martin', handle: '', url: 'https://www.facebook.com/julie.martin.75' },
  permalink: '',
  parentId: 'p1',
  ...over,
});

describe('community places', () => {
  it('reads page URLs, subreddits and bare hosts; refuses a whole site or a word', () => {
    expect(placeOf('https://www.facebook.com/acme/')).toEqual({ host: 'facebook.com', path: '/acme' });
    expect(placeOf('m.facebook.com/groups/AcmeFans')).toEqual({ host: 'facebook.com', path: '/groups/acmefans' });
    expect(placeOf('r/AcmeRockets')).toEqual({ host: 'reddit.com', path: '/r/acmerockets' });
    expect(placeOf('/r/acme/')).toEqual({ host: 'reddit.com', path: '/r/acme' });
    expect(placeOf('https://www.facebook.com/')).toBeNull();
    expect(placeOf('acme')).toBeNull();
    expect(placeOf('javascript:alert(1)')).toBeNull();
  });

  it('matches URLs under a place, tolerant of www./m./old., case and trailing slashes, not a lookalike', () => {
    const fb = placeOf('https://facebook.com/Acme')!;
    expect(underPlace('https://www.facebook.com/acme/posts/pfbid0Acme1?comment_id=1001', fb)).toBe(true);
    expect(underPlace('https://m.facebook.com/acme', fb)).toBe(true);
    expect(underPlace('https://www.facebook.com/acmefans/posts/1', fb)).toBe(false);
    expect(underPlace('https://www.facebook.com.evil.example/acme/posts/1', fb)).toBe(false);
    const sub = placeOf('r/acme')!;
    expect(underPlace('https://old.reddit.com/r/Acme/comments/1abcde/x/', sub)).toBe(true);
    expect(underPlace('https://www.reddit.com/r/acmeother/comments/1/', sub)).toBe(false);
  });

  it('an item is in the community under a listed place, or under one of our posts', () => {
    const places = brand({ communities: ['https://www.facebook.com/acme'] });
    const comment = link({ permalink: 'https://www.facebook.com/acme/posts/pfbid0Acme1?comment_id=1001' });
    expect(inCommunity([comment], places)).toBe(true);
    // Elsewhere on Facebook: not ours.
    const elsewhere = link({ permalink: 'https://www.facebook.com/other/posts/1?comment_id=9' });
    expect(inCommunity([elsewhere], places)).toBe(false);
    // The place of a parent counts (a reply whose own link is a profile).
    const reply = link({ kind: 'reply', permalink: 'https://www.facebook.com/julie' });
    expect(inCommunity([reply, comment], places)).toBe(true);

    const own = brand({ ownAccounts: ['@acme_support'] });
    const ourPost = link({ kind: 'post', parentId: null, author: { name: 'Acme', handle: 'u/acme_support', url: '' } });
    const theirPost = link({ kind: 'post', parentId: null, author: { name: 'Sam', handle: 'u/sam', url: '' } });
    expect(inCommunity([link({}), ourPost], own)).toBe(true);
    expect(inCommunity([link({ kind: 'reply' }), link({}), ourPost], own)).toBe(true);
    expect(inCommunity([link({}), theirPost], own)).toBe(false);
    // Our post by itself is not a newcomer's; a top we could not reach is not assumed ours.
    expect(inCommunity([ourPost], own)).toBe(false);
    expect(inCommunity([link({}), { ...ourPost, kind: 'comment', parentId: 'x' }], own)).toBe(false);
    // A competitor has no community; two brands are told apart.
    expect(inCommunity([link({}), ourPost], brand({ ownAccounts: ['@acme_support'], competitor: true }))).toBe(false);
    const other = brandSchema.parse({ id: 'b2', name: 'Other', createdAt: 0, updatedAt: 0, handles: ['@other'] });
    expect(communitiesOf([link({}), ourPost], [own, other])).toEqual(['acme']);
  });
});

describe('newcomer window', () => {
  it('is new until welcomed or a day after first seen; trolls and spammers are never welcomed', () => {
    expect(stillNew({ firstSeenAt: 0, welcomedAt: null }, NEWCOMER_MS - 1)).toBe(true);
    expect(stillNew({ firstSeenAt: 0, welcomedAt: null }, NEWCOMER_MS)).toBe(false);
    expect(stillNew({ firstSeenAt: 0, welcomedAt: 5 }, 10)).toBe(false);
    expect(
      toWelcome(
        [
          { firstSeenAt: 1, welcomedAt: null },
          { firstSeenAt: 2, welcomedAt: 3 },
          { firstSeenAt: 4, welcomedAt: null },
        ],
        10,
      ),
    ).toEqual([
      { firstSeenAt: 4, welcomedAt: null },
      { firstSeenAt: 1, welcomedAt: null },
    ]);
    expect(isWelcomeCandidate(null)).toBe(true);
    expect(isWelcomeCandidate('unhappy_customer')).toBe(true);
    expect(isWelcomeCandidate('spammer')).toBe(false);
    expect(isWelcomeCandidate('flamer')).toBe(false);
  });

  it('swaps the first name a line was addressed to', () => {
    expect(swapFirstName('Bienvenue Julie ! Ravis de vous lire.', 'Julie', 'Sam')).toBe(
      'Bienvenue Sam ! Ravis de vous lire.',
    );
    expect(swapFirstName('Welcome aboard Julie! Great to see you.', 'Julie', undefined)).toBe(
      'Welcome aboard! Great to see you.',
    );
    expect(swapFirstName('Julien is not Julie', 'Julie', 'Sam')).toBe('Julien is not Sam');
  });
});

describe('topic of a first message', () => {
  it('names a product of the brand first, then an everyday topic, in the reply language', () => {
    expect(topicOf('My RoadRunner 3000 arrived broken, the delivery was late', 'en', ['RoadRunner 3000'])).toBe(
      'RoadRunner 3000',
    );
    expect(topicOf('Ma livraison a trois jours de retard', 'fr')).toBe('la livraison');
    expect(topicOf('Ma livraison a trois jours de retard', 'en')).toBe('delivery');
    expect(topicOf('Is there a discount code this week?', 'en')).toBe('offers');
    expect(topicOf('Quels sont vos horaires le dimanche ?', 'fr')).toBe('les horaires');
    expect(topicOf('I signed in order to say hello', 'en')).toBeUndefined();
    expect(topicOf('Coucou tout le monde !', 'fr')).toBeUndefined();
    // A product named inside another word is not named.
    expect(topicOf('Superboostery', 'en', ['Boost'])).toBeUndefined();
  });
});

const FR_VOUS = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  emoji: 'none',
  banned: ['malheureusement'],
});
const FR_TU = toneProfileSchema.parse({
  name: 'Acme',
  language: 'fr',
  address: 'tu',
  emoji: 'sparing',
  emojiAllowed: ['😊'],
  signature: '^{agent}',
});
const EN = toneProfileSchema.parse({
  name: 'Acme',
  language: 'en',
  emoji: 'sparing',
  signature: '— Acme team',
  maxLength: { x: 200 },
});

function welcome(lang: 'fr' | 'en', profile: typeof EN, extra: Partial<CareReplyInput> = {}) {
  return careReplies({
    purpose: 'welcome',
    item: { text: 'Ma livraison a trois jours de retard', platform: 'x', author: 'Julie Martin', lang, brand: 'Acme' },
    lang,
    profile,
    snippets: [],
    holdingStatements: [],
    clause: null,
    standing: null,
    topic: topicOf('Ma livraison a trois jours de retard', lang),
    firstName: 'Julie',
    avoid: [],
    opts: { brand: { name: 'Acme', aliases: [], products: [] }, agent: 'Léa' },
    ...extra,
  });
}

describe('welcome lines', () => {
  it('give several FR and EN lines with the platform and topic, topic lines first, none without one', () => {
    const fr = welcomeTemplates({
      lang: 'fr',
      platform: 'facebook',
      firstName: 'Julie',
      topic: 'la livraison',
      standing: null,
    });
    expect(fr.length).toBeGreaterThanOrEqual(5);
    expect(fr[0]).toContain('la livraison');
    expect(fr.some((l) => l.includes('Facebook'))).toBe(true);
    const none = welcomeTemplates({
      lang: 'en',
      platform: 'reddit',
      firstName: undefined,
      topic: undefined,
      standing: null,
    });
    expect(none.length).toBeGreaterThanOrEqual(3);
    expect(none.every((l) => !l.includes('{topic}') && !l.includes('{platform}'))).toBe(true);
    expect(none.some((l) => l.includes('Reddit'))).toBe(true);
  });

  it('pass the tone checker in each form of address and language, with the first name and topic', () => {
    for (const [lang, profile] of [
      ['fr', FR_VOUS],
      ['fr', FR_TU],
      ['en', EN],
    ] as const) {
      const replies = welcome(lang, profile);
      expect(replies.length).toBe(3);
      for (const r of replies) {
        expect(checkDraft(r.text, profile, { platform: 'x', lang, customer: true, agent: 'Léa' })).toEqual([]);
        expect(r.text).not.toMatch(/[{}]|\[\[|\]\]/u);
      }
      expect(replies[0]!.text).toContain('Julie');
      expect(replies[0]!.text).toContain(lang === 'fr' ? 'la livraison' : 'delivery');
    }
    const tu = welcome('fr', FR_TU)
      .map((r) => r.text)
      .join(' ');
    expect(tu).not.toMatch(/\bvous\b|\bvotre\b/u);
    const vous = welcome('fr', FR_VOUS)
      .map((r) => r.text)
      .join(' ');
    expect(vous).not.toMatch(/\bte\b|\bton\b|\btoi\b/u);
  });

  it('never gives the line the thread’s last welcome used (same line, another name)', () => {
    const first = welcome('en', EN, { topic: undefined })[0]!.text;
    const next = welcome('en', EN, { topic: undefined, avoid: [first] });
    expect(next.map((r) => r.text)).not.toContain(first);
    expect(next.length).toBeGreaterThan(0);
  });

  it('put the team’s welcome snippets in the reply language first', () => {
    const replies = welcome('en', EN, {
      snippets: [
        { id: 's1', body: 'Welcome to the Acme family, {firstName}!', language: 'en', kind: 'welcome' },
        { id: 's2', body: 'Thanks a lot!', language: 'en', kind: 'thanks' },
        { id: 's3', body: 'Bienvenue !', language: 'fr', kind: 'welcome' },
      ],
    });
    expect(replies[0]).toMatchObject({
      text: expect.stringContaining('Welcome to the Acme family, Julie!'),
      snippet: 's1',
    });
    expect(replies.map((r) => r.snippet)).not.toContain('s2');
    expect(replies.map((r) => r.snippet)).not.toContain('s3');
  });
});
