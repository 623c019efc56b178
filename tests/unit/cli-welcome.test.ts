// `tact suggest` for a newcomer's first message (`"firstTime": true`): a welcome in the brand's tone
// besides the ordinary replies, with the first name and the topic, the team's welcome snippets first
// (never among ordinary replies); none for a spammer; lines without the flag unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { checkDraft } from '../../utils/tone/core/check';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tact = (args: string[], input = '') =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/tact.ts'), ...args], {
    input,
    encoding: 'utf8',
  });
const dir = mkdtempSync(path.join(os.tmpdir(), 'tact-welcome-'));
const file = (name: string, content: unknown) => {
  const f = path.join(dir, name);
  writeFileSync(f, JSON.stringify(content));
  return f;
};
const TONE = {
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
};
const PROFILE = file('tone.json', TONE);
const BRAND = file('brand.json', { name: 'Acme', products: ['RoadRunner 3000'] });
const SNIPPETS = file('snippets.json', [
  { name: 'accueil', language: 'fr', kind: 'welcome', body: 'Bienvenue chez Acme, {prénom} ! Ravis de vous lire.' },
]);

describe('tact suggest --firstTime', { timeout: 120_000 }, () => {
  it('adds welcome replies to a first-time line, in the tone, snippets first; none for a spammer', () => {
    const input = [
      JSON.stringify({
        id: 'new',
        text: 'Bonjour, mon RoadRunner 3000 fait un bruit bizarre, normal ?',
        platform: 'facebook',
        author: 'Julie Martin',
        firstTime: true,
      }),
      JSON.stringify({
        id: 'spam',
        text: 'Gagnez 500€ par jour avec le bitcoin, écrivez-moi sur WhatsApp https://bit.ly/xyz',
        platform: 'facebook',
        firstTime: true,
      }),
      JSON.stringify({ id: 'old', text: 'Bonjour, mon RoadRunner 3000 fait un bruit bizarre', platform: 'facebook' }),
    ].join('\n');
    const r = tact(['suggest', '--profile', PROFILE, '--brand', BRAND, '--snippets', SNIPPETS], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [fresh, spam, old] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(fresh)).toEqual(['id', 'action', 'replies', 'welcome']);
    expect(fresh.welcome[0]).toEqual({
      text: "Bienvenue chez Acme, Julie ! Ravis de vous lire.\n— L'équipe Acme",
      snippet: 'accueil',
    });
    expect(fresh.welcome).toHaveLength(3);
    // Tact's own lines name the topic (the product) and pass the tone checker.
    expect(fresh.welcome[1].text).toContain('RoadRunner 3000');
    expect(fresh.welcome[1].snippet).toBeNull();
    const profile = toneProfileSchema.parse(TONE);
    for (const w of fresh.welcome)
      expect(checkDraft(w.text, profile, { platform: 'facebook', lang: 'fr', customer: true })).toEqual([]);
    // A welcome snippet is never an ordinary reply.
    expect(fresh.replies.map((x: { snippet: string | null }) => x.snippet)).not.toContain('accueil');
    expect(spam).toMatchObject({ id: 'spam', action: { type: 'spammer' }, welcome: [] });
    expect(Object.keys(old)).toEqual(['id', 'action', 'replies']);
  });
});
