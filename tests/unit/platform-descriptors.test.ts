// The platform list (utils/platforms/descriptor-data.ts + index.ts): what a new platform's entry must
// hold for every table derived from it (hosts, manifest, tone limits, names) to stay right.
import { describe, expect, it } from 'vitest';
import { PLATFORM_LIST, platform } from '../../utils/platforms';
import { PLATFORM_DATA, PLATFORMS, platformName, REPLY_LIMITS } from '../../utils/platforms/descriptor-data';
import { hostOf, matchesOf, PLATFORM_HOSTS, platformOfUrl } from '../../utils/platforms/hosts';
import { overflowAt, replyLength } from '../../utils/tone/core/reply-length';

describe('the platform list', () => {
  it('returns one descriptor per id, in the order of PLATFORMS, with the adapter of that id', () => {
    expect(PLATFORM_LIST.map((p) => p.id)).toEqual([...PLATFORMS]);
    for (const id of PLATFORMS) {
      expect(platform(id).adapter.platform).toBe(id);
      expect(platform(id).composer.composer.length).toBeGreaterThan(0);
    }
  });

  it('returns https match patterns on hosts no other platform claims', () => {
    for (const p of PLATFORM_DATA) for (const m of p.matches) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(new Set(PLATFORM_HOSTS).size).toBe(PLATFORM_HOSTS.length);
  });

  it.each(PLATFORMS)('returns %s for its own pages and its home', (id) => {
    for (const m of matchesOf(id)) expect(platformOfUrl(`https://${hostOf(m)}/some/page`)).toBe(id);
    expect(platformOfUrl(platform(id).home)).toBe(id);
  });

  it('returns a brand name and a positive whole reply limit for each platform', () => {
    for (const id of PLATFORMS) {
      expect(platformName(id)).toMatch(/\S/);
      expect(Number.isInteger(REPLY_LIMITS[id]) && REPLY_LIMITS[id] > 0).toBe(true);
    }
  });
});

describe('replyLength', () => {
  it.each([
    ['x', 'https://example.com/a/very/long/path/that/is/long', 23],
    ['x', '👍', 2],
    ['linkedin', '👍', 1],
    ['reddit', 'abc', 3],
  ] as const)('counts on %s %j as %i', (id, text, n) => {
    expect(replyLength(id, text)).toBe(n);
  });

  it('returns where the text goes past the limit, in UTF-16 offsets', () => {
    expect(overflowAt('facebook', '👍👍👍', 2)).toBe(4);
    expect(overflowAt('x', 'é'.repeat(5), 3)).toBe(3);
  });
});
