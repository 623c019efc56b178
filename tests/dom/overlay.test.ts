// The overlay engine on a live DOM: one badge per mentioning item, recycled nodes re-analysed,
// no loop on its own badges, everything removed when the extension goes away.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runOverlay, type OverlayDeps } from '../../utils/overlay/engine';
import { findMentions } from '../../utils/mentions/core/match';
import { badgeInternals } from '../../utils/mentions/page/badge';
import type { Adapter } from '../../utils/platforms/types';

const acme = { id: 'b1', name: 'Acme', aliases: [], handles: ['@acme'], hashtags: [], products: [], exclude: [] };

/** A tiny adapter over <div class="item" data-id="…">text</div>. */
const adapter: Adapter = {
  platform: 'x',
  findItems: (root) => Array.from(root.querySelectorAll('.item')),
  extract: (node) => {
    const id = node.getAttribute('data-id');
    if (!id) return null;
    return {
      platform: 'x',
      platformId: id,
      kind: 'post',
      author: { name: '', handle: '', url: '' },
      text: node.querySelector('p')?.textContent ?? '',
    };
  },
  badgeAnchor: (node) => node,
  expectsItems: () => true,
};

const contexts: Array<{ invalidate(): void }> = [];

function fakeContext() {
  const invalidated: Array<() => void> = [];
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0),
    onInvalidated: (fn: () => void) => void invalidated.push(fn),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) => target.addEventListener(type, fn),
    invalidate() {
      this.isInvalid = true;
      for (const fn of invalidated) fn();
    },
  };
  contexts.push(ctx);
  return ctx;
}

function fakeBackground() {
  const batches: string[][] = [];
  const health: number[] = [];
  const send = vi.fn(async (type: string, payload: any) => {
    if (type === 'items.seen') {
      batches.push(payload.items.map((i: any) => i.platformId));
      return {
        results: payload.items.map((i: any) => {
          const mentions = findMentions(i.text, [acme]);
          return { key: `x:${i.platformId}`, mentions, attention: mentions.length > 0 };
        }),
      };
    }
    if (type === 'page.health') health.push(payload.found);
    return {};
  });
  return { send: send as unknown as OverlayDeps['send'], batches, health };
}

const item = (id: string, text: string) => {
  const div = document.createElement('div');
  div.className = 'item';
  div.dataset.id = id;
  const p = document.createElement('p');
  p.textContent = text;
  div.append(p);
  return div;
};
const badgesIn = (el: Element) => el.querySelectorAll('tact-badge').length;
const settle = () => new Promise((r) => setTimeout(r, 30));

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.invalidate();
  document.body.replaceChildren();
});

