import { describe, expect, it, test } from 'vitest';
import { en, fr } from '../../utils/i18n/messages';
import { isMessageKey, resolveLanguage, t, tErrorCode, tIssue } from '../../utils/i18n/translate';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.entries({ en, fr }))('%s has no empty string', (_lang, dict) => {
    const empty = Object.entries(dict).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    const differ = (Object.keys(en) as Array<keyof typeof en>).filter(
      (k) => placeholders(en[k]).join() !== placeholders(fr[k]).join(),
    );
    expect(differ).toEqual([]);
  });

  test.each(['error.empty', 'error.tooLong', 'error.tooMany', 'error.handle', 'error.hashtag', 'error.url'])(
    'has a message for the schema key %s',
    (key) => expect(isMessageKey(key)).toBe(true),
  );

  test.each(['bad_message', 'unknown_type', 'forbidden', 'invalid', 'failed'])(
    'has a message for the error code %s',
    (code) => expect(isMessageKey(`error.code.${code}`)).toBe(true),
  );

  it('keeps the labels the end-to-end tests drive the options page by', () => {
    expect([
      en['brand.field.name'],
      en['brand.field.aliases'],
      en['brand.field.handles'],
      en['brand.field.hashtags'],
    ]).toEqual(['Brand name', 'Aliases', 'Handles', 'Hashtags']);
    expect([en['brand.field.products'], en['brand.field.exclude'], en['brand.save']]).toEqual([
      'Product names',
      'Exclusion words',
      'Save brand',
    ]);
  });
});

describe('t', () => {
  it('returns the message in the language asked for', () => {
    expect(t('en', 'brand.field.name')).toBe('Brand name');
    expect(t('fr', 'brand.field.name')).toBe('Nom de la marque');
  });

  it('replaces each {name} with its parameter, numbers included', () => {
    expect(t('en', 'brand.saved', { name: 'Acme' })).toBe('Brand “Acme” saved.');
    expect(t('fr', 'sidepanel.counts', { mentions: 2, items: 10 })).toBe('Mentions : 2 · Éléments vus : 10');
  });

  it('leaves a placeholder without a parameter as it is', () => {
    expect(t('en', 'brand.saved')).toBe('Brand “{name}” saved.');
    expect(t('en', 'brand.saved', { other: 'x' })).toBe('Brand “{name}” saved.');
  });

  it('does not interpret parameter values as patterns', () => {
    expect(t('en', 'brand.saved', { name: '$& {name} $1' })).toBe('Brand “$& {name} $1” saved.');
  });
});

describe('resolveLanguage', () => {
  test.each([
    ['fr', 'en-US', 'fr'],
    ['en', 'fr-FR', 'en'],
    ['auto', 'fr', 'fr'],
    ['auto', 'fr-CA', 'fr'],
    ['auto', 'FR_be', 'fr'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['auto', 'frr', 'en'],
    ['auto', '', 'en'],
    ['auto', undefined, 'en'],
  ] as const)('returns %s + navigator %s → %s', (setting, nav, expected) => {
    expect(resolveLanguage(setting, nav)).toBe(expected);
  });
});

describe('tIssue and tErrorCode', () => {
  it('translates schema keys and falls back to a generic message for anything else', () => {
    expect(tIssue('fr', 'error.handle')).toBe(fr['error.handle']);
    expect(tIssue('en', 'Invalid input: expected string')).toBe(en['error.invalid']);
    expect(tIssue('en', 'brand.save')).toBe(en['error.invalid']);
  });

  it('reads unknown error codes as a failure', () => {
    expect(tErrorCode('en', 'forbidden')).toBe(en['error.code.forbidden']);
    expect(tErrorCode('fr', 'nope')).toBe(fr['error.code.failed']);
  });
});
