// Crisis mode end to end (issue #17, item 4) in real Chromium with the built extension: the demo
// brand with holding statements and a crisis checklist; an X page with six urgent posts naming the
// brand (the demo X page plus five more of the same kind) opens an incident; on the page, an urgent
// post's card offers the holding statement first and Insert puts it in its reply box (read back); the
// side panel's alert says why; in its Community view two checklist ticks are recorded with time and who.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, routeHtml, routeSites, stripScripts } from '../../scripts/lib/browser';
import { DEMO_BRAND_FILE, DEMO_PAGES } from '../../scripts/lib/demo';
import { seedBrand, waitForBadges } from '../../scripts/lib/extension';
import { callBackground } from '../support/background-call';
import { seriousViolations } from '../support/axe';
import { exposeClosedRoots } from '../support/closed-roots';
import { composerTexts } from '../support/page-editors';
import { attr, clickInShadow } from '../support/pierced-dom';
import { storeRows } from '../support/report-seed';

const X = DEMO_PAGES.find((p) => p.name === 'x')!;
const KARIM = 'URGENT : ma RoadRunner 3000 fume';
const MORE = [
  ['lea_m', 'Léa M.', 'URGENT : ma RoadRunner 3000 a pris feu dans le garage, @acme répondez vite, c’est dangereux !'],
  ['jb_r', 'Jean B.', 'URGENT ma RoadRunner 3000 fume aussi depuis la mise à jour, @acme il faut un rappel immédiat'],
  ['sofia_k', 'Sofia K.', 'URGENT @acme the RoadRunner 3000 charger is smoking, we need help right now, fire risk'],
  ['max_t', 'Max T.', 'URGENT : odeur de brûlé sur ma RoadRunner 3000, @acme que faire ? C’est urgent !'],
  ['nora_p', 'Nora P.', 'URGENT @acme my RoadRunner 3000 battery is burning hot, please call me back today'],
] as const;

const userName = (handle: string, name: string, i: number) =>
  [
    `<a href="/${handle}" role="link"><span>${name}</span></a>`,
    `<a href="/${handle}" role="link" tabindex="-1"><span>@${handle}</span></a><span aria-hidden="true">·</span>`,
    `<a href="/${handle}/status/19130000000000009${i}" role="link">`,
    `<time datetime="2026-04-20T09:0${i}:00.000Z">1h</time></a>`,
  ].join('');

/** The demo X page with five more urgent posts (cells like its own), served at its usual address. */
function burstPage(): string {
  const html = stripScripts(readFileSync(X.file, 'utf8'));
  const cells = MORE.map(
    ([handle, name, text], i) => `
      <div data-testid="cellInnerDiv">
        <article data-testid="tweet" role="article" tabindex="0">
          <div class="avatar"></div>
          <div class="body">
            <div data-testid="User-Name">${userName(handle, name, i)}</div>
            <div data-testid="tweetText" lang="${/[a-z]+ the|my /u.test(text) ? 'en' : 'fr'}" dir="auto"><span>${text}</span></div>
            <div role="group" aria-label="0 replies"><button data-testid="reply" type="button">💬</button></div>
          </div>
        </article>
      </div>`,
  ).join('');
  const first = html.indexOf('<div data-testid="cellInnerDiv">');
  return html.slice(0, first) + cells + html.slice(first);
}

const STATEMENT_FR =
  'Bonjour {firstName}, nous vérifions la situation en ce moment même et revenons vers vous très vite.';
const STATEMENT_EN = 'Hi {firstName}, we are checking the situation right now and will get back to you very soon.';

