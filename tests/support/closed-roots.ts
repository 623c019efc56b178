// Browser tests read inside Tact's closed shadow roots as the page never can: through the DevTools
// protocol (DOM.getDocument with pierce lists closed roots), each root handed to the page's world
// as `window.__tactRoots.get(host)`. Call it again after Tact drew new parts.
import type { Page } from 'playwright-core';

interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

declare global {
  interface Window {
    __tactRoots?: WeakMap<Element, ShadowRoot>;
  }
}

export async function exposeClosedRoots(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const roots: number[] = [];
    const walk = (n: CdpNode) => {
      if (n.localName?.startsWith('tact-')) for (const r of n.shadowRoots ?? []) roots.push(r.backendNodeId);
      for (const c of n.children ?? []) walk(c);
      for (const r of n.shadowRoots ?? []) walk(r);
    };
    walk(root);
    for (const backendNodeId of roots) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      if (!object.objectId) continue;
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { (window.__tactRoots ??= new WeakMap()).set(this.host, this); }',
      });
    }
  } finally {
    await cdp.detach();
  }
}
