// `tact suggest --charter <file>` (issue #17, item 5): a line judged a troll also gets the clause of
// the charter its type breaks and replies quoting it, in the tone (checked); an unhappy customer and
// an ordinary line get no "charter"; a bad charter file is refused with what is wrong and exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { checkDraft } from '../../utils/tone/core/check';
import { exportCharterJson } from '../../utils/care/core/charter-file';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tact = (args: string[], input = '') =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/tact.ts'), ...args], {
    input,
    encoding: 'utf8',
  });
const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-charter-'));
const file = (name: string, content: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
};
const TONE = { name: 'Acme EN', language: 'en', emoji: 'none', signature: '— Team Acme' };
const PROFILE = file('tone.json', JSON.stringify(TONE));
const CHARTER = file('charter.json', exportCharterJson('Acme', STARTER_CHARTER));

describe('tact suggest --charter', { timeout: 120_000 }, () => {
  it('gives a troll the clause it breaks and replies quoting it; nothing for others', () => {
    const lines = [
      {
        id: 'flamer',
        text: 'imagine paying for ACME Corp garbage lmao. you all deserve it, clowns 🤡',
        platform: 'reddit',
      },
      {
        id: 'customer',
        text:
          'Bought mine in March, order #8812. Battery swelled after six weeks and Acme support keeps ' +
          'sending me the same useless copy-paste. What a joke of a company, I want my money back.',
        platform: 'reddit',
      },
      { id: 'plain', text: 'Does the RoadRunner 3000 work with the old charger?', platform: 'reddit' },
    ];
    const r = tact(
      ['suggest', '--profile', PROFILE, '--charter', CHARTER],
      lines.map((l) => JSON.stringify(l)).join('\n'),
    );
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const [flamer, customer, plain] = out as Array<{
      action: { type: string } | null;
      charter?: { clause: { id: string; n: number; title: string; text: string }; replies: Array<{ text: string }> };
    }>;
    expect(flamer!.action?.type).toBe('flamer');
    expect(flamer!.charter!.clause).toEqual({
      id: 'respect',
      n: 1,
      title: 'Respect',
      text: STARTER_CHARTER.clauses[0]!.text.en,
    });
    expect(flamer!.charter!.replies.length).toBeGreaterThan(0);
    const profile = toneProfileSchema.parse(TONE);
    for (const reply of flamer!.charter!.replies) {
      expect(checkDraft(reply.text, profile, { platform: 'reddit', lang: 'en' })).toEqual([]);
      expect(reply.text).toMatch(/article 1\b.*“Respect”/u);
    }
    expect(flamer!.charter!.replies[0]!.text).toContain(
      '“Conversations stay courteous: no insults, profanity or personal attacks',
    );
    expect(customer).not.toHaveProperty('charter');
    expect(plain).not.toHaveProperty('charter');
  });

  it('without --charter the line is written as before', () => {
    const line = JSON.stringify({ id: 1, text: 'you are all clowns and morons', platform: 'x' });
    const r = tact(['suggest', '--profile', PROFILE], line);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('charter');
  });

  it('refuses a bad charter file with what is wrong, exit 1, before reading any line', () => {
    const kit = file('kit.json', JSON.stringify({ format: 'tact-brand-kit', version: 1 }));
    const r = tact(['suggest', '--profile', PROFILE, '--charter', kit], '{"id":1,"text":"hi","platform":"x"}');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Charter file ${kit} refused: it is not a Tact charter file`);
    const bad = file(
      'bad.json',
      JSON.stringify({
        tact: 'charter',
        version: 1,
        clauses: [{ id: 'a', title: { en: 'x'.repeat(81) }, text: { en: 't' } }],
      }),
    );
    const r2 = tact(['suggest', '--profile', PROFILE, '--charter', bad], '');
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain('clause 1 is invalid: title.en is too long');
    const missing = tact(['suggest', '--profile', PROFILE, '--charter', path.join(dir, 'nope.json')], '');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Cannot read charter file');
  });
});
