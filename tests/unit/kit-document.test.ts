// Reading a brand kit: every bad input is refused with the path of the field at fault and an i18n key.
import { describe, expect, it } from 'vitest';
import {
  buildKit,
  formatPath,
  KIT_FORMAT,
  MAX_KIT_BYTES,
  MAX_KIT_DEPTH,
  parseKit,
} from '../../utils/kit/core/document';
import { en, fr } from '../../utils/i18n/messages';
import { V8_BRAND } from '../support/stored-brand';

const brand = {
  id: 'b1',
  name: 'Acme',
  aliases: [],
  handles: ['@acme'],
  hashtags: [],
  products: [],
  misspellings: [],
  exclude: [],
  query: '',
  ownAccounts: [],
  competitor: false,
  ...V8_BRAND,
  languages: ['fr', 'en'] as ('fr' | 'en')[],
  createdAt: 1,
  updatedAt: 2,
};
const snippet = (over: Record<string, unknown> = {}) => ({
  id: 's1',
  name: 'merci',
  language: 'fr',
  body: 'Merci {prénom} !',
  tags: [],
  intents: [],
  trollTypes: [],
  kind: 'reply' as const,
  updatedAt: 5,
  ...over,
});
const kit = (over: Record<string, unknown> = {}) => ({
  format: KIT_FORMAT,
  version: 1,
  exportedAt: '2026-11-23T10:00:00.000Z',
  brands: [brand],
  toneProfiles: [
    { id: 't1', brandId: 'b1', name: 'Acme FR', data: { name: 'Acme FR', address: 'vous' }, updatedAt: 3 },
  ],
  snippets: [snippet()],
  trollNotes: [{ platform: 'x', handle: '@jo', labels: ['sealion'], notes: 'asks the same question daily' }],
  ...over,
});
const text = (v: unknown) => JSON.stringify(v);

