// "Rewrite with AI" in the page with a fake background: nothing offered or sent while AI is off; on,
// each card suggestion can be rewritten (progress, re-checked problems listed, Insert/Copy on the new
// text, Undo back), errors said in the UI language; the tone meter rewrites the draft in the box and
// its Undo puts the draft back.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { MessageError } from '../../utils/messaging/client';
import { aiStatus } from '../../utils/tone/page/ai-rewrite';
import { METER_TAG } from '../../utils/tone/page/meter';
import { startMeter } from '../../utils/tone/page/meter-wiring';
import type { RepliesPage, Send } from '../../utils/tone/page/replies';
import { buildSection } from '../../utils/tone/page/suggestions';
import type { Adapter } from '../../utils/platforms/types';

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
  for (const el of document.documentElement.querySelectorAll(`${METER_TAG}, tact-toast`)) el.remove();
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
const REPLIES = [
  'Merci Marie ! Nous regardons cela.',
  'Bonjour Marie, écrivez-nous en privé.',
  'Merci pour votre retour.',
];
const REWRITTEN = 'Bonjour Marie, merci de votre message : nous vérifions votre commande.';
const TOO_LONG = {
  kind: 'too_long' as const,
  start: 0,
  end: 10,
  message: { fr: 'Trop long pour X (300 / 280).', en: 'Too long for X (300 / 280).' },
};

type Handler = (payload: any) => unknown;

/** A page whose background answers with `handlers` (by message type) and records every call. */
function fakePage(handlers: Record<string, Handler>, lang: 'fr' | 'en' = 'en') {
  const calls: Array<[string, any]> = [];
  const send = vi.fn(async (type: string, payload: unknown) => {
    calls.push([type, payload]);
    const h = handlers[type];
    if (!h) throw new Error(`unexpected ${type}`);
    return h(payload);
  });
  const page: RepliesPage = {
    adapter,
    send: send as unknown as Send,
    doc: document,
    lang,
    lastKey: null,
    known: new Map([['x:1', { key: 'x:1', brandIds: ['b1'], lang: 'fr', author: 'Marie Dupont' }]]),
    answering: new WeakMap(),
    tone: null,
  };
  return { page, calls, sent: (type: string) => calls.filter(([t]) => t === type).map(([, p]) => p) };
}

const base: Record<string, Handler> = {
  'suggest.forItem': () => ({
    found: true,
    replies: REPLIES.map((text) => ({ text, snippet: null })),
    lang: 'fr',
    brandName: 'Acme',
    shortcut: null,
  }),
  'replies.log': () => ({ logged: true }),
  'tone.forPage': () => ({ brands: [{ brandId: 'b1', brandName: 'Acme', profiles: [profile] }], defaultBrandId: 'b1' }),
};
const on = { 'ai.status': () => ({ active: true, provider: 'openai' }) };
const off = { 'ai.status': () => ({ active: false, provider: null }) };

const wait = (ms = 30) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

function card(page: RepliesPage) {
  document.body.innerHTML =
    '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
  const section = buildSection(document, 'x:1', page);
  document.body.append(section);
  return section;
}
const texts = (section: HTMLElement) =>
  Array.from(section.querySelectorAll(':scope > ol > li > p')).map((p) => p.textContent);
const row = (section: HTMLElement, n: number) => section.querySelectorAll<HTMLElement>(':scope > ol > li')[n]!;
const status = (section: HTMLElement) => section.querySelector(':scope > [role="status"]')!.textContent;

