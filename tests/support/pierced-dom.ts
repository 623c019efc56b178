// Browser tests reach Tact's closed shadow roots through the DevTools protocol: DOM.getDocument with
// pierce lists them, and a node found there is clicked with the mouse at the centre of its box, as a
// user would (nothing of the page can reach it).
import type { CDPSession, Page } from 'playwright-core';

export interface PiercedNode {
  nodeId?: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: PiercedNode[];
  shadowRoots?: PiercedNode[];
  contentDocument?: PiercedNode;
}

export type NodeTest = (n: PiercedNode) => boolean;

/** The value of attribute `name` on `n`, if it has one. */
export const attr = (n: PiercedNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

/** `n` and every node below it, shadow roots included, in document order. */
export function* walk(n: PiercedNode): Generator<PiercedNode> {
  yield n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) yield* walk(c);
}

/** The whole document, closed shadow roots included. */
export async function piercedDocument(cdp: CDPSession): Promise<PiercedNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: PiercedNode };
  return root;
}

/** Scrolls `node` into view and clicks the centre of its box with the mouse. */
export async function clickNode(page: Page, cdp: CDPSession, node: PiercedNode): Promise<void> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The first node matching the last test, found below one matching the test before it, and so on. */
function firstAlong(nodes: Iterable<PiercedNode>, [test, ...rest]: NodeTest[]): PiercedNode | undefined {
  for (const n of nodes) {
    if (!test!(n)) continue;
    if (rest.length === 0) return n;
    const found = firstAlong(walk(n), rest);
    if (found) return found;
  }
  return undefined;
}

/**
 * Clicks, with the mouse, the first element inside the shadow root of a host matching `host` that
 * matches `inside` (with several tests, each looked for below the one matched before: a section, then
 * its button).
 */
export async function clickInShadow(page: Page, host: NodeTest, ...inside: NodeTest[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let target: PiercedNode | undefined;
    for (const n of walk(await piercedDocument(cdp))) {
      if (!host(n) || !n.shadowRoots) continue;
      for (const s of n.shadowRoots) if ((target = firstAlong(walk(s), inside))) break;
      if (target) break;
    }
    if (!target) throw new Error('element not found in the shadow roots');
    await clickNode(page, cdp, target);
  } finally {
    await cdp.detach();
  }
}
