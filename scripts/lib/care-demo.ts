// Community care on the demo (issue #17): the care fields `npm start` layers onto the demo brand
// (its community r/acme, the starter charter, holding statements and the starter crisis checklist),
// the stored history that makes two commenters of the Reddit thread an advocate and a detractor, and
// the screenshots of each part for `npm start -- --headless --screenshots <dir>`. The chips and cards
// live in closed shadow roots: they are read and clipped through the DevTools protocol
// (tests/support/closed-roots.ts), and opened with the mouse as a user would.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { starterChecklist } from '../../utils/care/core/crisis';
import { STARTER_CHARTER } from '../../utils/care/core/starter-charter';
import { memberKey, type Member } from '../../utils/care/core/member';
import type { StoredItem } from '../../utils/db/schema';
import { chipOf, repliesOffered, waitForCareChips } from '../../tests/support/care-page';
import { exposeClosedRoots } from '../../tests/support/closed-roots';
import { existingBrands, putRows, waitForDatabase } from '../../tests/support/report-seed';

const DAY = 86_400_000;
/** Dexie stores schema version n as IndexedDB version 10 × n: items by author need v8. */
const V8 = 80;

/** The demo Reddit thread's commenters each care screenshot is about (demo/pages/reddit-thread.html). */
export const CARE_DEMO = {
  newcomer: 'paul_runs', // t1_k008, a first comment on the thread
  advocate: 'lea_velo', // t1_k006, "Même souci ici…" (French)
  detractor: 'karim_b', // t1_k004, "URGENT: mine started smoking…"
  flamer: 't1_k105', // old Reddit, "ACME Corp sells trash to morons"
} as const;

/**
 * The demo brand with community care set up: the place its community lives (so first-time commenters
 * there are "New here"), the starter charter (both languages), one holding statement per language and
 * the starter crisis checklist in the UI's language `lang`.
 */
export function withCare(brand: Record<string, unknown>, lang: 'fr' | 'en'): Record<string, unknown> {
  return {
    ...brand,
    communities: ['r/acme'],
    charter: STARTER_CHARTER,
    holdingStatements: [
      {
        id: 'checking-fr',
        language: 'fr',
        title: 'Vérification en cours',
        body:
          'Bonjour {firstName}, l’équipe {brand} vérifie la situation en ce moment même. ' +
          'Nous revenons vers vous très vite ici.',
      },
      {
        id: 'checking-en',
        language: 'en',
        title: 'Checking',
        body:
          'Hi {firstName}, the {brand} team is checking the situation right now. ' +
          'We will get back to you here very soon.',
      },
    ],
    crisisChecklist: starterChecklist(lang),
  };
}

/** `n` stored Reddit comments by `who` about the brand, one a day before `now`, each changed by `over`. */
export function history(
  who: string,
  n: number,
  brandId: string,
  over: (i: number) => Partial<StoredItem>,
  now = Date.now(),
): StoredItem[] {
  return Array.from({ length: n }, (_, i) => {
    const at = now - (i + 1) * DAY;
    const id = `t1_seed_${who}_${i}`;
    return {
      platform: 'reddit',
      platformId: id,
      kind: 'comment',
      author: { name: who, handle: `u/${who}`, url: `https://www.reddit.com/user/${who}/` },
      text: `${who} ${i}`,
      truncated: false,
      time: new Date(at).toISOString(),
      permalink: `https://www.reddit.com/r/acme/comments/0old${i}/comment/${id}/`,
      parentId: null,
      rootText: '',
      key: `reddit:${id}`,
      firstSeenAt: at,
      lastSeenAt: at,
      brandIds: [brandId],
      status: 'new',
      attention: 1,
      intent: 'other',
      sentiment: 0,
      priority: 30,
      repliedAt: null,
      postedAt: at,
      ours: 0,
      answeredAt: null,
      answeredBy: null,
      lang: 'fr',
      reactions: null,
      authorKey: `reddit:u/${who}`,
      ...over(i),
    } as StoredItem;
  });
}

/** Members of r/acme Tact saw before today (so not "New here"): name, and days since first seen. */
const REGULARS: [string, number][] = [
  ['sam_rides', 40],
  ['juliemartin_fr', 25],
  ['chef_amelie', 12],
  [CARE_DEMO.advocate, 4],
  [CARE_DEMO.detractor, 3],
];

/**
 * The demo's history, written into the database before the pages open, as Tact would have stored it
 * over the past days: four praises of Acme by the advocate (two answered by our account), three
 * complaints by the detractor, and the regulars of r/acme (members seen before, so that on the
 * thread only the first-time commenter is "New here").
 */
