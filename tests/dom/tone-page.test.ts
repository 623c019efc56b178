// The in-page reply tools on a live DOM: the tone meter's view and wiring (a banned word typed in a
// reply box is listed, its fix rewrites the box), and the "/" quick insert (the list opens on "/",
// arrows move, Enter replaces "/name" by the filled snippet, Escape closes, other keys pass).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import type { Problem } from '../../utils/tone/core/check';
import { createMeter, METER_TAG } from '../../utils/tone/page/meter';
import { startMeter } from '../../utils/tone/page/meter-wiring';
import { QUICK_TAG } from '../../utils/snippets/page/quick-list';
import { startQuickInsert } from '../../utils/snippets/page/quick-insert';
import { insertFirstSuggestion, type RepliesPage, type Send } from '../../utils/tone/page/replies';
import { buildSection } from '../../utils/tone/page/suggestions';
import type { Adapter } from '../../utils/platforms/types';

// Closed shadow roots are closed to tests too: keep a handle on each one as it is attached.
const roots = new Map<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
beforeAll(() => {
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
});
afterAll(() => {
  Element.prototype.attachShadow = attach;
});

const contexts: Array<{ invalidate(): void }> = [];
function fakeContext() {
  const invalidated: Array<() => void> = [];
  const ctx = {
    isInvalid: false,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated: (fn: () => void) => void invalidated.push(fn),
    // As WXT's context does: listeners go away with it.
    addEventListener: (target: EventTarget, type: string, fn: EventListener, opts?: AddEventListenerOptions) => {
      target.addEventListener(type, fn, opts);
      invalidated.push(() => target.removeEventListener(type, fn, opts));
    },
    invalidate() {
      this.isInvalid = true;
      for (const fn of invalidated) fn();
    },
  };
  contexts.push(ctx);
  return ctx;
}

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.invalidate();
  document.body.replaceChildren();
  for (const el of document.documentElement.querySelectorAll(`${METER_TAG}, ${QUICK_TAG}, tact-toast`)) el.remove();
  roots.clear();
  vi.restoreAllMocks();
});

const adapter: Adapter = {
  platform: 'x',
  findItems: (root) => Array.from(root.querySelectorAll('.item')),
  extract: (node) => ({
    platform: 'x',
    platformId: node.getAttribute('data-id')!,
    kind: 'post',
    author: { name: 'Marie Dupont', handle: '@marie', url: '' },
    text: 'x',
  }),
  badgeAnchor: (node) => node,
  expectsItems: () => true,
};

const profile = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  banned: ['malheureusement'],
});
const SNIPPETS = [
  {
    id: 's1',
    name: 'merci',
    language: 'fr' as const,
    body: 'Merci {prénom} ! Votre commande {orderId} chez {brand} est partie.',
  },
  { id: 's2', name: 'mercredi', language: 'fr' as const, body: 'À mercredi !' },
];

function fakePage() {
  const calls: Array<[string, unknown]> = [];
  const send = vi.fn(async (type: string, payload: unknown) => {
    calls.push([type, payload]);
    if (type === 'snippets.forPage') return SNIPPETS;
    if (type === 'snippets.used') return { used: true };
    if (type === 'replies.log') return { logged: true };
    if (type === 'tone.forPage')
      return { brands: [{ brandId: 'b1', brandName: 'Acme', profiles: [profile] }], defaultBrandId: 'b1' };
    throw new Error(`unexpected ${type}`);
  });
  const page: RepliesPage = {
    adapter,
    send: send as unknown as Send,
    doc: document,
    lang: 'en',
    lastKey: null,
    known: new Map([['x:1', { key: 'x:1', brandIds: ['b1'], lang: 'fr', author: 'Marie Dupont' }]]),
    answering: new WeakMap(),
    tone: null,
  };
  return { page, calls };
}

/** An item with its reply box (X's mobile composer, a textarea). */
function replyBox(): HTMLTextAreaElement {
  document.body.innerHTML =
    '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
  return document.querySelector('textarea')!;
}

// The user's own typing: trusted, as the browser marks it (happy-dom cannot make trusted events).
const trusted = <E extends Event>(e: E, yes = true): E => Object.defineProperty(e, 'isTrusted', { value: yes });

