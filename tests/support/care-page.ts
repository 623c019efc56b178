// Community care's chips on the Reddit demo page (issue #17), read inside their closed shadow roots
// (tests/support/closed-roots.ts): the chip of a comment's author, the replies its open card offers in
// one section (welcome, thanks), and a mouse click on that section's first Insert button. chipOf marks
// the chip's host `data-e2e="<author>"` (the test's own marker) for the others to find it again.
import type { Page } from 'playwright-core';
import { exposeClosedRoots } from './closed-roots';

export interface ChipState {
  /** advocate, detractor or newcomer; null without a chip. */
  kind: string | null;
  text: string | null;
  label: string | null;
}

/** Waits until the page shows at least `count` care chips. */
export async function waitForCareChips(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('tact-care').length >= n, count, { timeout: 20_000 });
}

/** The care chip of the first comment by `author`, read inside its closed shadow root. */
export async function chipOf(page: Page, author: string): Promise<ChipState> {
  await exposeClosedRoots(page);
  return page.evaluate((who) => {
    const comment = document.querySelector(`shreddit-comment[author="${who}"]`);
    const host = Array.from(comment?.querySelectorAll('tact-care') ?? []).find(
      (h) => h.closest('shreddit-comment') === comment,
    );
    const button = host ? window.__tactRoots?.get(host)?.querySelector<HTMLButtonElement>('button.chip') : null;
    if (!host || !button) return { kind: null, text: null, label: null };
    host.setAttribute('data-e2e', who);
    const kind = ['advocate', 'detractor', 'newcomer'].find((k) => button.classList.contains(k)) ?? null;
    return { kind, text: button.textContent, label: button.getAttribute('aria-label') };
  }, author);
}

/** The replies offered in section `section` of the open chip card of `author`. */
export async function repliesOffered(page: Page, author: string, section: string): Promise<string[]> {
  await exposeClosedRoots(page);
  return page.evaluate(
    ({ who, section }) => {
      const host = document.querySelector(`tact-care[data-e2e="${who}"]`);
      const found = host
        ? window.__tactRoots?.get(host)?.querySelector(`section[data-tact-section="${section}"]`)
        : null;
      return Array.from(found?.querySelectorAll('li > p') ?? []).map((p) => p.textContent ?? '');
    },
    { who: author, section },
  );
}

/** Clicks with the mouse the Insert button of the first reply in section `section` of the chip card of `author`. */
export async function clickInsert(page: Page, author: string, section: string): Promise<void> {
  await exposeClosedRoots(page);
  const box = await page.evaluate(
    ({ who, section }) => {
      const host = document.querySelector(`tact-care[data-e2e="${who}"]`);
      const found = host
        ? window.__tactRoots?.get(host)?.querySelector(`section[data-tact-section="${section}"]`)
        : null;
      const button = found?.querySelector<HTMLElement>('button[data-action="insert"]');
      if (!button) return null;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { who: author, section },
  );
  if (!box) throw new Error(`no Insert button in the ${section} section`);
  await page.mouse.click(box.x, box.y);
}

/** Every attribute on the care chips' hosts (where the page could read it) but the test's own marker. */
export function careHostAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('tact-care'))
      .flatMap((h) => Array.from(h.attributes).filter((a) => a.name !== 'data-e2e'))
      .map((a) => `${a.name}=${a.value}`),
  );
}