export async function seedCareHistory(context: BrowserContext, extensionId: string): Promise<void> {
  const now = Date.now();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await waitForDatabase(page, V8);
  const acme = (await existingBrands(page)).find((b) => b.name === 'Acme')?.id;
  if (!acme) throw new Error('the demo brand Acme was not saved');
  await putRows(page, 'items', [
    ...history(
      CARE_DEMO.advocate,
      4,
      acme,
      (i) => ({
        intent: 'praise',
        sentiment: 0.7,
        text: ['Acme au top !', 'Super service Acme', 'J’adore mon RoadRunner 3000 de chez Acme', 'Merci Acme'][i]!,
        answeredAt: i < 2 ? now - i * DAY : null,
        answeredBy: i < 2 ? 'u/acme_support' : null,
      }),
      now,
    ),
    ...history(
      CARE_DEMO.detractor,
      3,
      acme,
      (i) => ({
        intent: 'complaint',
        sentiment: -0.6,
        lang: 'en',
        text: ['Acme, still no refund', 'Acme support never answers', 'Third week waiting, Acme'][i]!,
      }),
      now,
    ),
  ]);
  const members: Member[] = REGULARS.map(([who, days]) => ({
    key: memberKey(acme, `reddit:u/${who}`),
    brandId: acme,
    authorKey: `reddit:u/${who}`,
    platform: 'reddit',
    name: who,
    handle: `u/${who}`,
    firstSeenAt: now - days * DAY,
    firstItemKey: `reddit:t1_seed_${who}_0`,
    welcomedAt: null,
    welcomedBy: null,
  }));
  await putRows(page, 'members', members);
  await page.close();
}

/** The browser's UI language as Tact picks it by default: French or English. */
export async function uiLang(context: BrowserContext, extensionId: string): Promise<'fr' | 'en'> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const lang = await page.evaluate(() => navigator.language);
  await page.close();
  return lang.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewport box around `selectors` (page elements) and the open card inside the closed root of
 * the host `host`, with a margin: what a care screenshot keeps.
 */
async function boxAround(page: Page, selectors: string[], host: string | null, fromLeft = false): Promise<Box> {
  if (host) await exposeClosedRoots(page);
  return page.evaluate(
    ({ selectors, host, fromLeft }) => {
      const card = host
        ? window.__tactRoots?.get(document.querySelector(host)!)?.querySelector<HTMLElement>('.card')
        : null;
      const rects = [
        ...selectors.flatMap((s) => Array.from(document.querySelectorAll(s))),
        ...(card && !card.hidden ? [card] : []),
      ].map((e) => e.getBoundingClientRect());
      const m = 16;
      const left = fromLeft ? 0 : Math.max(0, Math.min(...rects.map((r) => r.left)) - m);
      const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - m);
      const right = Math.min(window.innerWidth, Math.max(...rects.map((r) => r.right)) + m);
      const bottom = Math.min(window.innerHeight, Math.max(...rects.map((r) => r.bottom)) + m);
      return { x: left, y: top, width: right - left, height: bottom - top };
    },
    { selectors, host, fromLeft },
  );
}

/**
 * Scrolls to the page's top and resizes its viewport to end `margin` px below the first `selector`:
 * a screenshot of the viewport is then the page down to that element.
 */
async function fitViewportTo(page: Page, width: number, selector: string, margin = 16): Promise<void> {
  const bottom = await page.evaluate((sel) => {
    window.scrollTo(0, 0);
    return document.querySelector(sel)!.getBoundingClientRect().bottom;
  }, selector);
  await page.setViewportSize({ width, height: Math.ceil(bottom + margin) });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until the open chip card of `author` offers replies in its section `section`. */
async function waitForReplies(page: Page, author: string, section: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await repliesOffered(page, author, section)).length === 0) {
    if (Date.now() > end) throw new Error(`no ${section} replies in the card of ${author}`);
    await page.waitForTimeout(250);
  }
}

/** Waits until the closed root of `host` holds an element matching `selector` (the flag's card). */
async function waitInRoot(page: Page, host: string, selector: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    await exposeClosedRoots(page);
    const found = await page.evaluate(
      ({ host, selector }) => Boolean(window.__tactRoots?.get(document.querySelector(host)!)?.querySelector(selector)),
      { host, selector },
    );
    if (found) return;
    if (Date.now() > end) throw new Error(`nothing matches ${selector} in ${host}`);
    await page.waitForTimeout(250);
  }
}

/** Scrolls so that the first element matching `selector` sits near the top of the viewport. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    document.querySelector(sel)?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -40);
  }, selector);
}

/** Opens the chip card of `author` (marked by chipOf) and waits for its `section` replies; its host. */
async function openChip(page: Page, author: string, section: string): Promise<string> {
  const host = `tact-care[data-e2e="${author}"]`;
  await page.locator(host).click({ timeout: 5_000 });
  await waitForReplies(page, author, section);
  return host;
}

/** Waits for the care chips of `authors` on the Reddit thread (each host marked by chipOf). */
async function waitForChips(page: Page, authors: string[]): Promise<void> {
  await waitForCareChips(page, authors.length);
  const end = Date.now() + 20_000;
  for (;;) {
    const kinds: (string | null)[] = [];
    for (const a of authors) kinds.push((await chipOf(page, a)).kind);
    if (kinds.every((k) => k !== null)) return;
    if (Date.now() > end) throw new Error(`no care chip for ${authors.filter((_, i) => !kinds[i]).join(', ')}`);
    await page.waitForTimeout(250);
  }
}

const ownParts = (author: string) => [`shreddit-comment[author="${author}"] > div`];

