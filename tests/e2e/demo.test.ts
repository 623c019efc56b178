// The demo that `npm start` shows: each offline page of the four sites, with the sample brand
// Acme set up, gets badges on the items that name Acme and on no other; Acme's own posts and replies
// are ours (no badge, never judged) and mark what they answer as answered at the page's times.
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { exposeClosedRoots } from '../support/closed-roots';

interface Row {
  key: string;
  platform: string;
  platformId: string;
  ours: number;
  postedAt: number | null;
  answeredAt: number | null;
  answeredBy: string | null;
  status: string;
  parentId: string | null;
  troll: boolean;
}

// Acme's own items on each page, and what each answers with the account the row records.
const OWN: Record<string, Array<{ id: string; answers?: string; by?: string; at?: number }>> = {
  x: [],
  facebook: [{ id: 'pfbid0Acme1' }, { id: '2001', answers: '1001', by: 'acme' }],
  reddit: [{ id: 't1_k002', answers: 't1_k001', by: 'u/acme_support', at: Date.UTC(2026, 3, 20, 8, 30) }],
  'old-reddit': [{ id: 't1_k102', answers: 't1_k101', by: 'u/acme_support', at: Date.UTC(2026, 3, 20, 8, 30) }],
  linkedin: [
    { id: 'urn:li:activity:7451906251161600001' },
    {
      id: 'urn:li:comment:(activity:7451906251161600001,7451937708441600006)',
      answers: 'urn:li:comment:(activity:7451906251161600001,7451927642112000002)',
      by: 'acme',
      at: Date.UTC(2026, 3, 20, 10, 20),
    },
    {
      id: 'urn:li:comment:(activity:7451933178593280005,7451993073254400010)',
      answers: 'urn:li:comment:(activity:7451933178593280005,7451980490342400009)',
      by: 'acme',
      at: Date.UTC(2026, 3, 20, 14, 0),
    },
  ],
};

describe('the demo pages', () => {
  let context: BrowserContext;
  let extensionId: string;

  /** Every stored item of a platform, with whether a troll verdict was stored for it. */
  async function rows(platform: string): Promise<Row[]> {
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const found = await ext.evaluate(
      (platform) =>
        new Promise<Row[]>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['items', 'verdicts'], 'readonly');
            const items = tx.objectStore('items').index('platform').getAll(platform);
            const verdicts = tx.objectStore('verdicts').index('kind').getAllKeys('troll');
            tx.oncomplete = () => {
              const judged = new Set((verdicts.result as Array<[string, string]>).map(([k]) => k));
              resolve((items.result as Row[]).map((r) => ({ ...r, troll: judged.has(r.key) })));
              open.result.close();
            };
          };
        }),
      platform,
    );
    await ext.close();
    return found;
  }

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    await seedBrand(context, extensionId, JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')));
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(DEMO_PAGES.map((p) => [p.name, p]))('%s: badges the items that mention Acme', async (_name, demo) => {
    const page = await context.newPage();
    await page.goto(demo.url);
    const count = await waitForBadges(page, 1, 15_000);
    expect(count).toBeGreaterThan(0);
    // Every badge names Acme (inside its closed root: the host does not say), and nothing on the host
    // does. Looked at again until it holds: a badge drawn after a look has no root handed over yet.
    const allAcme = async () => {
      await exposeClosedRoots(page);
      return page.evaluate(() =>
        Array.from(document.querySelectorAll('tact-badge')).every(
          (b) =>
            window.__tactRoots?.get(b)?.querySelector('button')?.getAttribute('data-label') === 'Acme' &&
            !b.hasAttribute('data-label'),
        ),
      );
    };
    await expect.poll(allAcme, { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  it.each(DEMO_PAGES.map((p) => [p.name, p]))(
    '%s: Acme’s own items are labelled ours, unbadged, unjudged, and answer what they reply to',
    async (name, demo) => {
      const page = await context.newPage();
      await page.goto(demo.url);
      await waitForBadges(page, 1, 15_000);
      const own = OWN[name]!;
      const platform = demo.platform;
      const ready = async () => {
        const r = await rows(platform);
        return (
          own.every((o) => r.some((x) => x.platformId === o.id && x.ours === 1)) &&
          own.every((o) => !o.answers || r.some((x) => x.platformId === o.answers && x.answeredAt !== null))
        );
      };
      await expect.poll(ready, { timeout: 10_000 }).toBe(true);
      const r = await rows(platform);
      const byId = new Map(r.map((x) => [x.platformId, x]));
      // Reddit's two pages share a platform (and a post): ours are the own items of this platform's pages.
      const ownOfPlatform = DEMO_PAGES.filter((p) => p.platform === platform).flatMap((p) => OWN[p.name]!);
      for (const x of r.filter((x) => x.ours === 1)) expect(ownOfPlatform.map((o) => o.id)).toContain(x.platformId);
      for (const o of own) {
        const mine = byId.get(o.id)!;
        expect(mine.troll, `${o.id} is never judged`).toBe(false);
        const badged = await page.evaluate(
          (k) => document.querySelector(`tact-badge[data-key="${CSS.escape(k)}"]`) !== null,
          mine.key,
        );
        expect(badged, `${o.id} has no mention badge`).toBe(false);
        const labelled = () =>
          page.evaluate((k) => document.querySelector(`tact-ours[data-key="${CSS.escape(k)}"]`) !== null, mine.key);
        await expect.poll(labelled, { timeout: 5_000, message: `${o.id} is labelled "Our account"` }).toBe(true);
        if (!o.answers) continue;
        const answered = byId.get(o.answers)!;
        // Answered at our reply's posted time as the page shows it (Facebook's "1 h": relative to the visit).
        expect(answered).toMatchObject({ answeredBy: o.by, answeredAt: mine.postedAt, status: 'replied' });
        if (o.at !== undefined) expect(answered.answeredAt).toBe(o.at);
      }
      await page.close();
    },
  );
});
