import { describe, expect, it } from 'vitest';
import { profileLanguages, toneProfileSchema } from '../../utils/tone/core/profile';

const MINIMAL = {
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
};

describe('toneProfileSchema', () => {
  it('returns a full profile with defaults when given the minimal command-line form', () => {
    const p = toneProfileSchema.parse(MINIMAL);
    expect(p).toMatchObject({
      name: 'Acme FR',
      language: 'fr',
      address: 'vous',
      formality: 4,
      warmth: 3,
      emoji: 'none',
      emojiAllowed: [],
      signature: "— L'équipe Acme",
      banned: ['malheureusement'],
      preferred: [],
      maxLength: { x: 280 },
      examples: { do: [], dont: [] },
    });
    expect(profileLanguages(p)).toEqual(['fr']);
  });

  it('returns preferred words as lists when "not" is given as one string', () => {
    const p = toneProfileSchema.parse({
      name: 'Acme',
      preferred: [
        { use: 'souci', not: 'problème' },
        { use: 'team', not: ['staff', 'crew'] },
      ],
    });
    expect(p.preferred).toEqual([
      { use: 'souci', not: ['problème'] },
      { use: 'team', not: ['staff', 'crew'] },
    ]);
  });

  it('returns every language when several are given', () => {
    expect(
      profileLanguages(toneProfileSchema.parse({ name: 'Acme', language: 'en', languages: ['en', 'fr'] })),
    ).toEqual(['en', 'fr']);
  });

  it.each([
    [{ name: '' }, 'name', 'error.empty'],
    [{ name: 'A', language: 'de' }, 'language', 'error.language'],
    [{ name: 'A', address: 'toi' }, 'address', 'error.address'],
    [{ name: 'A', formality: 6 }, 'formality', 'error.range'],
    [{ name: 'A', formality: 0 }, 'formality', 'error.range'],
    [{ name: 'A', formality: 2.5 }, 'formality', 'error.integer'],
    [{ name: 'A', warmth: '3' }, 'warmth', 'error.number'],
    [{ name: 'A', emoji: 'lots' }, 'emoji', 'error.emojiPolicy'],
    [{ name: 'A', banned: [' '] }, 'banned.0', 'error.empty'],
    [{ name: 'A', maxLength: { x: 0 } }, 'maxLength.x', 'error.range'],
    [{ name: 'A', preferred: [{ use: 'souci', not: [] }] }, 'preferred.0.not', 'error.empty'],
    [{ name: 'A', signature: 'x'.repeat(201) }, 'signature', 'error.tooLong'],
  ])('returns an error for %j at %s with %s', (input, path, message) => {
    const r = toneProfileSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toBe(message);
  });

  it('returns an error when maxLength names an unknown platform', () => {
    const r = toneProfileSchema.safeParse({ name: 'A', maxLength: { tiktok: 100 } });
    expect(r.success).toBe(false);
  });
});

describe('tone profile validation messages', () => {
  it('are all translated, in both languages', async () => {
    const { isMessageKey } = await import('../../utils/i18n/translate');
    const bad = [
      { name: '', language: 'de', address: 'toi', register: 'slang', emoji: 'lots' },
      { name: 'x', formality: 'high', warmth: 2.5, emojiMax: 99, maxLength: { x: -1, myspace: 3 } },
      { name: 'x', preferred: [{ use: '', not: [] }], banned: [''], languages: [] },
      { name: 'x'.repeat(101), signature: 'y'.repeat(201), examples: { do: [''], dont: ['z'.repeat(2001)] } },
    ];
    const messages = new Set(
      bad.flatMap((p) => toneProfileSchema.safeParse(p).error?.issues.map((i) => i.message) ?? []),
    );
    expect(messages.size).toBeGreaterThan(8);
    expect([...messages].filter((m) => !isMessageKey(m))).toEqual([]);
  });
});
