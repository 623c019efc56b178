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
import { TactDB } from '../../utils/db/schema';
import { ownBrandOf } from '../../utils/mentions/core/own';
import { recordSeen, saveBrand } from '../../utils/mentions/repo';

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
    ownAccounts: string[];
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

// The brand's own replies on the demo pages (issue #15): ours, and what they answer is answered on the
// platform at the reply's time as the page shows it. Seen at 16:00 UTC the same day.
const SEEN = Date.UTC(2026, 3, 20, 16, 0);
const OURS: Record<string, { ours: string[]; answered: Record<string, [number, string]> }> = {
  'x-home.html': { ours: [], answered: {} },
  'facebook-post.html': { ours: ['pfbid0Acme1', '2001'], answered: { '1001': [SEEN - 3600_000, 'acme'] } },
  'reddit-thread.html': { ours: ['t1_k002'], answered: { t1_k001: [Date.UTC(2026, 3, 20, 8, 30), 'u/acme_support'] } },
  'old-reddit-thread.html': {
    ours: ['t1_k102'],
    answered: { t1_k101: [Date.UTC(2026, 3, 20, 8, 30), 'u/acme_support'] },
  },
  'linkedin-feed.html': {
    ours: [
      'urn:li:activity:7451906251161600001',
      'urn:li:comment:(activity:7451906251161600001,7451937708441600006)',
      'urn:li:comment:(activity:7451933178593280005,7451993073254400010)',
    ],
    answered: {
      'urn:li:comment:(activity:7451906251161600001,7451927642112000002)': [Date.UTC(2026, 3, 20, 10, 20), 'acme'],
      'urn:li:comment:(activity:7451933178593280005,7451980490342400009)': [Date.UTC(2026, 3, 20, 14, 0), 'acme'],
    },
  },
};

describe('demo pages: the brand’s own accounts', () => {
  it.each(PAGES)(
    'on %s, stores Acme’s own items as ours and what they answer as answered',
    async (file, platform, url) => {
      const { items } = readItems(ADAPTERS[platform], openPage('demo', file, url));
      const db = new TactDB(`demo-ours-${file}-${Math.random()}`);
      const saved = await saveBrand(db, brand);
      const entries = items.map((item) => {
        const ours = ownBrandOf(item.author, [saved]) !== null;
        return { item, ours, mentions: ours ? [] : findMentions(item.text, [saved]) };
      });
      await recordSeen(db, 1, entries, SEEN, 'Europe/Paris');
      const rows = await db.items.toArray();
      const expected = OURS[file]!;
      expect(
        rows
          .filter((r) => r.ours === 1)
          .map((r) => r.platformId)
          .sort(),
      ).toEqual([...expected.ours].sort());
      for (const r of rows.filter((r) => r.ours === 1)) expect(r).toMatchObject({ brandIds: [], attention: 0 });
      const answered = Object.fromEntries(
        rows.filter((r) => r.answeredAt !== null).map((r) => [r.platformId, [r.answeredAt, r.answeredBy]]),
      );
      expect(answered).toEqual(expected.answered);
      for (const id of Object.keys(expected.answered))
        expect(rows.find((r) => r.platformId === id)).toMatchObject({ status: 'replied', attention: 0 });
      db.close();
    },
  );
});
