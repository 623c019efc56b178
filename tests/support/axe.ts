// axe-core in browser tests: injected into the page once (evaluated rather than added as a <script>:
// the extension pages' CSP refuses inline scripts), run on the whole document or on one part of it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, inside `selector` when given
 * (else the whole document), one line each: impact, rule and where.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (sel) => {
    const axe = (globalThis as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(sel ?? document, { resultTypes: ['violations'] })).violations;
  }, selector);
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} at ${JSON.stringify(n.target)}`));
}
