// Issue #17, the charter end to end in real Chromium on the old Reddit demo page: with a charter saved
// for the brand (clause 2 covers flamers), the flamer's troll card names "clause 2 — Respect", its
// "Reply citing the charter" section offers a reply quoting the clause, and Insert puts exactly that
// reply into the reply box (read back from the box). The card lives in a closed shadow root: the test
// reads it through the DevTools protocol and clicks its button with the mouse, as a user would.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeSites } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES, demoRoutes } from '../../scripts/lib/demo';
import { seedBrand } from '../../scripts/lib/extension';
import { seriousViolations } from '../support/axe';
import { exposeClosedRoots } from '../support/closed-roots';
import { composerTexts } from '../support/page-editors';
import { attr, clickInShadow } from '../support/pierced-dom';
import { dictionaries } from '../../utils/i18n/messages';

const RESPECT = {
  id: 'respect',
  title: { fr: 'Respect', en: 'Respect' },
  text: {
    fr: 'Les échanges restent courtois, sans insulte envers quiconque.',
    en: 'Conversations stay courteous, with no insults towards anyone.',
  },
  covers: ['flamer', 'insult'],
};
const CHARTER = {
  clauses: [
    {
      id: 'privacy',
      title: { fr: 'Données personnelles', en: 'Personal data' },
      text: { fr: 'Aucune donnée personnelle en public.', en: 'No personal data in public.' },
      covers: ['personal_data'],
    },
    RESPECT,
  ],
};
const FLAMER = 't1_k105'; // "ACME Corp sells trash to morons"

/** Waits for the troll flag on the flamer's comment and tags it `data-e2e="target"` (the test's own marker). */
async function tagFlamerFlag(page: Page): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const flag = Array.from(document.querySelectorAll('tact-flag')).find(
        (f) => f.closest('.thing')?.getAttribute('data-fullname') === id,
      );
      flag?.setAttribute('data-e2e', 'target');
      return flag !== undefined;
    },
    FLAMER,
    { timeout: 15_000 },
  );
}

/** What the flamer's card shows: the clause line and the charter replies (read inside the closed root). */
async function card(page: Page) {
  await exposeClosedRoots(page);
  return page.evaluate(() => {
    const host = document.querySelector('tact-flag[data-e2e="target"]');
    const root = host ? window.__tactRoots?.get(host) : undefined;
    const section = root?.querySelector('section[data-tact-section="charter"]');
    return {
      type: root?.querySelector<HTMLElement>('button.flag')?.dataset.trollType ?? null,
      clause: root?.querySelector('.card p.clause')?.textContent ?? null,
      replies: Array.from(section?.querySelectorAll('li > p') ?? []).map((p) => p.textContent ?? ''),
    };
  });
}

describe('the charter on a troll card, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, demoRoutes());
    const brand = JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')) as Record<string, unknown>;
    await seedBrand(context, extensionId, { ...brand, charter: CHARTER });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('old-reddit: the flamer’s card names clause 2, and its reply quoting it inserts into the reply box', async () => {
    const page = await context.newPage();
    await page.goto(DEMO_PAGES.find((p) => p.name === 'old-reddit')!.url);
    await tagFlamerFlag(page);
    await page.locator('tact-flag[data-e2e="target"]').click({ timeout: 5_000 });
    await expect.poll(async () => (await card(page)).replies.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const shown = await card(page);
    expect(shown.type).toBe('flamer');
    // The card speaks the page's language; the clause is cited in the comment's (English).
    const said = (['en', 'fr'] as const).map((l) =>
      dictionaries[l]['care.charter.breaks'].replace('{n}', '2').replace('{title}', 'Respect'),
    );
    expect(said).toContain(shown.clause);
    const first = shown.replies[0]!;
    expect(first).toContain('(article 2, “Respect”)');
    expect(first).toContain(`“${RESPECT.text.en.replace(/\.$/u, '')}”`);
    expect(await composerTexts(page)).toEqual([]);

    await clickInShadow(
      page,
      (n) => n.nodeName === 'TACT-FLAG' && attr(n, 'data-e2e') === 'target',
      (n) => n.nodeName === 'BUTTON' && attr(n, 'data-action') === 'insert',
    );
    await expect.poll(() => composerTexts(page), { timeout: 10_000 }).toEqual([first]);
    // Nothing of the charter is written on the flag's host, where the page could read it.
    const hostAttrs = await page.evaluate(() =>
      Array.from(document.querySelector('tact-flag[data-e2e="target"]')!.attributes).map((a) => `${a.name}=${a.value}`),
    );
    expect(hostAttrs.join(' ')).not.toMatch(/respect|clause|charter/iu);
    await page.close();
  });

  it('options: the starter charter, saved from the Community section, is what the card cites next', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#community`);
    const lang = (await options.evaluate(() => navigator.language)).toLowerCase().startsWith('fr') ? 'fr' : 'en';
    const say = (key: keyof (typeof dictionaries)['en']) => dictionaries[lang][key];
    const editor = options.locator('section.charter-editor');
    await editor.getByRole('heading', { name: say('charter.heading') }).waitFor({ timeout: 10_000 });
    // The saved charter has two clauses: replacing them is asked first.
    options.once('dialog', (d) => void d.accept());
    await editor.getByRole('button', { name: say('charter.starter') }).click({ timeout: 5_000 });
    await editor.getByRole('button', { name: say('charter.save') }).click({ timeout: 5_000 });
    await expect
      .poll(() => options.getByTestId('status').textContent(), { timeout: 10_000 })
      .toBe(say('charter.saved').replace('{name}', 'Acme'));
    const brands = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'brands.list', payload: {} }));
    const respect = brands.data[0].charter.clauses[0];
    expect(brands.data[0].charter.clauses).toHaveLength(7);
    // The editor with its seven clauses: no serious accessibility violation.
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();

    const page = await context.newPage();
    await page.goto(DEMO_PAGES.find((p) => p.name === 'old-reddit')!.url);
    await tagFlamerFlag(page);
    const said = (['en', 'fr'] as const).map((l) =>
      dictionaries[l]['care.charter.breaks'].replace('{n}', '1').replace('{title}', respect.title.en),
    );
    await expect.poll(async () => said.includes((await card(page)).clause ?? ''), { timeout: 15_000 }).toBe(true);
    await page.close();
  });
});