describe('crisis mode, end to end', () => {
  let context: BrowserContext;
  let extensionId: string;
  let ext: Page;

  const call = <T>(type: string, payload: unknown) => callBackground<T>(ext, type, payload);

  /** Every row of one store of the extension's database. */
  const rows = <T>(store: string) => storeRows<T>(ext, store);

  beforeAll(async () => {
    ({ context, extensionId } = await launchWithExtension({ headless: true }));
    await routeSites(context, []);
    await routeHtml(context, X.url, burstPage());
    await seedBrand(context, extensionId, {
      ...JSON.parse(readFileSync(DEMO_BRAND_FILE, 'utf8')),
      holdingStatements: [
        { id: 'hs-fr', language: 'fr', title: 'Vérification', body: STATEMENT_FR },
        { id: 'hs-en', language: 'en', title: 'Checking', body: STATEMENT_EN },
      ],
      crisisChecklist: [
        { id: 'manager', label: 'Prévenir la responsable' },
        { id: 'legal', label: 'Alerter le juridique' },
        { id: 'pause', label: 'Suspendre les publications programmées' },
      ],
    });
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    expect((await call('settings.set', { cmName: 'Marie' })).ok).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  it('urgent burst: an incident opens; the card offers the holding statement first, Insert puts it in', async () => {
    const page = await context.newPage();
    await page.goto(X.url);
    await waitForBadges(page, 6, 20_000);
    type Row = { id: string; end: number | null; itemKeys: string[]; brandId: string };
    await expect
      .poll(async () => (await rows<Row>('incidents')).filter((i) => i.end === null).length, { timeout: 15_000 })
      .toBe(1);
    const [incident] = (await rows<Row>('incidents')).filter((i) => i.end === null);
    expect(incident!.itemKeys.length).toBeGreaterThanOrEqual(5);
    // Karim's post (the demo's own urgent one) is in it.
    const items = await rows<{ key: string; text: string; intent: string }>('items');
    const karim = items.find((i) => i.text.includes(KARIM))!;
    expect(karim.intent).toBe('urgent');
    expect(incident!.itemKeys).toContain(karim.key);

    // Seen again (a reload), the post belongs to the open incident: holding statements first.
    await page.reload();
    await waitForBadges(page, 6, 20_000);
    const expected = await call<{ found: boolean; replies: { text: string }[] }>('suggest.forItem', {
      key: karim.key,
      purpose: 'holding',
    });
    expect(expected.data.replies.length).toBeGreaterThan(0);
    expect(expected.data.replies[0]!.text).toContain('nous vérifions la situation en ce moment même');
    expect(expected.data.replies[0]!.text).not.toMatch(/[{}]/u);

    const sel = `tact-badge[data-key="${karim.key}"]`;
    await page.waitForSelector(sel, { timeout: 10_000 });
    await page.evaluate((s) => document.querySelector<HTMLElement>(s)!.scrollIntoView(), sel);
    // Open the card (the badge's own button), then wait for the holding section to list its replies.
    const cdpOpen = async () => {
      await exposeClosedRoots(page);
      await page.evaluate(
        (s) => window.__tactRoots?.get(document.querySelector(s)!)?.querySelector('button')?.click(),
        sel,
      );
    };
    await cdpOpen();
    const sections = () =>
      page.evaluate(async (s) => {
        const root = window.__tactRoots?.get(document.querySelector(s)!);
        return Array.from(root?.querySelectorAll<HTMLElement>('section[data-tact-section]') ?? []).map(
          (x) => `${x.dataset.tactSection}:${x.dataset.state ?? ''}`,
        );
      }, sel);
    await expect
      .poll(async () => (await exposeClosedRoots(page), await sections()), { timeout: 10_000 })
      .toContain('holding:ok');
    // The holding statements come first, before the ordinary replies.
    expect((await sections())[0]).toBe('holding:ok');
    expect(await composerTexts(page)).toEqual([]);
    await clickInShadow(
      page,
      (n) => n.nodeName === 'TACT-BADGE' && attr(n, 'data-key') === karim.key,
      (n) => n.nodeName === 'SECTION' && attr(n, 'data-tact-section') === 'holding',
      (n) => n.nodeName === 'BUTTON' && attr(n, 'data-action') === 'insert',
    );
    await expect.poll(() => composerTexts(page), { timeout: 10_000 }).toEqual([expected.data.replies[0]!.text]);
    // Logged as a reply by the CM.
    await expect
      .poll(async () => (await rows<{ itemKey: string; by: string }>('replies')).filter((r) => r.itemKey === karim.key))
      .toEqual([expect.objectContaining({ by: 'Marie' })]);
    await page.close();
  }, 120_000);

  it('the side panel says why, and two checklist ticks are recorded with time and who', async () => {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?view=care`);
    // The spike alert says why: its urgent mentions, and on which platform.
    const why = panel.locator('[data-testid="spike-why"]').first();
    await why.waitFor({ timeout: 10_000 });
    expect(await why.textContent()).toMatch(/(\d+ urgent|\d+ urgentes?)/u);
    expect(await why.textContent()).toContain('X');
    const card = panel.locator('li.incident-open').first();
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('[data-testid="incident-timeline"] tbody tr').count()).toBeGreaterThan(0);
    const before = Date.now();
    await card.getByLabel('Alerter le juridique').check({ timeout: 5_000 });
    await card.locator('[data-check-id="legal"] [data-testid="tick"]').waitFor({ timeout: 5_000 });
    await card.getByLabel('Prévenir la responsable').check({ timeout: 5_000 });
    await card.locator('[data-check-id="manager"] [data-testid="tick"]').waitFor({ timeout: 5_000 });
    expect(await card.locator('[data-check-id="manager"] [data-testid="tick"]').textContent()).toContain('Marie');
    type Tick = { id: string; label: string; at: number; by: string };
    const [incident] = (await rows<{ end: number | null; checks?: Tick[] }>('incidents')).filter((i) => i.end === null);
    expect(incident!.checks!.map((c) => [c.id, c.label, c.by])).toEqual([
      ['legal', 'Alerter le juridique', 'Marie'],
      ['manager', 'Prévenir la responsable', 'Marie'],
    ]);
    for (const c of incident!.checks!) {
      expect(c.at).toBeGreaterThanOrEqual(before - 1000);
      expect(c.at).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(incident!.checks![0]!.at).toBeLessThanOrEqual(incident!.checks![1]!.at);
    // Keyboard: the third step is reached and ticked with the keyboard alone.
    await card.getByLabel('Suspendre les publications programmées').focus();
    await panel.keyboard.press('Space');
    await card.locator('[data-check-id="pause"] [data-testid="tick"]').waitFor({ timeout: 5_000 });
    expect(await seriousViolations(panel, '[data-testid="care-incidents"]')).toEqual([]);
    await panel.close();
  }, 60_000);

  it('the options’ crisis kit has no serious accessibility problem', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#community`);
    const kit = options.locator('[data-testid="crisis-kit"]');
    await kit.waitFor({ timeout: 10_000 });
    expect(await kit.locator('.holding-statements > li').count()).toBe(2);
    expect(await kit.locator('.crisis-checklist > li').count()).toBe(3);
    expect(await seriousViolations(options, '[data-testid="crisis-kit"]')).toEqual([]);
    await options.close();
  }, 60_000);
});
