// The command line, run as a user runs it (a real process, stdin to stdout).
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

const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-cli-'));
const brandFile = path.join(dir, 'brand.json');
writeFileSync(
  brandFile,
  JSON.stringify({
    name: 'Acme',
    aliases: ['ACME Corp'],
    handles: ['@acme'],
    hashtags: ['#acme'],
    products: ['RoadRunner 3000'],
    exclude: ['acme of perfection'],
  }),
);

describe('tact command line', () => {
  it('lists the commands with --help and exits 0', () => {
    const r = tact(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/mentions --brand/);
  });

  it.each([[['nope']], [['mentions']], [['mentions', '--brand']], [['mentions', '--bogus', 'x']]])(
    'prints the usage and exits 2 for bad arguments %j',
    (args) => {
      const r = tact(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Usage:/);
    },
  );

  it('writes one line of mentions per input line, and an error line for a bad one', () => {
    const input = [
      '{"id":"a","text":"Merci @acme pour le RoadRunner 3000"}',
      '{"id":"b","text":"the acme of perfection"}',
      'oops',
      '',
    ].join('\n');
    const r = tact(['mentions', '--brand', brandFile], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: 'a',
        own: false,
        mentions: [
          { brand: 'Acme', term: '@acme', start: 6, end: 11 },
          { brand: 'Acme', term: 'RoadRunner 3000', start: 20, end: 35 },
        ],
        intent: 'praise',
        sentiment: expect.any(Number),
        priority: expect.any(Number),
      },
      { id: 'b', own: false, mentions: [], intent: 'other', sentiment: 0, priority: 4 },
      { line: 3, id: null, error: 'not JSON' },
    ]);
    expect(lines[0].sentiment).toBeGreaterThan(0);
  });

  it('ranks an old urgent mention from a large account above a fresh complaint', () => {
    const input = [
      '{"id":"fire","text":"My RoadRunner 3000 caught fire, ' +
        '@acme!!","followers":50000,"postedAt":"2020-01-01T00:00:00Z"}',
      '{"id":"late","text":"@acme my order is late again, still no refund"}',
    ].join('\n');
    const r = tact(['mentions', '--brand', brandFile], input);
    const [fire, late] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect([fire.intent, late.intent]).toEqual(['urgent', 'complaint']);
    expect(fire.sentiment).toBeLessThan(0);
    expect(fire.priority).toBeGreaterThan(late.priority);
    expect(fire.priority).toBeLessThanOrEqual(100);
  });

  it('explains an invalid brand file and exits 1', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'Acme', handles: ['acme'] }));
    const r = tact(['mentions', '--brand', bad], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/handles\.0: A handle is @ followed by 1 to 50 letters/);
    expect(r.stderr).not.toMatch(/error\.\w/);
  });

  it('says "Too many entries", not the raw key error.tooMany, for a brand with too many aliases', () => {
    const many = path.join(dir, 'many.json');
    writeFileSync(many, JSON.stringify({ name: 'Acme', aliases: Array.from({ length: 201 }, (_, i) => `a${i}`) }));
    const r = tact(['mentions', '--brand', many], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/aliases: Too many entries \(200 at most\)\./);
    expect(r.stderr).not.toMatch(/error\.tooMany/);
  });

  it('names the input line of a bad line (blank lines counted, then skipped), on stdout and stderr', () => {
    const input = ['', '{"id":"a","text":"@acme"}', '   ', '{"id":"b","text":5}', 'oops'].join('\n');
    const r = tact(['mentions', '--brand', brandFile], input);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Blank lines get no output line; each bad line says where it was in the input.
    expect(out.map((o) => o.id)).toEqual(['a', 'b', null]);
    expect(out[1]).toEqual({ line: 4, id: 'b', error: expect.stringMatching(/^expected .*text/) });
    expect(out[2]).toEqual({ line: 5, id: null, error: 'not JSON' });
    const errors = r.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors).toEqual([out[1], out[2]]);
  });
});