describe('"Rewrite with AI" on the card’s suggestions', () => {
  it('offers nothing and sends nothing while AI rewriting is off', async () => {
    const { page, calls } = fakePage({ ...base, ...off, 'ai.rewrite': () => ({}) });
    const section = card(page);
    await until(() => section.dataset.state === 'ok');
    await wait();
    expect(texts(section)).toEqual(REPLIES);
    expect(section.querySelector('[data-action="ai"]')).toBeNull();
    expect(section.querySelector('.ai-hint')).toBeNull();
    expect(calls.map(([t]) => t)).not.toContain('ai.rewrite');
  });

  it('asks whether AI is on once per page, and again (on a card opening) only while it is off', async () => {
    let active = false;
    const { page, sent } = fakePage({ 'ai.status': () => ({ active, provider: active ? 'builtin' : null }) });
    expect(await aiStatus(page)).toEqual({ active: false, provider: null });
    expect(await aiStatus(page)).toEqual({ active: false, provider: null });
    expect(sent('ai.status')).toHaveLength(1);
    active = true;
    expect(await aiStatus(page, true)).toEqual({ active: true, provider: 'builtin' });
    expect(await aiStatus(page, true)).toEqual({ active: true, provider: 'builtin' });
    expect(sent('ai.status')).toHaveLength(2);
  });

  it(
    'rewrites one suggestion: progress, the re-checked problems listed, ' + 'Insert on the new text, Undo back',
    async () => {
      let answer!: (v: unknown) => void;
      const { page, sent } = fakePage({
        ...base,
        ...on,
        'ai.rewrite': () => new Promise((r) => (answer = r)),
      });
      const section = card(page);
      await until(() => section.querySelectorAll('[data-action="ai"]').length === 3);
      expect(section.querySelector('.ai-hint')!.textContent).toBe(
        'Sends this reply’s text and the tone rules to the OpenAI-compatible service. Nothing else from the page.',
      );
      const button = row(section, 1).querySelector<HTMLButtonElement>('[data-action="ai"]')!;
      expect(button.textContent).toBe('Rewrite with AI');
      expect(button.title).toContain('Sends this reply’s text and the tone rules to');
      expect(button.getAttribute('aria-label')).toBe('Rewrite reply 2 with AI');

      button.click();
      await until(() => sent('ai.rewrite').length === 1);
      expect(sent('ai.rewrite')[0]).toEqual({ text: REPLIES[1], platform: 'x', lang: 'fr', brandId: 'b1' });
      expect(row(section, 1).getAttribute('aria-busy')).toBe('true');
      expect(button.textContent).toBe('Rewriting…');
      expect(button.getAttribute('aria-disabled')).toBe('true');
      button.click(); // a second click while busy sends nothing more
      await wait();
      expect(sent('ai.rewrite')).toHaveLength(1);

      answer({ text: REWRITTEN, problems: [TOO_LONG], fixed: ['banned_word'], provider: 'openai', profile: 'Acme FR' });
      await until(() => row(section, 1).dataset.ai === 'rewritten');
      expect(texts(section)).toEqual([REPLIES[0], REWRITTEN, REPLIES[2]]);
      expect(row(section, 1).hasAttribute('aria-busy')).toBe(false);
      expect(button.textContent).toBe('Rewrite with AI');
      expect(button.hasAttribute('aria-disabled')).toBe(false);
      const note = row(section, 1).querySelector('.ai-note')!;
      expect(note.textContent).toContain('Still against the tone:');
      expect(Array.from(note.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
        'Too long for X (300 / 280).',
      ]);
      expect(status(section)).toMatch(/^Rewritten with AI; fixed automatically: /);

      row(section, 1).querySelector<HTMLButtonElement>('[data-action="insert"]')!.click();
      await until(() => sent('replies.log').length === 1);
      expect(document.querySelector('textarea')!.value).toBe(REWRITTEN);
      expect(sent('replies.log')[0]).toEqual({ key: 'x:1', text: REWRITTEN, source: 'ai' });

      const undo = row(section, 1).querySelector<HTMLButtonElement>('[data-action="undo"]')!;
      expect(undo.hidden).toBe(false);
      undo.click();
      expect(texts(section)).toEqual(REPLIES);
      expect(undo.hidden).toBe(true);
      expect((row(section, 1).querySelector('.ai-note') as HTMLElement).hidden).toBe(true);
      expect(status(section)).toBe('Back to the original reply.');
      row(section, 1).querySelector<HTMLButtonElement>('[data-action="insert"]')!.click();
      await until(() => sent('replies.log').length === 2);
      expect(sent('replies.log')[1]).toEqual({ key: 'x:1', text: REPLIES[1], source: 'suggestion' });
    },
  );

  it('says when nothing goes against the tone', async () => {
    const { page } = fakePage({
      ...base,
      ...on,
      'ai.rewrite': () => ({ text: REWRITTEN, problems: [], fixed: [], provider: 'openai', profile: 'Acme FR' }),
    });
    const section = card(page);
    await until(() => section.querySelectorAll('[data-action="ai"]').length === 3);
    row(section, 0).querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
    await until(() => row(section, 0).dataset.ai === 'rewritten');
    expect(row(section, 0).querySelector('.ai-note')!.textContent).toBe('Nothing goes against the tone.');
    expect(status(section)).toBe('Rewritten with AI and checked against the tone.');
  });

  it(
    'shows an error in the UI language, with the background’s explanation when it gives one; the suggestion is ' +
      'kept',
    async () => {
      const detail = { fr: 'Le service a refusé la clé d’API (401).', en: 'The service refused the API key (401).' };
      let fail: unknown = new MessageError({ code: 'failed', message: 'ai.error.unauthorized', detail });
      const { page } = fakePage({ ...base, ...on, 'ai.rewrite': () => Promise.reject(fail) }, 'fr');
      const section = card(page);
      await until(() => section.querySelectorAll('[data-action="ai"]').length === 3);
      expect(row(section, 0).querySelector('[data-action="ai"]')!.textContent).toBe('Réécrire avec l’IA');
      row(section, 0).querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
      await until(() => status(section)!.startsWith('La réécriture'));
      expect(status(section)).toBe('La réécriture par l’IA a échoué : Le service a refusé la clé d’API (401).');
      expect(row(section, 0).querySelector('.ai-note')!.textContent).toBe(status(section));
      expect(texts(section)).toEqual(REPLIES);
      expect(row(section, 0).querySelector<HTMLButtonElement>('[data-action="undo"]')!.hidden).toBe(true);

      fail = new MessageError({ code: 'failed', message: 'ai.error.disabled' });
      row(section, 0).querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
      await until(() => status(section)!.endsWith('désactivée.'));
      expect(status(section)).toBe('La réécriture par l’IA a échoué : La réécriture par IA est désactivée.');
    },
  );
});