/**
 * The care screenshots: the Reddit thread with a newcomer's welcome card, the advocate's thanks card
 * above the detractor's chip, the flamer's troll card citing the charter (old Reddit), the side
 * panel's Community view with the demo's incident (two checklist steps ticked), the options'
 * Community section (the charter editor) and its crisis kit. Returns the files written.
 */
export async function careShots(
  context: BrowserContext,
  extensionId: string,
  dir: string,
  urls: { reddit: string; oldReddit: string },
  lang: 'fr' | 'en',
): Promise<string[]> {
  const written: string[] = [];
  // Each shot is a box of the viewport (the troll card is fixed there: no full-page capture).
  const shot = async (page: Page, name: string, clip: Box) => {
    const file = path.join(dir, `${name}.png`);
    await page.screenshot({ path: file, clip });
    written.push(file);
  };
  // Tall enough for a card opened at the bottom of a thread: the cards are clipped from the viewport.
  const viewport = { width: 1280, height: 1800 };

  // 1. A newcomer's "New here" chip, its card open on the welcome suggestions.
  let page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(urls.reddit);
  await waitForChips(page, [CARE_DEMO.newcomer, CARE_DEMO.advocate, CARE_DEMO.detractor]);
  await scrollToTop(page, `shreddit-comment[author="${CARE_DEMO.newcomer}"]`);
  let host = await openChip(page, CARE_DEMO.newcomer, 'welcome');
  await shot(page, 'care-newcomer', await boxAround(page, ownParts(CARE_DEMO.newcomer), host));
  await page.close();

  // 2. The detractor's chip, and the advocate's chip with its card open on the thanks.
  page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(urls.reddit);
  await waitForChips(page, [CARE_DEMO.advocate, CARE_DEMO.detractor]);
  await scrollToTop(page, `shreddit-comment[author="${CARE_DEMO.detractor}"]`);
  host = await openChip(page, CARE_DEMO.advocate, 'thanks');
  await shot(
    page,
    'care-standing',
    await boxAround(page, [...ownParts(CARE_DEMO.detractor), ...ownParts(CARE_DEMO.advocate)], host),
  );
  await page.close();

  // 3. The flamer's troll card on old Reddit: the charter clause it breaks and the reply citing it.
  page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(urls.oldReddit);
  await page.waitForFunction(
    (id) => {
      const flag = Array.from(document.querySelectorAll('tact-flag')).find(
        (f) => f.closest('.thing')?.getAttribute('data-fullname') === id,
      );
      flag?.setAttribute('data-demo', 'flamer');
      return flag !== undefined;
    },
    CARE_DEMO.flamer,
    { timeout: 15_000 },
  );
  host = 'tact-flag[data-demo="flamer"]';
  await scrollToTop(page, `.thing[data-fullname="${CARE_DEMO.flamer}"]`);
  await page.locator(host).click({ timeout: 5_000 });
  await waitInRoot(page, host, 'section[data-tact-section="charter"] li > p');
  await shot(
    page,
    'care-charter',
    await boxAround(page, [`.thing[data-fullname="${CARE_DEMO.flamer}"] > .entry`], host, true),
  );
  await page.close();

  // 4. The side panel's Community view: the demo's burst of urgent mentions opened an incident;
  // two steps of its checklist are ticked there, as a CM does.
  page = await context.newPage();
  await page.setViewportSize({ width: 560, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?view=care`);
  const incident = page.locator('li.incident-open').first();
  await incident.waitFor({ timeout: 15_000 });
  for (const step of starterChecklist(lang).slice(0, 2)) {
    await incident.getByLabel(step.label).check({ timeout: 5_000 });
    await incident.locator(`[data-check-id="${step.id}"] [data-testid="tick"]`).waitFor({ timeout: 5_000 });
  }
  await page.waitForTimeout(500);
  // From the view's top (the spike alert) to the incident's end: the newcomers and standings follow.
  // (The status line saying the last tick was saved sits fixed at the bottom: below the incident.)
  await fitViewportTo(page, 560, 'li.incident-open', 72);
  await shot(page, 'care-incident', { x: 0, y: 0, width: 560, height: page.viewportSize()!.height });
  await page.close();

  // 5. The options' Community section: places, the charter editor (the starter charter), the crisis kit.
  page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/options.html#community`);
  await page.locator('section.charter-editor').waitFor({ timeout: 10_000 });
  await page.locator('[data-testid="crisis-kit"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  // The section's top: where the community is, the charter editor with its first clause.
  await fitViewportTo(page, 1100, 'ol.charter-clauses > li');
  await shot(page, 'care-options', { x: 0, y: 0, width: 1100, height: page.viewportSize()!.height });
  // The crisis kit: holding statements and the checklist, in a viewport just its size.
  const kit = '[data-testid="crisis-kit"]';
  const { top, height } = await page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { top: r.top + window.scrollY, height: r.height };
  }, kit);
  await page.setViewportSize({ width: 1100, height: Math.ceil(height) + 32 });
  await page.evaluate((y) => window.scrollTo(0, y), top - 16);
  await shot(page, 'care-crisis-kit', await boxAround(page, [kit], null));
  await page.close();
  return written;
}