function type(box: HTMLTextAreaElement, value: string, isTrusted = true) {
  box.focus();
  box.value = value;
  box.setSelectionRange(value.length, value.length);
  // As the keyboard does: a key press, then the input it makes.
  if (isTrusted) box.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: value.slice(-1), bubbles: true })));
  const e = new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) });
  box.dispatchEvent(trusted(e, isTrusted));
}

function key(target: Element, k: string, isTrusted = true): KeyboardEvent {
  const e = trusted(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }), isTrusted);
  target.dispatchEvent(e);
  return e;
}

/** The kinds of problem the meter lists, read inside its root (never on its host: the page reads that). */
const kindsOf = (host: HTMLElement) => {
  expect(host.hasAttribute('data-problems')).toBe(false);
  return roots.get(host)?.querySelector<HTMLElement>('ul')?.dataset.kinds;
};

const wait = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('createMeter', () => {
  const problem = (kind: Problem['kind'], withFix: boolean): Problem => ({
    kind,
    start: 0,
    end: 3,
    message: { fr: `fr ${kind}`, en: `en ${kind}` },
    fix: withFix ? { start: 0, end: 3, text: '', label: { fr: 'Retirer', en: 'Remove' } } : undefined,
  });

  it('lists each problem in the UI language with its fix button, and says OK when there is none', () => {
    const meter = createMeter(document, 'en');
    document.documentElement.append(meter.host);
    const onFix = vi.fn();
    meter.show([problem('banned_word', true), problem('negative_tone', false)], onFix);
    const root = roots.get(meter.host)!;
    expect(kindsOf(meter.host)).toBe('banned_word negative_tone');
    expect(Array.from(root.querySelectorAll('li span')).map((s) => s.textContent)).toEqual([
      'en banned_word',
      'en negative_tone',
    ]);
    const buttons = root.querySelectorAll('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.textContent).toBe('Remove');
    buttons[0]!.click();
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ kind: 'banned_word' }));
    meter.show([], onFix);
    expect(root.querySelector('.head')!.textContent).toBe('Tone OK');
    expect(kindsOf(meter.host)).toBe('');
  });

  it('sits above the reply box, or below it when the box touches the top of the window, never over it', () => {
    const meter = createMeter(document, 'fr');
    document.documentElement.append(meter.host);
    meter.place(new DOMRect(100, 200, 300, 50));
    expect(meter.host.dataset.side).toBe('above');
    expect(parseInt(meter.host.style.top, 10)).toBeLessThan(200);
    meter.place(new DOMRect(100, 2, 300, 50));
    expect(meter.host.dataset.side).toBe('below');
    expect(parseInt(meter.host.style.top, 10)).toBeGreaterThanOrEqual(52);
  });
});

describe('startMeter', () => {
  it('judges no text a page script puts in a box: no meter without the user’s key or pointer', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    // Trusted events with no key press before them, as a page's execCommand and focus() make.
    box.value = 'Bonjour, malheureusement nous ne pouvons pas.';
    box.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    box.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' })));
    // And untrusted ones with a synthetic key press.
    box.dispatchEvent(new KeyboardEvent('keydown', { key: '.', bubbles: true }));
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }));
    await wait(250);
    expect(document.querySelector(METER_TAG)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('flags a banned word typed in a reply box after the debounce, and its fix removes it from the box', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    type(box, 'Bonjour, malheureusement nous ne pouvons pas.');
    expect(document.querySelector(METER_TAG)).toBeNull(); // debounced
    await wait(250);
    const host = document.querySelector<HTMLElement>(METER_TAG)!;
    expect(kindsOf(host)?.split(' ')).toContain('banned_word');
    const fix = roots.get(host)!.querySelector<HTMLButtonElement>('button[data-kind="banned_word"]')!;
    fix.click();
    await wait(100);
    expect(box.value.toLowerCase()).not.toContain('malheureusement');
    expect(box.value).toContain('nous ne pouvons pas');
    expect(kindsOf(host)?.split(' ')).not.toContain('banned_word');
    // The profiles were fetched once for the page.
    expect(calls.filter(([t]) => t === 'tone.forPage')).toHaveLength(1);
  });

  it('takes the keyboard focus to its first fix on request, and Escape gives it back to the box', async () => {
    const box = replyBox();
    const { page } = fakePage();
    const meter = startMeter(fakeContext() as unknown as ContentScriptContext, page);
    expect(meter.focusFix()).toBe(false); // nothing shown yet
    type(box, 'Bonjour, malheureusement nous ne pouvons pas.');
    await wait(250);
    const host = document.querySelector<HTMLElement>(METER_TAG)!;
    expect(meter.focusFix()).toBe(true);
    const fix = roots.get(host)!.querySelector<HTMLButtonElement>('button')!;
    expect(roots.get(host)!.activeElement).toBe(fix);
    await wait(300); // leaving the box for the meter does not hide it
    expect(host.hidden).toBe(false);
    fix.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.activeElement).toBe(box);
  });

  it('stays away from boxes that are not reply boxes, and hides for an empty draft', async () => {
    document.body.innerHTML =
      '<input id="search"><div class="item" data-id="1"><textarea data-testid="tweetTextarea_0"></textarea></div>';
    const { page } = fakePage();
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    const search = document.querySelector('input')!;
    search.value = 'malheureusement';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(250);
    expect(document.querySelector(METER_TAG)).toBeNull();
    const box = document.querySelector('textarea')!;
    type(box, 'malheureusement');
    await wait(250);
    expect(document.querySelector<HTMLElement>(METER_TAG)!.hidden).toBe(false);
    type(box, '');
    await wait(250);
    expect(document.querySelector<HTMLElement>(METER_TAG)!.hidden).toBe(true);
    type(box, 'malheureusement');
    await wait(250);
    expect(document.querySelector<HTMLElement>(METER_TAG)!.hidden).toBe(false);
    search.focus(); // leaving the reply box hides it
    await wait(300);
    expect(document.querySelector<HTMLElement>(METER_TAG)!.hidden).toBe(true);
  });
});

