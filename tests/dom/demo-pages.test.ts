// The demo pages as a whole: offline and script-free, and holding what the demo needs for the
// sample brand Acme (mentions in both languages, items without mentions, an excluded phrase).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/mentions/core/match';
import { DEMO_PAGES } from '../../scripts/lib/demo';
import { ADAPTERS } from '../../utils/platforms';
import { platformOfUrl } from '../../utils/platforms/hosts';
import type { Platform } from '../../utils/platforms/ids';
import { openPage } from './support/pages';
import { readItems } from './support/items';

const DEMO = path.resolve(__dirname, '../../demo');
const brand = {
  id: 'acme',
  ...(JSON.parse(readFileSync(path.join(DEMO, 'brand-acme.json'), 'utf8')) as {
    name: string;
    aliases: string[];
    handles: string[];
    hashtags: string[];
    products: string[];
    exclude: string[];
  }),
};

// Every page of demo/pages, with the platform and URL its header says it is served at (scripts/lib/demo.ts).
const PAGES: Array<[string, Platform, string]> = DEMO_PAGES.map((p) => [path.basename(p.file), p.platform, p.url]);

describe('demo pages', () => {
  it('lists every page in demo/pages, each served on a platform Tact runs on', () => {
    expect(readdirSync(path.join(DEMO, 'pages')).sort()).toEqual(PAGES.map(([f]) => f).sort());
    for (const [file, platform, url] of PAGES) expect(platformOfUrl(url), file).toBe(platform);
  });

  it.each(PAGES)('returns %s as an offline page without scripts, saying it is hand-made', (file) => {
    const html = readFileSync(path.join(DEMO, 'pages', file), 'utf8');
    expect(html).toMatch(/Hand-made demo page[\s\S]*shared\/TESTING\.md/);
    expect(html).not.toMatch(/<script|<link|<iframe|javascript:|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|srcset)="(https?:)?\/\/|url\((['"]?)(https?:)?\/\//i);
  });

  it.each(PAGES)('returns from %s 6 to 10 items, Acme mentioned in some and not in others', (file, platform, url) => {
    const { items } = readItems(ADAPTERS[platform], openPage('demo', file, url));
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(10);
    const mentioning = items.filter((i) => findMentions(i.text, [brand]).length > 0);
    expect(mentioning.length).toBeGreaterThanOrEqual(3);
    expect(items.length - mentioning.length).toBeGreaterThanOrEqual(1);
    const excluded = items.filter((i) => /acme of perfection/i.test(i.text));
    expect(excluded.length).toBeGreaterThanOrEqual(1);
    for (const i of excluded) expect(findMentions(i.text, [brand])).toEqual([]);
  });
});
