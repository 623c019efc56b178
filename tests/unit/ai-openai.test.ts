// The OpenAI-compatible provider and the ai.* routes against a real HTTP server on loopback.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiProvider, endpointUrl } from '../../utils/tone/core/ai/openai';
import { rewriteChecked } from '../../utils/tone/core/ai/rewrite';
import { AiError } from '../../utils/tone/core/ai/types';
import { toneProfileSchema } from '../../utils/tone/core/profile';
import { createHandlers } from '../../utils/background/handlers';
import { TactDB } from '../../utils/db/schema';
import { createRouter, type SenderInfo } from '../../utils/messaging/router';
import { completion, startFakeEndpoint, status, type FakeEndpoint } from '../support/fake-openai';

const ACME = toneProfileSchema.parse({
  name: 'Acme FR',
  language: 'fr',
  address: 'vous',
  formality: 4,
  emoji: 'none',
  signature: "— L'équipe Acme",
  banned: ['malheureusement'],
  maxLength: { x: 280 },
});
const REQ = { text: 'Salut, on regarde ça.', profile: ACME, platform: 'x' as const, lang: 'fr' as const };

let fake: FakeEndpoint;
beforeAll(async () => {
  fake = await startFakeEndpoint();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.received.length = 0;
});

async function errorOf(p: Promise<unknown>): Promise<AiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AiError);
  return e as AiError;
}

describe('createOpenAiProvider', () => {
  it('posts the tone instructions and the draft to {base}/chat/completions, the key as bearer token', async () => {
    fake.answer(completion("Bonjour, nous regardons cela tout de suite.\n— L'équipe Acme"));
    const provider = createOpenAiProvider({ baseUrl: fake.baseUrl + '/', model: 'tiny', apiKey: 'sk-test' });
    const out = await provider.rewrite(REQ);
    expect(out.text).toBe("Bonjour, nous regardons cela tout de suite.\n— L'équipe Acme");
    expect(fake.received).toHaveLength(1);
    const r = fake.received[0]!;
    expect(r.method).toBe('POST');
    expect(r.url).toBe('/v1/chat/completions');
    expect(r.headers.authorization).toBe('Bearer sk-test');
    const body = r.body as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('tiny');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0]!.content).toContain('"malheureusement"');
    expect(body.messages[1]!.content).toContain('Salut, on regarde ça.');
  });

  it('sends no Authorization header without a key', async () => {
    fake.answer(completion('Bonjour'));
    await createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny' }).rewrite(REQ);
    expect(fake.received[0]!.headers.authorization).toBeUndefined();
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not_found'],
    [429, 'rate_limited'],
    [500, 'server'],
    [418, 'http'],
  ] as const)('turns HTTP %i into %s, explained in French and English', async (code, expected) => {
    fake.answer(status(code, '{"error":{"message":"server says no"}}', code === 429 ? { 'retry-after': '7' } : {}));
    const e = await errorOf(createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'bad' }).rewrite(REQ));
    expect(e.code).toBe(expected);
    expect(e.message).toBe(`ai.error.${expected}`);
    expect(e.detail.en).toContain(String(code));
    expect(e.detail.fr).toContain(String(code));
    expect(e.detail.en).toContain('server says no');
    if (code === 429) expect(e.detail.en).toContain('try again in 7 s');
    // The key is never echoed in an error.
    expect(JSON.stringify(e.detail)).not.toContain('bad"');
  });

  it('never repeats the key a server echoes in its error', async () => {
    fake.answer(status(401, '{"error":{"message":"Incorrect API key provided: sk-very-secret-123"}}'));
    const e = await errorOf(
      createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'sk-very-secret-123' }).rewrite(REQ),
    );
    expect(e.detail.en).toContain('Incorrect API key provided: •••');
    expect(JSON.stringify(e.detail) + e.message).not.toContain('sk-very-secret-123');
  });

  it('gives up after the timeout', async () => {
    fake.answer(async (_req, res) => {
      await new Promise((r) => setTimeout(r, 1500));
      completion('late')(_req, res);
    });
    const e = await errorOf(
      createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny', timeoutMs: 200 }).rewrite(REQ),
    );
    expect(e.code).toBe('timeout');
  });

  it.each([
    ['not json', 'this is not { json'],
    ['the wrong shape', '{"result":"Bonjour"}'],
    ['no choices', '{"choices":[]}'],
  ])('rejects %s as a bad response', async (_name, body) => {
    fake.answer(status(200, body));
    const e = await errorOf(createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny' }).rewrite(REQ));
    expect(e.code).toBe('bad_response');
  });

  it('reports an unreachable endpoint as a network error', async () => {
    const closed = await startFakeEndpoint();
    await closed.close();
    const e = await errorOf(createOpenAiProvider({ baseUrl: closed.baseUrl, model: 'tiny' }).rewrite(REQ));
    expect(e.code).toBe('network');
  });

  it('needs an address and a model', async () => {
    const e = await errorOf(createOpenAiProvider({ baseUrl: '', model: '' }).rewrite(REQ));
    expect(e.code).toBe('not_configured');
    expect(fake.received).toHaveLength(0);
  });

  it('joins the base and the path whatever the trailing slash', () => {
    expect(endpointUrl('http://127.0.0.1:1234/v1/', 'chat/completions')).toBe(
      'http://127.0.0.1:1234/v1/chat/completions',
    );
    expect(endpointUrl('https://api.example.com/v1', 'chat/completions')).toBe(
      'https://api.example.com/v1/chat/completions',
    );
  });
});