function replyBox(): HTMLTextAreaElement {
  document.body.innerHTML =
    '<div class="item" data-id="1"><p>@acme</p><textarea data-testid="tweetTextarea_0"></textarea></div>';
  return document.querySelector('textarea')!;
}
function type(box: HTMLTextAreaElement, value: string) {
  box.focus();
  box.value = value;
  box.setSelectionRange(value.length, value.length);
  // As the keyboard does: a trusted key press, then the input (the meter waits for the user's key).
  const key = new KeyboardEvent('keydown', { key: value.slice(-1), bubbles: true });
  box.dispatchEvent(Object.defineProperty(key, 'isTrusted', { value: true }));
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
}
const meterRoot = () => roots.get(document.querySelector(METER_TAG)!)!;
/** The kinds of problem the meter lists, inside its closed root (the page reads the host, never these). */
const meterKinds = () => {
  const host = document.querySelector(METER_TAG);
  return host ? roots.get(host)?.querySelector<HTMLElement>('ul')?.dataset.kinds : undefined;
};

describe('"Rewrite draft with AI" in the tone meter', () => {
  const DRAFT = 'Bonjour, malheureusement nous regardons ta commande.';

  it('is not offered, and nothing is sent, while AI rewriting is off', async () => {
    const box = replyBox();
    const { page, calls } = fakePage({ ...base, ...off, 'ai.rewrite': () => ({}) });
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    type(box, DRAFT);
    await until(() => !!meterKinds());
    await wait(50);
    expect(meterRoot().querySelector('.ai')).toBeNull();
    expect(meterRoot().querySelector('[data-action="ai"]')).toBeNull();
    expect(document.querySelector(METER_TAG)!.hasAttribute('data-ai')).toBe(false);
    expect(calls.map(([t]) => t)).not.toContain('ai.rewrite');
  });

  it('rewrites the draft in the box (checked by read-back), and its Undo puts the draft back', async () => {
    const box = replyBox();
    const { page, sent } = fakePage({
      ...base,
      ...on,
      'ai.rewrite': () => ({
        text: REWRITTEN,
        problems: [],
        fixed: ['banned_word'],
        provider: 'openai',
        profile: 'Acme FR',
      }),
    });
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    type(box, DRAFT);
    await until(() => document.querySelector(METER_TAG)?.hasAttribute('data-ai') ?? false);
    const root = meterRoot();
    const button = root.querySelector<HTMLButtonElement>('[data-action="ai"]')!;
    expect(button.textContent).toBe('Rewrite draft with AI');
    expect(button.title).toBe(
      'Sends your draft and the tone rules to the OpenAI-compatible service. Nothing else from the page.',
    );
    expect(root.querySelector<HTMLButtonElement>('[data-action="ai-undo"]')!.hidden).toBe(true);
    button.click();
    await until(() => box.value === REWRITTEN);
    expect(sent('ai.rewrite')).toEqual([{ text: DRAFT, platform: 'x', lang: 'fr', brandId: 'b1' }]);
    // The rewritten draft is a reply to the box's item, from AI.
    await until(() => sent('replies.log').length === 1);
    expect(sent('replies.log')).toEqual([{ key: 'x:1', text: REWRITTEN, source: 'ai' }]);
    const undo = root.querySelector<HTMLButtonElement>('[data-action="ai-undo"]')!;
    await until(() => !undo.hidden);
    expect(root.querySelector('.ai [role="status"]')!.textContent).toBe(
      'Draft rewritten with AI. Undo puts your text back.',
    );
    // The meter checks the new text again.
    await until(() => !meterKinds()!.includes('banned_word'));
    undo.click();
    await until(() => box.value === DRAFT);
    await until(() => root.querySelector('.ai [role="status"]')!.textContent === 'Your draft is back.');
    expect(undo.hidden).toBe(true);
  });

  it('keeps the draft and says why when the rewrite fails, or when the CM typed meanwhile', async () => {
    const box = replyBox();
    let answer: () => unknown = () => Promise.reject(new MessageError({ code: 'failed', message: 'ai.error.timeout' }));
    const { page } = fakePage({ ...base, ...on, 'ai.rewrite': () => answer() });
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    type(box, DRAFT);
    await until(() => document.querySelector(METER_TAG)?.hasAttribute('data-ai') ?? false);
    const root = meterRoot();
    const note = () => root.querySelector('.ai [role="status"]')!.textContent;
    root.querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
    await until(() => note()!.startsWith('The AI rewrite failed'));
    expect(note()).toBe('The AI rewrite failed: The service did not answer in time.');
    expect(box.value).toBe(DRAFT);

    answer = () => {
      type(box, `${DRAFT} Merci`);
      return { text: REWRITTEN, problems: [], fixed: [], provider: 'openai', profile: null };
    };
    root.querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
    await until(() => note() === 'You typed while the AI was rewriting: your draft was kept as it is.');
    expect(box.value).toBe(`${DRAFT} Merci`);
  });

  it('refuses a draft longer than the rewrite takes, without sending or cutting it', async () => {
    const box = replyBox();
    const { page, sent } = fakePage({
      ...base,
      ...on,
      'ai.rewrite': () => ({ text: REWRITTEN, problems: [], fixed: [], provider: 'openai', profile: null }),
    });
    startMeter(fakeContext() as unknown as ContentScriptContext, page);
    const long = `Bonjour, nous regardons votre commande. ${'a'.repeat(5000)}`;
    type(box, long);
    await until(() => document.querySelector(METER_TAG)?.hasAttribute('data-ai') ?? false);
    const root = meterRoot();
    root.querySelector<HTMLButtonElement>('[data-action="ai"]')!.click();
    await until(() => root.querySelector('.ai [role="status"]')!.textContent !== '');
    expect(root.querySelector('.ai [role="status"]')!.textContent).toBe(
      'Too long to rewrite with AI (more than 5000 characters). Nothing was sent.',
    );
    expect(sent('ai.rewrite')).toHaveLength(0);
    expect(box.value).toBe(long);
  });
});
