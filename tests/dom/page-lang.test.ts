// The page UI speaks the options' language, not the browser's: read once at start (settings.get),
// and when the background pushes a new setting (overlay.settings) what is drawn follows.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runOverlay, type OverlayDeps } from '../../utils/overlay/engine';
import { loadPageLanguage, pageLanguage, setPageLanguageSetting } from '../../utils/overlay/page-lang';
import { openBadgeCard } from '../../utils/mentions/page/badge';
import { flagInternals } from '../../utils/trolls/page/flag';
import { contentProtocol } from '../../utils/messaging/protocol';
import { findMentions } from '../../utils/mentions/core/match';
import type { Adapter } from '../../utils/platforms/types';

const roots = new Map<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
let browserLanguage = 'en-US';
beforeAll(() => {
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  vi.spyOn(navigator, 'language', 'get').mockImplementation(() => browserLanguage);
});
afterAll(() => {
  Element.prototype.attachShadow = attach;
  vi.restoreAllMocks();
});

const acme = { id: 'b1', name: 'Acme', aliases: [], handles: ['@acme'], hashtags: [], products: [], exclude: [] };
const adapter: Adapter = {
  platform: 'x',
  findItems: (root) => Array.from(root.querySelectorAll('.item')),
  extract: (node) => {
    const id = node.getAttribute('data-id');
    if (!id) return null;
    return {
      platform: 'x',
      platformId: id,
      kind: 'comment',
      author: { name: 'Darth', handle: '@darth', url: '' },
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

/** A background whose settings say `language`, and which judges every Acme mention a complaint by a flamer. */
function fakeBackground(language: 'auto' | 'fr' | 'en') {
  const send = vi.fn(async (type: string, payload: any) => {
    if (type === 'settings.get') return { language, onboarded: true, trollSensitivity: 'medium' };
    if (type === 'items.seen') {
      return {
        results: payload.items.map((i: any) => {
          const mentions = findMentions(i.text, [acme]);
          return {
            key: `x:${i.platformId}`,
            mentions,
            attention: true,
            analysis: { intent: 'complaint', sentiment: -0.6, priority: 70, nextStep: 'Reply.', lang: 'en' },
            troll: {
              type: 'flamer',
              confidence: 0.8,
              cues: [],
              action: { fr: 'Ne pas nourrir.', en: "Don't feed." },
              review: 'none',
            },
          };
        }),
      };
    }
    return {};
  });
  return send;
}

function item(id: string, text: string) {
  const div = document.createElement('div');
  div.className = 'item';
  div.dataset.id = id;
  const p = document.createElement('p');
  p.textContent = text;
  div.append(p);
  document.body.append(div);
  return div;
}
const settle = () => new Promise((r) => setTimeout(r, 40));

/** What an item's card says, opened as the CM would. */
function cardText(node: Element): string {
  const badge = node.querySelector('tact-badge')!;
  openBadgeCard(badge);
  return roots.get(badge)!.querySelector('.card')!.textContent ?? '';
}
const flagLabel = (node: Element) =>
  flagInternals(node.querySelector('tact-flag')!)!.button.getAttribute('aria-label') ?? '';

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.invalidate();
  document.body.replaceChildren();
  setPageLanguageSetting('auto');
  browserLanguage = 'en-US';
});

describe('page UI language', () => {
  it('follows the browser when the setting is auto', () => {
    setPageLanguageSetting('auto');
    expect(pageLanguage()).toBe('en');
    browserLanguage = 'fr-CA';
    expect(pageLanguage()).toBe('fr');
  });

  it('shows French cards and flags in an English browser when the options say French', async () => {
    const send = fakeBackground('fr');
    await loadPageLanguage(send as never);
    const node = item('1', 'Acme, vous êtes nuls');
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, {
      send: send as unknown as OverlayDeps['send'],
    });
    await settle();
    const text = cardText(node);
    expect(text).toContain('Marque');
    expect(text).toContain('Intention');
    expect(text).not.toContain('Brand');
    expect(flagLabel(node)).toContain('confiance');
  });

  it('shows English in a French browser when the options say English', async () => {
    browserLanguage = 'fr-FR';
    await loadPageLanguage(fakeBackground('en') as never);
    expect(pageLanguage()).toBe('en');
  });

  it('redraws in the new language when the setting changes while the page is open', async () => {
    const send = fakeBackground('fr');
    await loadPageLanguage(send as never);
    const first = item('1', 'Acme, vous êtes nuls');
    runOverlay(fakeContext() as unknown as ContentScriptContext, adapter, {
      send: send as unknown as OverlayDeps['send'],
    });
    await settle();
    expect(cardText(first)).toContain('Marque'); // a card is open
    // What the background pushes, checked as the content script checks it.
    const push = contentProtocol['overlay.settings'].request.parse({ language: 'en' });
    expect(setPageLanguageSetting(push.language)).toBe(true);
    await settle();
    const second = item('2', 'Acme again');
    await settle();
    expect(cardText(second)).toContain('Brand');
    expect(cardText(first)).toContain('Brand');
    expect(cardText(first)).not.toContain('Marque');
    expect(flagLabel(first)).toContain('confidence');
    expect(first.querySelectorAll('tact-badge').length).toBe(1);
    expect(first.querySelectorAll('tact-flag').length).toBe(1);
  });

  it('keeps the browser language when the background does not answer, and applies a late answer', async () => {
    let answer: (v: unknown) => void = () => {};
    const send = vi.fn(() => new Promise((r) => (answer = r)));
    await loadPageLanguage(send as never, 20);
    expect(pageLanguage()).toBe('en');
    answer({ language: 'fr', onboarded: true, trollSensitivity: 'medium' });
    await settle();
    expect(pageLanguage()).toBe('fr');
  });

  it('refuses a pushed language it does not know', () => {
    expect(contentProtocol['overlay.settings'].request.safeParse({ language: 'de' }).success).toBe(false);
  });
});