describe('startQuickInsert', () => {
  it('opens the list on "/" + a name start, moves with the arrows, inserts the filled snippet on Enter', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    type(box, 'Bonjour /mer');
    await wait();
    const list = document.querySelector<HTMLElement>(QUICK_TAG)!;
    expect(list.hidden).toBe(false);
    const root = roots.get(list)!;
    expect(Array.from(root.querySelectorAll('[role="option"]')).map((o) => o.getAttribute('data-name'))).toEqual([
      'merci',
      'mercredi',
    ]);
    // The selection lives inside the shadow root: a snippet's name never goes on the page's DOM.
    const selected = () => root.querySelector('[aria-selected="true"]')?.getAttribute('data-name');
    const said = () => root.querySelector('[role="status"]')?.textContent;
    expect(list.hasAttribute('data-selected')).toBe(false);
    expect(selected()).toBe('merci');
    expect(said()).toBe('/merci, 1 of 2');
    expect(key(box, 'ArrowDown').defaultPrevented).toBe(true);
    expect(selected()).toBe('mercredi');
    expect(said()).toBe('/mercredi, 2 of 2');
    key(box, 'ArrowUp');
    expect(selected()).toBe('merci');
    const enter = key(box, 'Enter');
    expect(enter.defaultPrevented).toBe(true); // the site never sees this Enter
    await wait(60);
    expect(box.value).toBe('Bonjour Merci Marie ! Votre commande {orderId} chez Acme est partie.');
    // The first variable left is selected, for the CM to type over.
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('{orderId}');
    expect(list.hidden).toBe(true);
    expect(calls).toContainEqual(['snippets.used', { id: 's1' }]);
    // Logged as a reply to the item whose box it went into: the box's text, from a snippet.
    expect(calls).toContainEqual(['replies.log', { key: 'x:1', text: box.value, source: 'snippet' }]);
    expect(calls.filter(([t]) => t === 'snippets.forPage')).toHaveLength(1);
  });

  it('closes on Escape, says when no snippet matches, and lets keys through when closed', async () => {
    const box = replyBox();
    const { page } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    type(box, '/zz');
    await wait();
    const list = document.querySelector<HTMLElement>(QUICK_TAG)!;
    expect(roots.get(list)!.querySelector('.empty')?.textContent).toBe('No snippet named “zz”.');
    // Said outside the listbox (it holds options only), and read out from the status.
    expect(roots.get(list)!.querySelector('[role="listbox"] .empty')).toBeNull();
    expect(roots.get(list)!.querySelector('[role="status"]')?.textContent).toBe('No snippet named “zz”.');
    expect(key(box, 'Escape').defaultPrevented).toBe(true);
    expect(list.hidden).toBe(true);
    expect(key(box, 'Enter').defaultPrevented).toBe(false);
    type(box, 'see https://acme.fr/');
    await wait();
    expect(list.hidden).toBe(true);
    expect(box.value).toBe('see https://acme.fr/');
  });

  it('inserts with a click on a snippet too, and Tab picks like Enter', async () => {
    const box = replyBox();
    const { page } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    type(box, '/mercr');
    await wait();
    expect(key(box, 'Tab').defaultPrevented).toBe(true);
    await wait(60);
    expect(box.value).toBe('À mercredi !');
    type(box, 'Oui /merci');
    await wait();
    const list = document.querySelector<HTMLElement>(QUICK_TAG)!;
    roots.get(list)!.querySelector<HTMLElement>('[data-name="merci"]')!.click();
    await wait(60);
    expect(box.value).toBe('Oui Merci Marie ! Votre commande {orderId} chez Acme est partie.');
  });
});