describe('runOverlay', () => {
  it('draws exactly one badge on each item that mentions a brand, none on the others', async () => {
    const a = item('1', 'Bonjour @acme');
    const b = item('2', 'rien à voir');
    document.body.append(a, b);
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send, healthDelay: 10 });
    await settle();
    expect([badgesIn(a), badgesIn(b)]).toEqual([1, 0]);
    const badge = a.querySelector('tact-badge')!;
    expect(badgeInternals(badge)?.button.dataset.label).toBe('Acme');
    // The brands stay inside the closed root: the page's scripts can read the host's attributes.
    expect(badge.getAttributeNames().filter((n) => n !== 'data-key')).toEqual([]);
    expect(bg.health).toEqual([2]);
  });

  it('handles items added later (infinite scroll) without re-sending the old ones', async () => {
    document.body.append(item('1', 'Acme'));
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send });
    await settle();
    const late = item('2', 'Acme again');
    document.body.append(late);
    await settle();
    expect(badgesIn(late)).toBe(1);
    expect(bg.batches).toEqual([['1'], ['2']]);
  });

  it('re-analyses a recycled node that now shows another post', async () => {
    const node = item('1', 'I love Acme');
    document.body.append(node);
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send });
    await settle();
    expect(badgesIn(node)).toBe(1);
    node.dataset.id = '2';
    node.querySelector('p')!.textContent = 'a post about the weather';
    await settle();
    expect(badgesIn(node)).toBe(0);
    expect(bg.batches.at(-1)).toEqual(['2']);
  });

  it('draws the badge again when the site re-renders the node and drops it', async () => {
    const node = item('1', 'Acme');
    document.body.append(node);
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send });
    await settle();
    node.querySelector('tact-badge')!.remove();
    node.querySelector('p')!.textContent = 'Acme'; // the site's re-render
    await settle();
    expect(badgesIn(node)).toBe(1);
  });

  it('does not loop on its own badges', async () => {
    document.body.append(item('1', 'Acme'), item('2', '@acme'));
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send });
    await settle();
    await settle();
    expect(bg.batches).toEqual([['1', '2']]);
  });

  it('renders page text as text only: markup in a comment stays inert', async () => {
    const node = item('1', '<img src=x onerror=alert(1)> Acme');
    document.body.append(node);
    const bg = fakeBackground();
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send: bg.send });
    await settle();
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(badgesIn(node)).toBe(1);
  });

  it('removes its badges when the extension is reloaded or disabled', async () => {
    document.body.append(item('1', 'Acme'));
    const ctx = fakeContext();
    runOverlay(ctx as unknown as ContentScriptContext, adapter, { send: fakeBackground().send });
    await settle();
    ctx.invalidate();
    expect(document.querySelectorAll('tact-badge').length).toBe(0);
  });

  it('skips a node the adapter cannot read instead of stopping', async () => {
    const bad = item('1', 'Acme');
    const good = item('2', 'Acme');
    document.body.append(bad, good);
    const broken: Adapter = {
      ...adapter,
      extract: (n) =>
        n === bad
          ? (() => {
              throw new Error('layout');
            })()
          : adapter.extract(n),
    };
    runOverlay(fakeContext() as unknown as ContentScriptContext, broken, { send: fakeBackground().send });
    await settle();
    expect([badgesIn(bad), badgesIn(good)]).toEqual([0, 1]);
  });
});

describe('runOverlay when the background fails', () => {
  it('sends the items again later instead of losing them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const node = item('1', 'Acme');
      document.body.append(node);
      const bg = fakeBackground();
      let fail = true;
      const send = (async (type: string, payload: unknown) => {
        if (type === 'items.seen' && fail) throw new Error('background restarting');
        return (bg.send as unknown as (t: string, p: unknown) => Promise<unknown>)(type, payload);
      }) as unknown as OverlayDeps['send'];
      runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send });
      await vi.advanceTimersByTimeAsync(50);
      expect(badgesIn(node)).toBe(0);
      fail = false;
      await vi.advanceTimersByTimeAsync(2500);
      expect(badgesIn(node)).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('runOverlay when the background refuses a batch', () => {
  it('does not send a batch refused as invalid again and again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      document.body.append(item('1', 'Acme'));
      let sent = 0;
      const send = (async (type: string) => {
        if (type !== 'items.seen') return {};
        sent++;
        throw Object.assign(new Error('Invalid "items.seen" request.'), { body: { code: 'invalid', message: 'x' } });
      }) as unknown as OverlayDeps['send'];
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, { send });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(sent).toBe(1);
      expect(warn).toHaveBeenCalledTimes(1);
      warn.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('runOverlay on a busy page', () => {
  it('does not read an unchanged item again when something else on the page changes', async () => {
    const a = item('1', 'Acme');
    const clock = document.createElement('span');
    document.body.append(a, clock);
    let reads = 0;
    const counting: Adapter = { ...adapter, extract: (n) => (reads++, adapter.extract(n)) };
    runOverlay(fakeContext() as unknown as ContentScriptContext, counting, { send: fakeBackground().send });
    await settle();
    const after = reads;
    for (let i = 0; i < 5; i++) {
      clock.textContent = `${i}m`; // like X's relative timestamps ticking
      await settle();
    }
    expect(reads).toBe(after);
    a.querySelector('p')!.textContent = 'Acme, edited';
    await settle();
    expect(reads).toBe(after + 1);
  });
});
