// `tact report`, run as a user runs it (a real process): figures checked against an independent
// computation of issue #15 part 4's definitions on generated records.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../utils/db/schema';
import { parseCsv } from '../../utils/reports/core/csv';
import { seeded } from '../support/random';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tact = (args: string[], input = '') =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/tact.ts'), 'report', ...args], {
    input,
    encoding: 'utf8',
  });
const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-report-'));

interface Rec {
  id: string;
  platform: string;
  brand: string;
  intent: string;
  sentiment: number;
  postedAt: string | null;
  seenAt: string;
  repliedAt?: string;
  status: string;
}

const FROM = '2026-03-02T00:00:00+01:00';
const TO = '2026-03-09T00:00:00+01:00';
const INTENTS = ['question', 'complaint', 'urgent', 'purchase_intent', 'praise', 'other'];
const STATUS = ['new', 'in_progress', 'replied', 'ignored'];

function generate(n: number): Rec[] {
  const rnd = seeded(42);
  const start = Date.parse(FROM) - 7 * 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const t = start + Math.floor(rnd() * 16 * 86_400_000);
    const replied = rnd() < 0.5;
    return {
      id: `r${i}`,
      platform: ['x', 'facebook', 'reddit', 'linkedin'][i % 4]!,
      brand: i % 3 ? 'acme' : 'globex',
      intent: INTENTS[Math.floor(rnd() * INTENTS.length)]!,
      sentiment: Math.round((rnd() * 2 - 1) * 100) / 100,
      postedAt: rnd() < 0.8 ? new Date(t).toISOString().replace('Z', '+00:00') : null,
      seenAt: new Date(t + 60_000).toISOString(),
      ...(replied ? { repliedAt: new Date(t + Math.floor(rnd() * 600) * 60_000).toISOString() } : {}),
      status: STATUS[Math.floor(rnd() * 4)]!,
    };
  });
}

/** Part 4's definitions, written again from the issue's text. */
function oracle(recs: Rec[], from: number, to: number) {
  const at = (r: Rec) => Date.parse(r.postedAt ?? r.seenAt);
  const inP = recs.filter((r) => at(r) >= from && at(r) < to);
  const actionable = inP.filter((r) => ['question', 'complaint', 'urgent', 'purchase_intent'].includes(r.intent));
  const replied = actionable.filter((r) => r.repliedAt);
  const minutes = replied.map((r) => (Date.parse(r.repliedAt!) - at(r)) / 60_000).sort((a, b) => a - b);
  const rank = (p: number) => (minutes.length ? minutes[Math.ceil((p / 100) * minutes.length) - 1]! : null);
  const pos = inP.filter((r) => r.sentiment >= 0.25).length;
  const neg = inP.filter((r) => r.sentiment <= -0.25).length;
  const count = (key: 'platform' | 'intent') =>
    inP.reduce<Record<string, number>>((o, r) => ({ ...o, [r[key]]: (o[r[key]] ?? 0) + 1 }), {});
  return {
    mentions: inP.length,
    byPlatform: count('platform'),
    byIntent: count('intent'),
    sentiment: {
      positive: pos,
      neutral: inP.length - pos - neg,
      negative: neg,
      net: inP.length ? (pos - neg) / inP.length : null,
    },
    responseRate: actionable.length ? replied.length / actionable.length : null,
    firstResponseMinutes: { median: rank(50), p90: rank(90) },
    backlog: actionable.filter((r) => !r.repliedAt && r.status !== 'ignored').length,
  };
}

