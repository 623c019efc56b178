// `tact classify`, run as a user runs it (a real process): JSON lines on stdin, and a CSV export.
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

const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-classify-'));

describe('tact classify', () => {
  it('is listed in the help', () => {
    expect(tact(['help']).stdout).toMatch(/classify --csv <file> --text-column <name>/);
  });

  it('writes one verdict per JSON line, and an error line for a bad one', () => {
    const input = [
      JSON.stringify({ id: 'flame', text: "T'es vraiment un gros connard, ferme ta gueule", lang: 'fr' }),
      JSON.stringify({ id: 'spam', text: 'Check my channel for free giveaways https://bit.ly/xyz' }),
      JSON.stringify({
        id: 'client',
        text: "My order #88231 never arrived and your fucking customer service won't refund me.",
      }),
      JSON.stringify({
        id: 7,
        text: 'Sources ? Je pose juste la question.',
        author: 'bob',
        context: {
          post: 'Nouvelle gamme de chaussures',
          thread: [{ author: 'bob', text: 'Des sources pour cette affirmation ?' }],
        },
      }),
      'oops',
      JSON.stringify({ id: 'bad', text: 3 }),
      '',
    ].join('\n');
    const r = tact(['classify'], input);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => [o.id, o.type ?? o.error])).toEqual([
      ['flame', 'flamer'],
      ['spam', 'spammer'],
      ['client', 'unhappy_customer'],
      [7, 'sealion'],
      [null, 'not JSON'],
      ['bad', expect.stringMatching(/^expected/)],
    ]);
    expect(Object.keys(out[0])).toEqual(['id', 'abuse', 'troll', 'type', 'confidence', 'cues', 'action']);
    expect(out[2].troll).toBeLessThanOrEqual(0.2);
    const link = out[1].cues.find((c: { kind: string }) => c.kind === 'link');
    expect('Check my channel for free giveaways https://bit.ly/xyz'.slice(link.start, link.end)).toBe(
      'https://bit.ly/xyz',
    );
    expect(out[0].action.fr).toMatch(/charte/);
  });

  it('reads a CSV export (BOM, quotes, commas and newlines in fields)', () => {
    const csv = path.join(dir, 'export.csv');
    writeFileSync(
      csv,
      '\uFEFFid,author,message\r\n' +
        'c1,ann,"Super chaussures, merci !"\r\n' +
        'c2,eve,"Gagnez 500€ par jour avec le bitcoin,\nécrivez-moi sur WhatsApp +33 6 12 34 56 78"\r\n' +
        'c3,joe,"Ma commande n°458921 n\'est toujours pas livrée, votre SAV de ""merde"" !"\r\n',
    );
    const r = tact([
      'classify',
      '--csv',
      csv,
      '--text-column',
      'message',
      '--id-column',
      'id',
      '--author-column',
      'author',
    ]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((o) => [o.id, o.type])).toEqual([
      ['c1', null],
      ['c2', 'spammer'],
      ['c3', 'unhappy_customer'],
    ]);
  });

  it.each([
    [['classify', '--csv', 'x.csv']],
    [['classify', '--text-column', 'm']],
    [['classify', '--threshold', '2']],
    [['classify', '--nope']],
  ])('prints the usage and exits 2 for %j', (args) => {
    const r = tact(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it('explains a missing column or file and exits 1', () => {
    const csv = path.join(dir, 'small.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const r = tact(['classify', '--csv', csv, '--text-column', 'message']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no column "message"/);
    expect(tact(['classify', '--csv', path.join(dir, 'none.csv'), '--text-column', 'm']).status).toBe(1);
  });
});