function issues(input: string) {
  const r = parseKit(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('parseKit', () => {
  it('reads a valid kit and fills defaults', () => {
    const r = parseKit(text(kit()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kit.brands[0]!.name).toBe('Acme');
    expect(r.kit.toneProfiles[0]!.data.formality).toBe(3);
    expect(r.kit.trollNotes[0]!.labels).toEqual(['sealion']);
  });

  it('accepts a hand-written kit without clocks (older than any local edit)', () => {
    const r = parseKit(
      text({
        format: KIT_FORMAT,
        version: 1,
        brands: [{ id: 'b', name: 'Acme' }],
        snippets: [{ id: 's', name: 'hi', language: 'en', body: 'Hi!' }],
      }),
    );
    expect(r.ok && [r.kit.brands[0]!.updatedAt, r.kit.brands[0]!.createdAt, r.kit.snippets[0]!.updatedAt]).toEqual([
      0, 0, 0,
    ]);
  });

  it('accepts a snippets-only kit (the snippet library export)', () => {
    const r = parseKit(text({ format: KIT_FORMAT, version: 1, snippets: [snippet()] }));
    expect(r.ok && r.kit.snippets.length).toBe(1);
  });

  it('points at the bad field with its index', () => {
    const bad = kit({
      snippets: [snippet(), snippet({ id: 's2', name: 'a', body: 'x' }), snippet({ id: 's3', name: 'hello world' })],
    });
    expect(issues(text(bad))).toEqual([{ path: 'snippets[2].name', message: 'error.snippetName' }]);
  });

  it('names a missing field and a wrong type', () => {
    const { body: _b, ...noBody } = snippet();
    const got = issues(text(kit({ snippets: [noBody], brands: [{ ...brand, updatedAt: 'yesterday' }] })));
    expect(got).toContainEqual({ path: 'brands[0].updatedAt', message: 'kit.error.timestamp' });
    expect(got).toContainEqual({
      path: 'snippets[0].body',
      message: 'kit.error.missing',
      params: { expected: 'string' },
    });
  });

  it('refuses another file format and a future version with their own message', () => {
    expect(issues(text({ ...kit(), format: 'something-else' }))).toEqual([
      { path: 'format', message: 'kit.error.format' },
    ]);
    expect(issues(text({ ...kit(), version: 2 }))).toEqual([
      { path: 'version', message: 'kit.error.futureVersion', params: { version: 2, supported: 1 } },
    ]);
    expect(issues(text({ ...kit(), version: '1' }))[0]).toMatchObject({
      path: 'version',
      message: 'kit.error.version',
    });
    expect(issues('[1,2]')).toEqual([{ path: '', message: 'kit.error.notKit' }]);
    expect(issues('"tact-brand-kit"')).toEqual([{ path: '', message: 'kit.error.notKit' }]);
  });

  it('tells a truncated file from a malformed one', () => {
    const whole = text(kit());
    expect(issues(whole.slice(0, whole.length - 30))).toEqual([{ path: '', message: 'kit.error.truncated' }]);
    expect(issues(whole.slice(0, 20))).toEqual([{ path: '', message: 'kit.error.truncated' }]);
    const bad = issues(whole.replace('"version":1', '"version":1,,'));
    expect(bad[0]!.message).toMatch(/^kit\.error\.syntax/);
    expect(issues('   ')).toEqual([{ path: '', message: 'kit.error.empty' }]);
  });

  it('refuses an oversized text before parsing it', () => {
    const huge = text(kit({ snippets: [snippet({ body: 'x'.repeat(10) })] })).padEnd(MAX_KIT_BYTES + 1, ' ');
    expect(issues(huge)).toEqual([{ path: '', message: 'kit.error.tooLarge', params: { max: 5 } }]);
    // Bytes, not characters: 2 million "é" are 4 MB of UTF-8 in 2 M characters... 3 M are 6 MB.
    expect(issues('é'.repeat(3 * 1024 * 1024))[0]!.message).toBe('kit.error.tooLarge');
  });

  it('refuses deep nesting without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(issues(deep)).toEqual([{ path: '', message: 'kit.error.tooDeep', params: { max: MAX_KIT_DEPTH } }]);
    // Brackets inside strings do not count.
    const r = parseKit(
      text(kit({ snippets: [snippet({ body: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{{{' })] })),
    );
    expect(r.ok).toBe(true);
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const hostile = text(kit()).replace('"name":"merci"', '"__proto__":{"polluted":true},"name":"merci"');
    expect(issues(hostile)).toEqual([
      { path: 'snippets[0].__proto__', message: 'kit.error.forbiddenKey', params: { key: '__proto__' } },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(issues(text({ ...kit(), constructor: { prototype: {} } }))[0]).toMatchObject({
      path: 'constructor',
      message: 'kit.error.forbiddenKey',
    });
  });

  it('refuses huge arrays with a count message', () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ ...brand, id: `b${i}`, name: `Brand${i}` }));
    expect(issues(text(kit({ brands: many, toneProfiles: [] })))).toContainEqual({
      path: 'brands',
      message: 'kit.error.tooMany',
      params: { max: 500 },
    });
  });

  it('refuses lone surrogates and control characters, accepts real emoji and accents', () => {
    expect(issues(text(kit()).replace('Merci {prénom} !', 'Merci \\ud83d !'))).toEqual([
      { path: 'snippets[0].body', message: 'kit.error.unicode' },
    ]);
    expect(issues(text(kit()).replace('Merci {prénom} !', 'Merci \\u0000 !'))).toEqual([
      { path: 'snippets[0].body', message: 'kit.error.control' },
    ]);
    expect(issues(text(kit()).replace('Merci {prénom} !', 'Merci \\u202e !'))).toEqual([
      { path: 'snippets[0].body', message: 'kit.error.control' },
    ]);
    expect(parseKit(text(kit({ snippets: [snippet({ body: 'Merci 🎉 Zoë, ça roule\n— L’équipe' })] }))).ok).toBe(true);
  });

  it('refuses duplicate ids, duplicate names and tone profiles of an unknown brand', () => {
    const got = issues(
      text(kit({ snippets: [snippet(), snippet({ name: 'Merci' }), snippet({ id: 's9', name: 'MERCI' })] })),
    );
    expect(got).toContainEqual({ path: 'snippets[1].id', message: 'kit.error.duplicateId' });
    expect(got).toContainEqual({ path: 'snippets[2].name', message: 'kit.error.duplicateName' });
    expect(issues(text(kit({ brands: [] })))).toContainEqual({
      path: 'toneProfiles[0].brandId',
      message: 'kit.error.unknownBrand',
    });
  });

  it('caps the list of problems', () => {
    const bad = Array.from({ length: 100 }, (_, i) => snippet({ id: `s${i}`, name: `bad name ${i}` }));
    expect(issues(text(kit({ snippets: bad }))).length).toBe(20);
  });

  it('has an English and a French text for every message it emits', () => {
    const keys = [
      'format',
      'version',
      'futureVersion',
      'notKit',
      'truncated',
      'syntax',
      'syntaxAt',
      'empty',
      'tooLarge',
      'tooDeep',
      'forbiddenKey',
      'unicode',
      'control',
      'tooMany',
      'duplicateId',
      'duplicateName',
      'unknownBrand',
      'missing',
      'type',
      'tooBig',
      'tooSmall',
      'value',
      'timestamp',
    ];
    for (const k of keys) {
      expect(en).toHaveProperty([`kit.error.${k}`]);
      expect(fr).toHaveProperty([`kit.error.${k}`]);
    }
  });
});

describe('buildKit and formatPath', () => {
  it('writes a document parseKit reads back, without local usage counters', () => {
    const doc = buildKit(
      { brands: [brand], snippets: [{ ...snippet(), usageCount: 7 } as never] },
      Date.UTC(2026, 10, 23),
    );
    expect(doc.exportedAt).toBe('2026-11-23T00:00:00.000Z');
    expect(JSON.stringify(doc)).not.toContain('usageCount');
    const back = parseKit(JSON.stringify(doc));
    expect(back.ok && back.kit.snippets[0]!.name).toBe('merci');
  });
  it('formats paths the way the file reads', () => {
    expect(formatPath(['snippets', 3, 'name'])).toBe('snippets[3].name');
    expect(formatPath(['toneProfiles', 0, 'data', 'maxLength', 'x'])).toBe('toneProfiles[0].data.maxLength.x');
    expect(formatPath([])).toBe('');
  });
});