describe('startQuickInsert against a page script', () => {
  it('ignores synthetic events: a page typing "/mer" + Enter gets no list, no snippet and no request', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    type(box, 'Bonjour /mer', false);
    await wait();
    expect(document.querySelector(QUICK_TAG)).toBeNull();
    expect(key(box, 'Enter', false).defaultPrevented).toBe(false);
    await wait(60);
    expect(box.value).toBe('Bonjour /mer');
    expect(calls).toEqual([]);
  });

  it('ignores a trusted input with no key pressed before it (a page script’s execCommand makes those)', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    box.focus();
    box.value = 'Bonjour /mer';
    box.setSelectionRange(box.value.length, box.value.length);
    box.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'r' })));
    await wait();
    expect(document.querySelector(QUICK_TAG)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('lets a page script neither move nor pick in a list the user opened', async () => {
    const box = replyBox();
    const { page, calls } = fakePage();
    startQuickInsert(fakeContext() as unknown as ContentScriptContext, page);
    type(box, 'Bonjour /mer');
    await wait();
    const list = document.querySelector<HTMLElement>(QUICK_TAG)!;
    expect(list.hidden).toBe(false);
    const selected = () => roots.get(list)!.querySelector('[aria-selected="true"] .name')?.textContent;
    expect(key(box, 'ArrowDown', false).defaultPrevented).toBe(false);
    expect(selected()).toBe('/merci');
    expect(key(box, 'Enter', false).defaultPrevented).toBe(false);
    await wait(60);
    expect(box.value).toBe('Bonjour /mer');
    expect(calls.filter(([t]) => t === 'snippets.used')).toEqual([]);
  });
});

