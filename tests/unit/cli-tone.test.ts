// `tact suggest` and `tact check`, run as a user runs them (a real process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tact = (args: string[], input = '') =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/tact.ts'), ...args], {
    input,
    encoding: 'utf8',
  });
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-tone-'));
const file = (name: string, content: unknown) => {
  const f = path.join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};
// The minimal profile of issue #6, as written there.
const PROFILE = file(
  'tone.json',
  '{"name":"Acme FR","language":"fr","address":"vous","formality":4,"emoji":"none","signature":"— L\'équipe ' +
    'Acme","banned":["malheureusement"],"maxLength":{"x":280}}',
);
const BRAND = file('brand.json', { name: 'Acme', products: ['RoadRunner 3000'] });
const SNIPPETS = file('snippets.json', [
  {
    name: 'retard',
    language: 'fr',
    body: 'Bonjour {prénom}, votre commande {orderId} est en route.',
    intents: ['complaint'],
  },
]);

describe('tact suggest', { timeout: 120_000 }, () => {
  it('is listed in the help', () => {
    expect(tact(['help']).stdout).toMatch(/suggest --profile <tone.json> \[--brand <brand.json>\]/);
  });

  it('writes the playbook action and replies per line, an error line for a bad one, and exits 1 at the end', () => {
    const input = [
      JSON.stringify({
        id: 'client',
        text: 'Ma commande n°458921 n’est jamais arrivée, votre SAV est nul',
        platform: 'x',
        author: 'Marie Dupont',
      }),
      JSON.stringify({
        id: 'spam',
        text: 'Gagnez 500€ par jour avec le bitcoin, écrivez-moi sur WhatsApp https://bit.ly/xyz',
        platform: 'facebook',
      }),
      'oops',
      JSON.stringify({ id: 'noplatform', text: 'Bonjour' }),
      JSON.stringify({ id: 4, text: 'J’adore mon RoadRunner 3000, merci Acme !', platform: 'reddit', author: 'Léa' }),
      '',
    ].join('\n');
    const r = tact(['suggest', '--profile', PROFILE, '--brand', BRAND, '--snippets', SNIPPETS], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 input lines could not be read/);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['client', 'spam', null, 'noplatform', 4]);
    expect(Object.keys(out[0])).toEqual(['id', 'action', 'replies']);
    expect(out[0].action).toMatchObject({ type: 'unhappy_customer', reply: 'yes' });
    expect(out[0].replies[0]).toEqual({
      text: "Bonjour Marie, votre commande 458921 est en route.\n— L'équipe Acme",
      snippet: 'retard',
    });
    expect(out[0].replies).toHaveLength(3);
    expect(out[1]).toMatchObject({ action: { type: 'spammer', reply: 'none' }, replies: [] });
    expect(out[2]).toEqual({ line: 3, id: null, error: 'not JSON' });
    expect(out[3]).toMatchObject({ line: 4, id: 'noplatform', error: expect.stringMatching(/^expected .*platform/) });
    expect(out[4].action).toBeNull();
    expect(out[4].replies[0].text).toBe("Merci beaucoup Léa ! Ravis que RoadRunner 3000 vous plaise.\n— L'équipe Acme");
  });

  it('exits 0 when every line was read', () => {
    const r = tact(
      ['suggest', '--profile', PROFILE],
      JSON.stringify({ id: 1, text: 'Hello, is it available in blue?', platform: 'x' }),
    );
    expect(r.status).toBe(0);
    expect(lines(r.stdout)[0].replies[0].text).toMatch(/^Hello, /);
  });

  it('refuses a bad profile, a bad snippets file and a missing --profile, saying why', () => {
    expect(tact(['suggest']).status).toBe(2);
    const bad = tact(['suggest', '--profile', file('bad.json', { name: 'X', address: 'toi', formality: 9 })], '');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/address: The form of address must be “tu” or “vous”/);
    expect(bad.stderr).toMatch(/formality: This number is out of range/);
    const snip = tact(
      [
        'suggest',
        '--profile',
        PROFILE,
        '--snippets',
        file('s.json', [{ name: 'two words', language: 'fr', body: 'x' }]),
      ],
      '',
    );
    expect(snip.status).toBe(1);
    expect(snip.stderr).toMatch(/Invalid snippet #1 .*name/);
    expect(tact(['suggest', '--profile', path.join(dir, 'missing.json')]).stderr).toMatch(
      /Cannot read tone profile file/,
    );
  });

  it('refuses a brand file given as --profile, saying it expected a tone profile', () => {
    const brand = file('brand-as-profile.json', { name: 'Acme', aliases: ['ACME Corp'], handles: ['@acme'] });
    const r = tact(['suggest', '--profile', brand], JSON.stringify({ id: 1, text: 'Hello', platform: 'x' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /looks like a brand file \(it has "aliases", "handles"\): --profile expects a tone profile/,
    );
    expect(r.stdout).toBe('');
    const list = tact(['check', '--profile', file('brands.json', [{ name: 'Acme' }])], '');
    expect(list.status).toBe(1);
    expect(list.stderr).toMatch(/--profile expects a tone profile/);
  });
});

describe('tact check', { timeout: 120_000 }, () => {
  it('writes the issues with their stable kinds, spans and fixes', () => {
    const draft = 'Malheureusement tu dois attendre.';
    const r = tact(
      ['check', '--profile', PROFILE],
      [
        JSON.stringify({ id: 'd', text: draft, platform: 'x' }),
        JSON.stringify({ id: 'ok', text: "Bonjour, merci !\n— L'équipe Acme", platform: 'x' }),
      ].join('\n'),
    );
    expect(r.status).toBe(0);
    const [d, ok] = lines(r.stdout);
    expect(d.issues.map((i: { kind: string }) => i.kind)).toEqual(['banned_word', 'address_form', 'missing_signature']);
    const banned = d.issues[0];
    expect(draft.slice(banned.start, banned.end)).toBe('Malheureusement');
    expect(Object.keys(banned)).toEqual(['kind', 'start', 'end', 'fix']);
    expect(banned.fix).toEqual({ start: 0, end: 17, text: 'T' });
    expect(ok).toEqual({ id: 'ok', issues: [] });
  });

  it('counts X lengths the way X does and exits 1 after a bad line', () => {
    const long = 'Bonjour, ' + 'merci '.repeat(50) + "\n— L'équipe Acme";
    const r = tact(
      ['check', '--profile', PROFILE],
      [JSON.stringify({ id: 1, text: long, platform: 'x' }), '{"id":2,"text":5,"platform":"x"}'].join('\n'),
    );
    expect(r.status).toBe(1);
    const [one, two] = lines(r.stdout);
    expect(one.issues.map((i: { kind: string }) => i.kind)).toEqual(['too_long']);
    expect(one.issues[0].fix).toBeNull();
    expect(two).toMatchObject({ id: 2, error: expect.stringMatching(/text/) });
  });
});
