import { describe, expect, it, test } from 'vitest';
import { buildRewritePrompt, cleanModelOutput } from '../../utils/tone/core/ai/prompt';
import { toneProfileSchema, type ToneProfileInput } from '../../utils/tone/core/profile';

const profile = (p: Partial<ToneProfileInput> = {}) => toneProfileSchema.parse({ name: 'Acme FR', ...p });
const ACME = profile({
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement', 'pas de souci'],
  maxLength: { x: 280 },
  preferred: [{ use: 'problème', not: ['souci'] }],
});

describe('buildRewritePrompt', () => {
  it('states every rule of the profile in the system message', () => {
    const { system } = buildRewritePrompt({ text: 'Salut, on regarde.', profile: ACME, platform: 'x', lang: 'fr' });
    expect(system).toContain('"Acme FR"');
    expect(system).toContain('Write in French only.');
    expect(system).toContain('"vous"');
    expect(system).toContain('formality 4/5');
    expect(system).toContain('Use no emoji at all.');
    expect(system).toContain('"malheureusement", "pas de souci"');
    expect(system).toContain('Write "problème", not "souci".');
    expect(system).toContain(`"— L'équipe Acme"`);
    expect(system).toContain('280 characters as X counts them');
    expect(system).toContain('X (Twitter)');
  });

  it('puts the draft, and only the draft and the wish, in the user message', () => {
    const { user, system } = buildRewritePrompt({
      text: 'Salut, on regarde.',
      profile: ACME,
      platform: 'x',
      lang: 'fr',
      instruction: '  plus court ',
    });
    expect(user).toBe('Rewrite this draft (between the markers):\n<<<\nSalut, on regarde.\n>>>\n\nAlso: plus court');
    expect(system).not.toContain('Salut, on regarde.');
  });

  test.each([
    ['tu', 'fr', '"tu" (tutoiement)'],
    [undefined, 'fr', 'never both'],
  ] as const)('address %s in %s', (address, lang, expected) => {
    expect(
      buildRewritePrompt({ text: 'x', profile: profile({ address }), platform: 'facebook', lang }).system,
    ).toContain(expected);
  });

  it('says nothing of tu/vous for an English reply', () => {
    const { system } = buildRewritePrompt({ text: 'x', profile: ACME, platform: 'facebook', lang: 'en' });
    expect(system).toContain('Write in English only.');
    expect(system).not.toMatch(/vouvoiement|tutoiement/);
    // No limit for Facebook in this profile.
    expect(system).not.toContain('characters');
  });

  it('gives the emoji budget and the allowed set', () => {
    const { system } = buildRewritePrompt({
      text: 'x',
      profile: profile({ emoji: 'sparing', emojiMax: 2, emojiAllowed: ['🙂', '🎉'] }),
      platform: 'reddit',
      lang: 'en',
    });
    expect(system).toContain('Use at most 2 emoji.');
    expect(system).toContain('Only these emoji are allowed: 🙂 🎉.');
  });

  it('keeps {agent} in a signature template and counts plain characters off X', () => {
    const { system } = buildRewritePrompt({
      text: 'x',
      profile: profile({ signature: '^{agent}', maxLength: { linkedin: 1200 } }),
      platform: 'linkedin',
      lang: 'en',
    });
    expect(system).toContain('keeping "{agent}" exactly as written');
    expect(system).toContain('at most 1200 characters');
  });

  it('includes a few do and don’t examples, not all of them', () => {
    const dos = Array.from({ length: 10 }, (_, i) => `Bonjour ${i} !`);
    const { system } = buildRewritePrompt({
      text: 'x',
      profile: profile({ examples: { do: dos, dont: ['Pas notre faute.'] } }),
      platform: 'x',
      lang: 'fr',
    });
    expect(system).toContain('"Bonjour 2 !"');
    expect(system).not.toContain('"Bonjour 3 !"');
    expect(system).toContain('do not write like this');
    expect(system).toContain('"Pas notre faute."');
  });

  it('caps the extra instruction', () => {
    const { user } = buildRewritePrompt({
      text: 'x',
      profile: ACME,
      platform: 'x',
      lang: 'fr',
      instruction: 'a'.repeat(2000),
    });
    expect(user.endsWith('a'.repeat(500))).toBe(true);
    expect(user).not.toContain('a'.repeat(501));
  });
});

describe('cleanModelOutput', () => {
  test.each([
    ['"Bonjour, merci !"', 'Bonjour, merci !'],
    ['« Bonjour, merci ! »', 'Bonjour, merci !'],
    ['```\nHello there\n```', 'Hello there'],
    ['Here is the rewritten reply:\n\nHello there', 'Hello there'],
    ['Voici la réponse réécrite :\nBonjour', 'Bonjour'],
    ['<<<\nBonjour\n>>>', 'Bonjour'],
    ['  Bonjour "Marie", merci  ', 'Bonjour "Marie", merci'],
    ['"Yes" and "no"', '"Yes" and "no"'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanModelOutput(raw)).toBe(expected);
  });
});
