import { describe, expect, it } from 'vitest';
import { brandInputSchema, brandTerms } from '../../utils/mentions/core/brand';

describe('brandInputSchema', () => {
  it('accepts the minimal form documented for the command line and imports', () => {
    const brand = brandInputSchema.parse({
      name: 'Acme',
      aliases: ['ACME Corp'],
      handles: ['@acme'],
      hashtags: ['#acme'],
      products: ['RoadRunner 3000'],
      exclude: ['acme of perfection'],
    });
    expect(brand.languages).toEqual(['fr', 'en']);
    expect(brandTerms(brand)).toEqual(['Acme', 'ACME Corp', '@acme', '#acme', 'RoadRunner 3000']);
  });

  it('fills missing lists with empty ones and trims words', () => {
    expect(brandInputSchema.parse({ name: '  Crème Brûlée Café ' })).toMatchObject({
      name: 'Crème Brûlée Café',
      aliases: [],
    });
  });

  it.each([
    [{ name: '' }, 'name', 'error.empty'],
    [{ name: 'x'.repeat(101) }, 'name', 'error.tooLong'],
    [{ name: 'A', handles: ['acme'] }, 'handles.0', 'error.handle'],
    [{ name: 'A', handles: ['@ac me'] }, 'handles.0', 'error.handle'],
    [{ name: 'A', hashtags: ['acme'] }, 'hashtags.0', 'error.hashtag'],
    [{ name: 'A', hashtags: ['#a-b'] }, 'hashtags.0', 'error.hashtag'],
    [{ name: 'A', aliases: [' '] }, 'aliases.0', 'error.empty'],
  ])('rejects %j at %s with %s', (input, path, message) => {
    const r = brandInputSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it('accepts French and accented handles and hashtags', () => {
    expect(brandInputSchema.safeParse({ name: 'Élan', handles: ['@élan_fr'], hashtags: ['#ÉlanCafé'] }).success).toBe(
      true,
    );
  });
});
