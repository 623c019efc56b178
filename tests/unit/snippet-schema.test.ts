import { describe, expect, it } from 'vitest';
import { snippetInputSchema, snippetSchema } from '../../utils/snippets/core/snippet';

describe('snippet schema', () => {
  it('accepts a minimal snippet and fills the defaults', () => {
    const s = snippetInputSchema.parse({ name: 'remboursement', language: 'fr', body: 'Bonjour {prénom}, …' });
    expect(s).toMatchObject({ tags: [], intents: [], trollTypes: [] });
  });
  it('refuses a name that cannot be typed after "/"', () => {
    const r = snippetInputSchema.safeParse({ name: 'two words', language: 'en', body: 'Hi' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('error.snippetName');
  });
  it('accepts accented names and refuses unknown intents and troll types', () => {
    expect(snippetInputSchema.safeParse({ name: 'réponse_1', language: 'fr', body: 'x' }).success).toBe(true);
    expect(snippetInputSchema.safeParse({ name: 'a', language: 'fr', body: 'x', intents: ['nope'] }).success).toBe(
      false,
    );
    expect(snippetInputSchema.safeParse({ name: 'a', language: 'fr', body: 'x', trollTypes: ['nope'] }).success).toBe(
      false,
    );
  });
  it('a stored snippet has an id, a usage count and a date', () => {
    expect(snippetSchema.safeParse({ name: 'a', language: 'en', body: 'x' }).success).toBe(false);
    expect(snippetSchema.parse({ id: 's1', name: 'a', language: 'en', body: 'x', updatedAt: 1 }).usageCount).toBe(0);
  });
});
