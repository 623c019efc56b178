import { describe, expect, it } from 'vitest';
import type { Intent } from '../../utils/mentions/core/intent';
import { findEmoji } from '../../utils/tone/core/x-length';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { firstNameOf, suggestReplies, type SuggestItem } from '../../utils/tone/core/suggest';

const FR_VOUS = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
});
const FR_TU = toneProfileSchema.parse({
  name: 'Acme',
  language: 'fr',
  address: 'tu',
  emoji: 'sparing',
  emojiAllowed: ['😊'],
  signature: '^{agent}',
  banned: ['désolés'],
  maxLength: { x: 280 },
});
const EN = toneProfileSchema.parse({
  name: 'Acme',
  language: 'en',
  emoji: 'sparing',
  signature: '— {agent}, Acme team',
  preferred: [{ use: 'crew', not: 'team' }],
  maxLength: { x: 200 },
});

const INTENTS: Intent[] = ['question', 'complaint', 'praise', 'purchase_intent', 'urgent', 'other'];
const item = (lang: 'fr' | 'en', intent: Intent, extra: Partial<SuggestItem> = {}): SuggestItem => ({
  text: 'x',
  platform: 'x',
  author: 'Marie Dupont',
  lang,
  intent,
  brand: 'Acme',
  product: 'RoadRunner 3000',
  ...extra,
});

describe('suggestReplies', () => {
  it.each(
    INTENTS.flatMap((intent) => [FR_VOUS, FR_TU, EN].map((p) => [intent, p.language, p.address ?? '-', p] as const)),
  )('returns three replies that pass the checker for %s (%s, %s)', (intent, lang, _address, profile) => {
    const replies = suggestReplies(item(lang, intent), profile, [], { agent: 'MA' });
    expect(replies).toHaveLength(3);
    expect(new Set(replies.map((r) => r.text)).size).toBe(3);
    for (const r of replies) {
      expect(checkDraft(r.text, profile, { platform: 'x', lang, customer: true, agent: 'MA' })).toEqual([]);
      expect(r.text).not.toMatch(/\{(prénom|firstName|brand|product|emoji)\}|\[\[/u);
    }
  });

  it('returns the same replies every time when called twice', () => {
    const a = suggestReplies(item('fr', 'complaint'), FR_VOUS);
    expect(suggestReplies(item('fr', 'complaint'), FR_VOUS)).toEqual(a);
  });

  it('returns replies with the first name, the brand, the product and the signature when the context has them', () => {
    const [first] = suggestReplies(item('fr', 'praise', { author: 'Léa Martin' }), FR_VOUS);
    expect(first!.text).toBe("Merci beaucoup Léa ! Ravis que RoadRunner 3000 vous plaise.\n— L'équipe Acme");
  });

  it('returns replies in vous, with no emoji, when the profile says vous and none', () => {
    for (const r of suggestReplies(item('fr', 'question'), FR_VOUS)) {
      expect(r.text).not.toMatch(/\b(tu|ton|ta|tes|toi)\b/u);
      expect(findEmoji(r.text)).toEqual([]);
    }
  });

  it('returns replies in tu with at most one allowed emoji when the profile says tu and sparing', () => {
    for (const r of suggestReplies(item('fr', 'praise'), FR_TU, [], { agent: 'MA' })) {
      expect(r.text).not.toMatch(/\b(vous|votre|vos)\b/u);
      expect(
        findEmoji(r.text)
          .map((e) => e.emoji)
          .every((e) => e === '😊'),
      ).toBe(true);
      expect(findEmoji(r.text).length).toBeLessThanOrEqual(1);
      expect(r.text.endsWith('\n^MA')).toBe(true);
    }
  });

  it('returns no reply with a banned word when a template contains it', () => {
    for (const r of suggestReplies(item('fr', 'complaint'), FR_TU, [], { agent: 'MA' }))
      expect(r.text).not.toContain('désolés');
  });

  it('returns replies with the preferred word applied', () => {
    const texts = suggestReplies(item('en', 'urgent'), EN, [], { agent: 'MA' }).map((r) => r.text);
    for (const t of texts) expect(t.replace('Acme team', '')).not.toMatch(/\bteam\b/u);
    expect(texts.some((t) => /\bcrew\b/.test(t))).toBe(true);
  });

  it('returns the brand snippet first when it fits the intent and language', () => {
    const snippets = [
      {
        id: 'late-order',
        language: 'fr' as const,
        intents: ['complaint' as const],
        body: 'Bonjour {prénom}, votre commande {orderId} arrive demain.',
      },
      { id: 'en-only', language: 'en' as const, intents: ['complaint' as const], body: 'Hello {firstName}.' },
    ];
    const replies = suggestReplies(item('fr', 'complaint'), FR_VOUS, snippets, { orderId: 'A-42' });
    expect(replies[0]).toEqual({
      text: "Bonjour Marie, votre commande A-42 arrive demain.\n— L'équipe Acme",
      snippet: 'late-order',
    });
    expect(replies.slice(1).every((r) => r.snippet === null)).toBe(true);
  });

  it('returns no snippet reply when a variable it needs is unknown', () => {
    const snippets = [
      {
        id: 'late-order',
        language: 'fr' as const,
        intents: ['complaint' as const],
        body: 'Votre commande {orderId} arrive.',
      },
    ];
    expect(suggestReplies(item('fr', 'complaint'), FR_VOUS, snippets).map((r) => r.snippet)).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('returns replies without a greeting name when the author is a handle', () => {
    const [first] = suggestReplies(item('en', 'other', { author: '@jdoe42' }), EN, [], { agent: 'MA' });
    expect(first!.text.startsWith('Hi, ')).toBe(true);
  });

  it('returns replies in the language and intent read from the text when they are not given', () => {
    const replies = suggestReplies(
      { text: 'Ma box Acme ne marche plus depuis 3 jours, c’est nul !', platform: 'x', author: 'Marie' },
      FR_VOUS,
    );
    expect(replies).toHaveLength(3);
    expect(replies[0]!.text.startsWith('Bonjour Marie')).toBe(true);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Marie Dupont', 'Marie'],
    ['Jean-Luc', 'Jean-Luc'],
    ['Éloïse', 'Éloïse'],
    ['@marie', undefined],
    ['u/bob', undefined],
    ['JD', undefined],
    ['xXgamerXx', undefined],
    [null, undefined],
  ])('returns %j → %j', (author, first) => {
    expect(firstNameOf(author)).toBe(first);
  });
});
