// recheck: whatever a model answers, the tone checker's fixes are applied and the rest is flagged.
import { describe, expect, it, test } from 'vitest';
import { recheck } from '../../utils/tone/core/ai/rewrite';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';

const ACME = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement', 'pas de souci'],
  maxLength: { x: 280 },
});
const X = { platform: 'x' as const, lang: 'fr' as const };

describe('recheck', () => {
  test.each([
    ['a banned word', 'Bonjour, malheureusement la livraison a du retard.', 'banned_word'],
    ['a missing signature', 'Bonjour, la livraison a du retard.', 'missing_signature'],
    ['emoji under a no-emoji policy', 'Bonjour 😀, la livraison a du retard.', 'emoji'],
    ['tu where the brand says vous', 'Bonjour, tu as raison, la livraison a du retard.', 'address_form'],
  ])('fixes %s', (_name, answer, kind) => {
    expect(checkDraft(answer, ACME, X).map((p) => p.kind)).toContain(kind);
    const out = recheck(answer, ACME, X);
    expect(out.fixed).toContain(kind);
    expect(out.problems.map((p) => p.kind)).not.toContain(kind);
    // What it returns is what the checker says about it.
    expect(out.problems).toEqual(checkDraft(out.text, ACME, X));
  });

  it('flags, without touching the text, what has no safe fix', () => {
    const answer = `Bonjour, ${'votre commande est en route. '.repeat(12)}\n— L'équipe Acme`;
    const out = recheck(answer, ACME, X);
    expect(out.text).toBe(answer);
    expect(out.fixed).toEqual([]);
    expect(out.problems.map((p) => p.kind)).toEqual(['too_long']);
  });

  it('leaves a reply in the right tone as it is', () => {
    const answer = "Bonjour, votre commande part demain.\n— L'équipe Acme";
    expect(recheck(answer, ACME, X)).toEqual({ text: answer, problems: [], fixed: [] });
  });

  it('fills {agent} in the signature when the CM is known, and flags it otherwise', () => {
    const profile = toneProfileSchema.parse({ name: 'Acme', language: 'en', signature: '^{agent}' });
    expect(recheck('Hello, on it.', profile, { platform: 'reddit', lang: 'en', agent: 'MA' }).text).toBe(
      'Hello, on it.\n^MA',
    );
    expect(recheck('Hello, on it.', profile, { platform: 'reddit', lang: 'en' }).problems.map((p) => p.kind)).toEqual([
      'missing_signature',
    ]);
  });
});
