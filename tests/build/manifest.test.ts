// Checks the built manifests: what a store reviewer and a security review look at first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_DATA } from '../../utils/platforms/descriptor-data';
import { PLATFORM_HOSTS } from '../../utils/platforms/hosts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest', (dir) => {
  it('exists (npm test builds it before the tests)', () => {
    expect(existsSync(path.join(ROOT, '.output', dir, 'manifest.json'))).toBe(true);
  });

  it('is MV3 with only the permissions Tact needs and no way in for web pages', () => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    for (const p of m.permissions ?? []) expect(['storage', 'sidePanel', 'notifications', 'alarms']).toContain(p);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    // Exactly the platforms' own hosts (utils/platforms/descriptor-data.ts), each one named: no wildcard.
    expect([...m.host_permissions].sort()).toEqual(PLATFORM_HOSTS.map((h) => `https://${h}/*`).sort());
    for (const h of PLATFORM_HOSTS) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  // An AI endpoint (http only on this machine) and brand-kit sites are asked for one origin at a
  // time, when the user saves or subscribes; never granted up front.
  it('asks for an AI endpoint or a brand-kit site only as optional permissions', () => {
    expect(manifest(dir).optional_host_permissions).toEqual([
      'http://localhost/*',
      'http://127.0.0.1/*',
      'https://*/*',
    ]);
  });

  it('runs a content script on each platform, on its own pages', () => {
    const scripts = manifest(dir).content_scripts.map((c: { matches: string[] }) => [...c.matches].sort());
    expect(scripts).toHaveLength(PLATFORM_DATA.length);
    for (const p of PLATFORM_DATA) expect(scripts).toContainEqual([...p.matches].sort());
  });

  it('is in English and French', () => {
    for (const l of ['en', 'fr'])
      expect(existsSync(path.join(ROOT, '.output', dir, '_locales', l, 'messages.json'))).toBe(true);
  });
});

describe('the Firefox build', () => {
  it('has a gecko id and declares that it collects no data', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('store zips', () => {
  it('exist for Chrome and Firefox', () => {
    const zips = readdirSync(path.join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
    expect(zips.some((z) => z.includes('chrome'))).toBe(true);
    expect(zips.some((z) => z.includes('firefox'))).toBe(true);
  });
});