describe('the card’s suggestions section', () => {
  const REPLIES = [
    'Merci Marie ! Nous regardons cela.',
    'Bonjour Marie, écrivez-nous en privé.',
    'Merci pour votre retour.',
  ];

  function pageWith(send: (type: string, payload: unknown) => Promise<unknown>) {
    const { page } = fakePage();
    page.send = vi.fn(send) as unknown as Send;
    return page;
  }

  it('lists the replies with Insert and Copy; Insert writes into THIS item’s box and logs the reply', async () => {
    document.body.innerHTML =
      '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>' +
      '<div class="item" data-id="2"><p>@acme aussi</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
    const logged: unknown[] = [];
    const page = pageWith(async (type, payload) => {
      if (type === 'suggest.forItem')
        return {
          found: true,
          // The second one is built from a team snippet: logged as a snippet's text.
          replies: REPLIES.map((text, i) => ({ text, snippet: i === 1 ? 's1' : null })),
          lang: 'fr',
          brandName: 'Acme',
          shortcut: 'Alt+Shift+R',
        };
      if (type === 'replies.log') return (logged.push(payload), { logged: true });
      throw new Error(type);
    });
    const loaded = vi.fn();
    const section = buildSection(document, 'x:2', page, loaded);
    document.body.append(section);
    await wait();
    expect(loaded).toHaveBeenCalledWith(3);
    expect(Array.from(section.querySelectorAll('li p')).map((p) => p.textContent)).toEqual(REPLIES);
    expect(section.querySelector('[role="status"]')!.textContent).toBe(
      'Shortcut: Alt+Shift+R inserts the first reply.',
    );
    expect(
      Array.from(section.querySelectorAll('li:first-child button')).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Insert reply 1 into the reply box of this post', 'Copy reply 1']);
    section.querySelectorAll<HTMLButtonElement>('button[data-action="insert"]')[1]!.click();
    await wait(100);
    const [box1, box2] = Array.from(document.querySelectorAll('textarea'));
    expect(box1!.value).toBe('');
    expect(box2!.value).toBe(REPLIES[1]);
    expect(logged).toEqual([{ key: 'x:2', text: REPLIES[1], source: 'snippet' }]);
    section.querySelectorAll<HTMLButtonElement>('button[data-action="insert"]')[0]!.click();
    await wait(100);
    expect(logged[1]).toEqual({ key: 'x:2', text: REPLIES[0], source: 'suggestion' });
    expect(page.lastKey).toBe('x:2');
    expect(section.querySelector('[role="status"]')!.textContent).toBe(
      'Reply inserted. Check it, then post it yourself.',
    );
  });

  it('says what went wrong and offers to try again; keys other than Escape do not reach the site', async () => {
    document.body.innerHTML = '<div class="item" data-id="1"><p>@acme</p></div>';
    let fail = true;
    const page = pageWith(async () => {
      if (fail) throw new Error('background restarting');
      return { found: true, replies: [{ text: REPLIES[0], snippet: null }], lang: 'fr', brandName: 'Acme' };
    });
    const section = buildSection(document, 'x:1', page);
    document.body.append(section);
    await wait();
    expect(section.querySelector('[role="status"]')!.textContent).toBe(
      'Could not get suggestions: background restarting',
    );
    const siteKeys = vi.fn();
    document.body.addEventListener('keydown', siteKeys);
    section.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    section.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(siteKeys.mock.calls.map(([e]) => (e as KeyboardEvent).key)).toEqual(['Escape']);
    fail = false;
    section.querySelector('button')!.click();
    await wait();
    expect(section.querySelectorAll('li p')).toHaveLength(1);
  });

  it('says when Tact has not stored the item, and when no reply fits', async () => {
    const unknown = buildSection(
      document,
      'x:9',
      pageWith(async () => ({ found: false, replies: [], lang: 'en', brandName: '' })),
    );
    const none = buildSection(
      document,
      'x:9',
      pageWith(async () => ({ found: true, replies: [], lang: 'en', brandName: 'Acme' })),
    );
    await wait();
    expect(unknown.querySelector('[role="status"]')!.textContent).toMatch(/has not stored this mention yet/);
    expect(none.querySelector('[role="status"]')!.textContent).toMatch(/No reply fits/);
  });
});

describe('insertFirstSuggestion (the keyboard command)', () => {
  const reply = {
    found: true,
    replies: [{ text: 'Merci Marie !', snippet: null }],
    lang: 'fr',
    brandName: 'Acme',
    shortcut: null,
  };

  it('answers the item whose reply box has the focus, before the last opened card', async () => {
    document.body.innerHTML =
      '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>' +
      '<div class="item" data-id="2"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
    const { page } = fakePage();
    const asked: unknown[] = [];
    const logged: unknown[] = [];
    page.send = vi.fn(async (type: string, payload: unknown) =>
      type === 'suggest.forItem' ? (asked.push(payload), reply) : (logged.push(payload), { logged: true }),
    ) as unknown as Send;
    page.lastKey = 'x:1';
    document.querySelectorAll('textarea')[1]!.focus();
    expect(await insertFirstSuggestion(page)).toEqual({ inserted: true, reason: 'ok' });
    expect(asked).toEqual([{ key: 'x:2' }]);
    expect(Array.from(document.querySelectorAll('textarea')).map((t) => t.value)).toEqual(['', 'Merci Marie !']);
    expect(logged).toEqual([{ key: 'x:2', text: 'Merci Marie !', source: 'suggestion' }]);
  });

  it('falls back to the last opened card; says so in the page when there is none or the background fails', async () => {
    document.body.innerHTML =
      '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
    const { page } = fakePage();
    page.send = vi.fn(async () => {
      throw new Error('no background');
    }) as unknown as Send;
    expect(await insertFirstSuggestion(page)).toEqual({ inserted: false, reason: 'no_item' });
    expect(document.querySelector('tact-toast')?.getAttribute('data-message')).toMatch(/open a mention’s card/);
    page.lastKey = 'x:1';
    expect(await insertFirstSuggestion(page)).toEqual({ inserted: false, reason: 'no_suggestion' });
    expect(document.querySelector('tact-toast')?.getAttribute('data-message')).toBe(
      'Could not get suggestions: no background',
    );
  });
});