const recs = generate(400);
const jsonl = recs.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('tact report', () => {
  it('prints part 4’s figures for the period and the one before, equal to an independent computation', () => {
    const res = tact(['--from', FROM, '--to', TO, '--tz', 'Europe/Paris'], jsonl);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    const from = Date.parse(FROM);
    const to = Date.parse(TO);
    expect(out.period).toEqual({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
    expect(out).toMatchObject(oracle(recs, from, to));
    expect(out.mentions).toBeGreaterThan(100);
    expect(out.previous).toMatchObject(oracle(recs, from - (to - from), from));
    expect(out.previous.period.to).toBe(out.period.from);
  });

  it('reads --input, skips a bad line with {"line","error"} on stderr, and exits 1 at the end', () => {
    const file = path.join(dir, 'in.jsonl');
    const lines = jsonl.trim().split('\n');
    lines.splice(3, 0, '{oops', '', JSON.stringify({ ...recs[0], sentiment: 3 }));
    writeFileSync(file, lines.join('\n'));
    const res = tact(['--input', file, '--from', FROM, '--to', TO]);
    expect(res.status).toBe(1);
    const errors = res.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    expect(errors.map((e) => e.line)).toEqual([4, 6]);
    expect(Object.keys(errors[0]).sort()).toEqual(['error', 'line']);
    expect(JSON.parse(res.stdout).mentions).toBe(oracle(recs, Date.parse(FROM), Date.parse(TO)).mentions);
  });

  it('an empty input gives zeros and nulls, never NaN', () => {
    const res = tact(['--from', FROM, '--to', TO], '');
    expect(res.status).toBe(0);
    expect(res.stdout).not.toContain('NaN');
    expect(JSON.parse(res.stdout)).toMatchObject({
      mentions: 0,
      responseRate: null,
      sentiment: { net: null },
      firstResponseMinutes: { median: null, p90: null },
      backlog: 0,
    });
  });

  it('--format csv writes one row per mention of the period that parses back; md a summary', () => {
    const csv = tact(['--from', FROM, '--to', TO, '--format', 'csv', '--separator', ';'], jsonl);
    const rows = parseCsv(csv.stdout, ';');
    expect(rows.length - 1).toBe(oracle(recs, Date.parse(FROM), Date.parse(TO)).mentions);
    expect(rows[0]!.slice(0, 3)).toEqual(['key', 'platform', 'brands']);
    const md = tact(['--from', FROM, '--to', TO, '--format', 'md', '--lang', 'fr'], jsonl);
    expect(md.stdout).toMatch(/^## Rapport de la communauté/);
    expect(md.stdout).toContain('Taux de réponse');
  });

  it('refuses bad arguments with exit code 2', () => {
    expect(tact(['--to', TO]).status).toBe(2);
    expect(tact(['--from', '2026-03-02', '--to', TO]).status).toBe(2); // no offset
    expect(tact(['--from', TO, '--to', FROM]).status).toBe(2);
    expect(tact(['--from', FROM, '--to', TO, '--tz', 'Mars/Olympus']).status).toBe(2);
    expect(tact(['--from', FROM, '--to', TO, '--format', 'pdf']).status).toBe(2);
  });

  it('--backup reads the extension’s full backup (our own accounts’ items are not mentions)', () => {
    const item = (key: string, over: Record<string, unknown>) => ({
      key,
      platform: 'x',
      platformId: key,
      kind: 'comment',
      author: { name: 'Kim', handle: '@kim', url: '' },
      text: 'Where is my order?',
      truncated: false,
      time: '',
      permalink: '',
      parentId: null,
      rootText: '',
      firstSeenAt: Date.parse('2026-03-03T10:00:00Z'),
      lastSeenAt: Date.parse('2026-03-03T10:00:00Z'),
      brandIds: ['b1'],
      status: 'new',
      attention: 0,
      intent: 'question',
      sentiment: -0.5,
      priority: 0,
      repliedAt: null,
      postedAt: Date.parse('2026-03-03T09:00:00Z'),
      ours: 0,
      answeredAt: Date.parse('2026-03-03T09:45:00Z'),
      answeredBy: 'acme_support',
      lang: 'en',
      reactions: null,
      ...over,
    });
    const backup = {
      format: 'tact-backup',
      version: 1,
      schemaVersion: LATEST_VERSION,
      exportedAt: '2026-03-10T00:00:00.000Z',
      tables: {
        brands: [{ id: 'b1', name: 'Acme', competitor: false }],
        items: [item('x:1', {}), item('x:2', { answeredAt: null }), item('x:3', { ours: 1 })],
      },
    };
    const file = path.join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    const res = tact(['--backup', file, '--from', FROM, '--to', TO]);
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      mentions: 2,
      responseRate: 0.5,
      firstResponseMinutes: { median: 45, p90: 45 },
      backlog: 1,
    });
    writeFileSync(file, JSON.stringify({ ...backup, schemaVersion: LATEST_VERSION + 1 }));
    const newer = tact(['--backup', file, '--from', FROM, '--to', TO]);
    expect(newer.status).toBe(1);
    expect(newer.stderr).toContain('newer version of Tact');
  });
});