describe('rewriteChecked with the OpenAI-compatible provider', () => {
  it('removes a banned word the model used and adds the missing signature', async () => {
    fake.answer(completion('Bonjour, malheureusement nous ne livrons pas le dimanche.'));
    const out = await rewriteChecked(createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny' }), REQ);
    expect(out.text).toBe("Bonjour, nous ne livrons pas le dimanche.\n— L'équipe Acme");
    expect(out.problems).toEqual([]);
    expect(out.fixed).toEqual(expect.arrayContaining(['banned_word', 'missing_signature']));
    expect(out.provider).toBe('openai');
    // Fixed without asking the model again.
    expect(fake.received).toHaveLength(1);
  });

  it('flags what it cannot fix, after one more try that tells the model what was wrong', async () => {
    const long = `Bonjour, ${'nous regardons votre commande. '.repeat(12)}\n— L'équipe Acme`;
    fake.answer(completion(long));
    const out = await rewriteChecked(createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny' }), REQ);
    expect(out.text).toBe(long);
    expect(out.problems.map((p) => p.kind)).toEqual(['too_long']);
    expect(fake.received).toHaveLength(2);
    const second = (fake.received[1]!.body as { messages: { content: string }[] }).messages[1]!.content;
    expect(second).toContain('Too long for X');
  });

  it('keeps the better of the two answers', async () => {
    let n = 0;
    fake.answer((req, res) =>
      completion(
        n++ === 0 ? `Bonjour, ${'texte '.repeat(80)}\n— L'équipe Acme` : "Bonjour, c'est noté.\n— L'équipe Acme",
      )(req, res),
    );
    const out = await rewriteChecked(createOpenAiProvider({ baseUrl: fake.baseUrl, model: 'tiny' }), REQ);
    expect(out.text).toBe("Bonjour, c'est noté.\n— L'équipe Acme");
    expect(out.problems).toEqual([]);
  });
});

describe('ai.* routes', () => {
  const EXT = { extensionId: 'tact-id', extensionOrigin: 'chrome-extension://tact-id/' };
  const page: SenderInfo = { id: 'tact-id', url: 'chrome-extension://tact-id/options.html' };
  const content: SenderInfo = { id: 'tact-id', url: 'https://x.com/home', tab: { id: 7, url: 'https://x.com/home' } };
  let db: TactDB;
  let handle: ReturnType<typeof createRouter>;
  beforeEach(() => {
    db = new TactDB(`ai-${Math.random()}`);
    handle = createRouter(
      createHandlers(db, {
        setBadge: async () => {},
        notify: async () => {},
        revealInTab: async () => false,
        openTab: async () => {},
      }),
      EXT,
    );
  });
  afterEach(() => db.delete());

  const rewrite = (sender: SenderInfo = content) =>
    handle({ type: 'ai.rewrite', payload: { text: 'Salut, on regarde.', platform: 'x', lang: 'fr' } }, sender);

  it('is off by default and sends nothing while off, even with an endpoint saved', async () => {
    expect(await handle({ type: 'ai.settings.get', payload: {} }, page)).toMatchObject({
      ok: true,
      data: { enabled: false, provider: 'none', hasApiKey: false },
    });
    expect(await rewrite()).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'ai.error.disabled', detail: { en: expect.stringContaining('turned off') } },
    });
    await handle(
      {
        type: 'ai.settings.set',
        payload: { provider: 'openai', baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'sk-1' },
      },
      page,
    );
    expect(await rewrite(page)).toMatchObject({ ok: false, error: { message: 'ai.error.disabled' } });
    expect(await handle({ type: 'ai.test', payload: {} }, page)).toMatchObject({
      ok: false,
      error: { message: 'ai.error.disabled' },
    });
    expect(fake.received).toHaveLength(0);
  });

  it('rewrites with the stored tone profile once enabled, and never hands the key to a page', async () => {
    await db.table('toneProfiles').put({ id: 't1', brandId: 'b1', name: ACME.name, data: ACME, updatedAt: 1 });
    const saved = await handle(
      {
        type: 'ai.settings.set',
        payload: { enabled: true, provider: 'openai', baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'sk-secret' },
      },
      page,
    );
    expect(saved).toMatchObject({ ok: true, data: { enabled: true, hasApiKey: true } });
    expect(JSON.stringify(saved)).not.toContain('sk-secret');
    fake.answer(completion('Bonjour, malheureusement on regarde ça.'));
    const res = await handle(
      { type: 'ai.rewrite', payload: { text: 'Salut, on regarde.', platform: 'x', lang: 'fr', brandId: 'b1' } },
      content,
    );
    expect(res).toEqual({
      ok: true,
      data: {
        text: "Bonjour, on regarde ça.\n— L'équipe Acme",
        problems: [],
        fixed: ['banned_word', 'missing_signature'],
        provider: 'openai',
        profile: 'Acme FR',
      },
    });
    expect(fake.received[0]!.headers.authorization).toBe('Bearer sk-secret');
    // Only the draft and the tone rules went out.
    const sent = JSON.stringify(fake.received[0]!.body);
    expect(sent).toContain('Salut, on regarde.');
  });

  it('follows the profile in the request’s language, of the page’s default brand, else its default', async () => {
    const seen: Array<{ name: string; signature: string; language: string; address?: string; languages?: string[] }> =
      [];
    const withRunner = createRouter(
      createHandlers(db, {
        setBadge: async () => {},
        notify: async () => {},
        revealInTab: async () => false,
        openTab: async () => {},
        ai: { runBuiltin: async (req) => (seen.push(req.profile as (typeof seen)[number]), { text: req.text }) },
      }),
      EXT,
    );
    await handle({ type: 'ai.settings.set', payload: { enabled: true, provider: 'builtin' } }, page);
    const brand = (id: string, name: string) => ({
      id,
      name,
      aliases: [],
      products: [],
      languages: ['fr', 'en'],
      updatedAt: 1,
    });
    await db.table('brands').bulkPut([brand('b-acme', 'Acme'), brand('b-zeta', 'Zeta')]);
    const EN = toneProfileSchema.parse({ name: 'Acme EN', language: 'en', signature: '— The Acme team' });
    // Zeta's (a subscribed kit's, say) profile is the newest: it must not win for a request naming no brand.
    const ZETA = toneProfileSchema.parse({ name: 'Zeta FR', language: 'fr' });
    await db.table('toneProfiles').bulkPut([
      { id: 'acme-fr', brandId: 'b-acme', name: ACME.name, data: ACME, updatedAt: 1 },
      { id: 'acme-en', brandId: 'b-acme', name: EN.name, data: EN, updatedAt: 2 },
      { id: 'zeta-fr', brandId: 'b-zeta', name: ZETA.name, data: ZETA, updatedAt: 3 },
    ]);
    const ask = (lang: 'fr' | 'en', brandId?: string) =>
      withRunner({ type: 'ai.rewrite', payload: { text: 'On regarde.', platform: 'x', lang, brandId } }, content);
    expect(await ask('fr')).toMatchObject({ ok: true, data: { profile: 'Acme FR' } });
    expect(await ask('en')).toMatchObject({ ok: true, data: { profile: 'Acme EN' } });
    expect(await ask('fr', 'b-zeta')).toMatchObject({ ok: true, data: { profile: 'Zeta FR' } });
    expect(seen.map((p) => p.language)).toEqual(['fr', 'en', 'fr']);
    // A brand without a profile: the app's default one (signed, vous in French, in the brand's languages).
    await db.table('toneProfiles').clear();
    expect(await ask('fr')).toMatchObject({ ok: true, data: { profile: null } });
    expect(seen.at(-1)).toMatchObject({
      name: 'Acme FR',
      language: 'fr',
      address: 'vous',
      signature: '— L’équipe Acme',
      languages: ['fr', 'en'],
    });
  });

  it('tells pages and content scripts whether AI rewriting is on, and nothing more', async () => {
    expect(await handle({ type: 'ai.status', payload: {} }, content)).toEqual({
      ok: true,
      data: { active: false, provider: null },
    });
    await handle(
      {
        type: 'ai.settings.set',
        payload: { provider: 'openai', baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'sk-1' },
      },
      page,
    );
    expect(await handle({ type: 'ai.status', payload: {} }, content)).toEqual({
      ok: true,
      data: { active: false, provider: null },
    });
    await handle({ type: 'ai.settings.set', payload: { enabled: true } }, page);
    expect(await handle({ type: 'ai.status', payload: {} }, content)).toEqual({
      ok: true,
      data: { active: true, provider: 'openai' },
    });
  });

  it('keeps the key when a patch leaves it out, and removes it on an empty one', async () => {
    await handle({ type: 'ai.settings.set', payload: { apiKey: 'sk-1' } }, page);
    expect(await handle({ type: 'ai.settings.set', payload: { model: 'm' } }, page)).toMatchObject({
      data: { hasApiKey: true, model: 'm' },
    });
    expect(await handle({ type: 'ai.settings.set', payload: { apiKey: '' } }, page)).toMatchObject({
      data: { hasApiKey: false },
    });
  });

  it('drops the stored key when the endpoint moves to another origin, keeps it on a new path', async () => {
    const set = (payload: Record<string, unknown>) => handle({ type: 'ai.settings.set', payload }, page);
    await set({ baseUrl: 'https://api.one.example/v1', apiKey: 'sk-one' });
    expect(await set({ baseUrl: 'https://api.one.example/v2/' })).toMatchObject({ data: { hasApiKey: true } });
    expect(await set({ model: 'm' })).toMatchObject({ data: { hasApiKey: true } });
    expect(await set({ baseUrl: 'https://api.two.example/v2/' })).toMatchObject({
      data: { hasApiKey: false, baseUrl: 'https://api.two.example/v2/' },
    });
    expect((await db.table('settings').get('ai')).value.apiKey).toBe('');
    // A key given with the new address is the new host's own.
    await set({ baseUrl: 'https://api.one.example/v1', apiKey: 'sk-one' });
    expect(await set({ baseUrl: 'http://127.0.0.1:8080/v1', apiKey: 'sk-local' })).toMatchObject({
      data: { hasApiKey: true },
    });
    expect((await db.table('settings').get('ai')).value.apiKey).toBe('sk-local');
    // Another port is another origin.
    expect(await set({ baseUrl: 'http://127.0.0.1:9090/v1' })).toMatchObject({ data: { hasApiKey: false } });
  });

  it.each(['http://example.com/v1', 'ftp://127.0.0.1/v1', 'https://user:pw@example.com/v1', 'not a url'])(
    'refuses the endpoint %s',
    async (baseUrl) => {
      expect(await handle({ type: 'ai.settings.set', payload: { baseUrl } }, page)).toMatchObject({
        ok: false,
        error: { code: 'invalid', issues: [{ path: 'baseUrl', message: 'error.aiEndpoint' }] },
      });
    },
  );

  it('lets only extension pages read or change the settings', async () => {
    expect(await handle({ type: 'ai.settings.get', payload: {} }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handle({ type: 'ai.settings.set', payload: { enabled: true } }, content)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('caps the draft at 5000 characters', async () => {
    const res = await handle(
      { type: 'ai.rewrite', payload: { text: 'a'.repeat(5001), platform: 'x', lang: 'fr' } },
      content,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('passes endpoint errors on with their explanation', async () => {
    await handle(
      {
        type: 'ai.settings.set',
        payload: { enabled: true, provider: 'openai', baseUrl: fake.baseUrl, model: 'tiny', apiKey: 'wrong' },
      },
      page,
    );
    fake.answer(status(401));
    expect(await rewrite()).toMatchObject({
      ok: false,
      error: {
        message: 'ai.error.unauthorized',
        detail: { fr: expect.stringContaining('clé'), en: expect.stringContaining('API key') },
      },
    });
  });

  it('tests the endpoint with a fixed prompt that carries no user text', async () => {
    await handle(
      { type: 'ai.settings.set', payload: { enabled: true, provider: 'openai', baseUrl: fake.baseUrl, model: 'tiny' } },
      page,
    );
    fake.answer(completion('OK'));
    expect(await handle({ type: 'ai.test', payload: {} }, page)).toMatchObject({
      ok: true,
      data: { ok: true, reply: 'OK' },
    });
    expect(fake.received[0]!.body).toMatchObject({
      messages: [{ role: 'user', content: 'Reply with the single word OK.' }],
    });
  });

  it('uses the built-in runner when that provider is chosen, and says when there is none', async () => {
    await handle({ type: 'ai.settings.set', payload: { enabled: true, provider: 'builtin' } }, page);
    expect(await rewrite()).toMatchObject({ ok: false, error: { message: 'ai.error.wrong_context' } });
    const withRunner = createRouter(
      createHandlers(db, {
        setBadge: async () => {},
        notify: async () => {},
        revealInTab: async () => false,
        openTab: async () => {},
        ai: { runBuiltin: async (req) => ({ text: `Bonjour. ${req.text}` }) },
      }),
      EXT,
    );
    expect(
      await withRunner(
        { type: 'ai.rewrite', payload: { text: 'On regarde.', platform: 'reddit', lang: 'en' } },
        content,
      ),
    ).toMatchObject({
      ok: true,
      data: { text: 'Bonjour. On regarde.\n— The Tact team', provider: 'builtin', profile: null },
    });
    expect(fake.received).toHaveLength(0);
  });
});
