// The AI settings section alone, with a fake `api`: off by default, what is sent, the permission
// asked on save (and refused), the built-in model's state and download, and the try-it box.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AiSettings, type AiSettingsApi } from '../../utils/tone/ui/ai-settings';
import { I18nProvider } from '../../components/i18n';
import {
  DEFAULT_AI_SETTINGS,
  mergeAiSettings,
  publicAiSettings,
  type AiSettings as Stored,
} from '../../utils/tone/core/ai/settings';
import type { Availability } from '../../utils/tone/core/ai/types';
import { MessageError } from '../../utils/messaging/client';
import { en, fr } from '../../utils/i18n/messages';
import type { UiLanguageSetting } from '../../utils/i18n/translate';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function fakeApi(
  initial: Partial<Stored> = {},
  opts: { grant?: boolean; builtin?: Record<'fr' | 'en', Availability> } = {},
) {
  let stored: Stored = { ...DEFAULT_AI_SETTINGS, ...initial };
  const builtin = { ...(opts.builtin ?? { fr: { state: 'unavailable' }, en: { state: 'downloadable' } }) } as Record<
    'fr' | 'en',
    Availability
  >;
  const api = {
    get: vi.fn(async () => publicAiSettings(stored)),
    set: vi.fn(async (patch) => {
      stored = mergeAiSettings(stored, patch);
      return publicAiSettings(stored);
    }),
    test: vi.fn(async () => ({ ok: true as const, ms: 42, reply: 'OK' })),
    rewrite: vi.fn(async () => ({
      text: "Bonjour, nous regardons cela.\n— L'équipe Acme",
      problems: [
        {
          kind: 'too_long' as const,
          start: 0,
          end: 5,
          message: { fr: 'Trop long pour X : 300 caractères sur 280.', en: 'Too long for X: 300 characters of 280.' },
        },
      ],
      fixed: ['banned_word' as const],
      provider: 'openai' as const,
      profile: 'Acme FR',
    })),
    requestOrigin: vi.fn(async () => opts.grant ?? true),
    releaseOrigin: vi.fn(async () => {}),
    builtinAvailability: vi.fn(async (lang: 'fr' | 'en') => builtin[lang]),
    downloadBuiltin: vi.fn(async (lang: 'fr' | 'en', onProgress: (p: number) => void) => {
      onProgress(0.25);
      onProgress(1);
      builtin[lang] = { state: 'available' };
    }),
  } satisfies AiSettingsApi;
  return { api, stored: () => stored };
}

async function mount(api: AiSettingsApi, setting: UiLanguageSetting = 'en') {
  const announce = vi.fn();
  await act(async () => {
    render(
      <I18nProvider setting={setting}>
        <AiSettings api={api} announce={announce} />
      </I18nProvider>,
      root,
    );
  });
  await act(async () => {});
  return announce;
}

function byLabel(text: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = label.htmlFor ? root.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input');
  if (!control) throw new Error(`label "${text}" labels nothing`);
  return control as HTMLInputElement;
}
const button = (text: string) => {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
    await Promise.resolve();
  });
  await act(async () => {});
}
async function fill(label: string, value: string) {
  await act(() => {
    const c = byLabel(label);
    c.value = value;
    c.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const sent = () => root.querySelector('[data-testid="ai-sent"]')?.textContent ?? '';

describe('AiSettings', () => {
  it('starts off, says nothing is sent, and offers no try-it box', async () => {
    const { api } = fakeApi();
    await mount(api);
    expect(root.querySelector('h2')?.textContent).toBe(en['ai.heading']);
    expect(byLabel(en['ai.enabled']).checked).toBe(false);
    expect(sent()).toBe(en['ai.sent.none']);
    expect(root.textContent).toContain(en['ai.try.needSave']);
    expect(root.querySelector('textarea')).toBeNull();
  });

  it('saves an OpenAI-compatible endpoint after asking for its origin, and says what is sent there', async () => {
    const { api, stored } = fakeApi();
    const announce = await mount(api);
    await click(byLabel(en['ai.enabled']));
    await click(byLabel(en['ai.provider.openai']));
    await fill(en['ai.openai.baseUrl'], 'http://127.0.0.1:8080/v1');
    await fill(en['ai.openai.model'], 'qwen2.5');
    await fill(en['ai.openai.apiKey'], 'sk-local');
    expect(sent()).toContain('Sent to http://127.0.0.1:8080');
    expect(sent()).toContain('Never the page');
    await click(button(en['ai.save']));
    expect(api.requestOrigin).toHaveBeenCalledWith('http://127.0.0.1/*');
    expect(api.set).toHaveBeenCalledWith({
      enabled: true,
      provider: 'openai',
      baseUrl: 'http://127.0.0.1:8080/v1',
      model: 'qwen2.5',
      timeoutMs: 30_000,
      apiKey: 'sk-local',
    });
    expect(stored().apiKey).toBe('sk-local');
    expect(announce).toHaveBeenCalledWith({ kind: 'ok', text: en['ai.saved'] });
    // The key is not shown back; the field says one is saved.
    expect(byLabel(en['ai.openai.apiKey']).value).toBe('');
    expect(root.textContent).toContain(en['ai.openai.apiKeySaved']);
    // Test button, then the try-it box.
    await click(button(en['ai.test']));
    expect(root.textContent).toContain('The service answered in 42 ms: “OK”.');
    expect(root.querySelector('textarea')).not.toBeNull();
  });

  it('says the key was removed when the address moves to another host, in English and French', async () => {
    for (const [lang, m] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const { api, stored } = fakeApi({
        enabled: true,
        provider: 'openai',
        baseUrl: 'https://api.one.example/v1',
        model: 'm',
        apiKey: 'sk-one',
      });
      const announce = await mount(api, lang);
      // A new path on the same host keeps the key.
      await fill(m['ai.openai.baseUrl'], 'https://api.one.example/v2');
      await click(button(m['ai.save']));
      expect(stored().apiKey).toBe('sk-one');
      expect(announce).toHaveBeenLastCalledWith({ kind: 'ok', text: m['ai.saved'] });
      await fill(m['ai.openai.baseUrl'], 'https://api.two.example/v1');
      await click(button(m['ai.save']));
      expect(stored().apiKey).toBe('');
      const origin = 'https://api.two.example';
      expect(announce).toHaveBeenLastCalledWith({
        kind: 'ok',
        text: m['ai.savedKeyDropped'].replace('{origin}', origin),
      });
      expect(root.textContent).toContain(m['ai.openai.apiKeyDropped'].replace('{origin}', origin));
      expect(root.textContent).not.toContain(m['ai.openai.apiKeySaved']);
      render(null, root);
    }
  });

  it('saves nothing when the permission is refused, and says why', async () => {
    const { api } = fakeApi({}, { grant: false });
    await mount(api);
    await click(byLabel(en['ai.enabled']));
    await click(byLabel(en['ai.provider.openai']));
    await fill(en['ai.openai.baseUrl'], 'https://llm.example.org/v1');
    await fill(en['ai.openai.model'], 'm');
    await click(button(en['ai.save']));
    expect(api.requestOrigin).toHaveBeenCalledWith('https://llm.example.org/*');
    expect(api.set).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      en['ai.permissionRefused'].replace('{origin}', 'https://llm.example.org'),
    );
    // What the user typed is still there.
    expect(byLabel(en['ai.openai.baseUrl']).value).toBe('https://llm.example.org/v1');
  });

  it('refuses a plain-http address off this machine before asking anything', async () => {
    const { api } = fakeApi();
    await mount(api, 'fr');
    await click(byLabel(fr['ai.enabled']));
    await click(byLabel(fr['ai.provider.openai']));
    await fill(fr['ai.openai.baseUrl'], 'http://192.168.1.5:8080/v1');
    expect(byLabel(fr['ai.openai.baseUrl']).getAttribute('aria-invalid')).toBe('true');
    await click(button(fr['ai.save']));
    expect(api.requestOrigin).not.toHaveBeenCalled();
    expect(api.set).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(fr['error.aiEndpoint']);
  });

  it('gives back the old origin when the endpoint moves or AI is turned off', async () => {
    const { api } = fakeApi({ enabled: true, provider: 'openai', baseUrl: 'https://a.example.com/v1', model: 'm' });
    await mount(api);
    await fill(en['ai.openai.baseUrl'], 'http://localhost:11434/v1');
    await click(button(en['ai.save']));
    expect(api.requestOrigin).toHaveBeenCalledWith('http://localhost/*');
    expect(api.releaseOrigin).toHaveBeenCalledWith('https://a.example.com/*');
    await click(byLabel(en['ai.enabled']));
    await click(button(en['ai.save']));
    expect(api.requestOrigin).toHaveBeenCalledTimes(1);
    expect(api.releaseOrigin).toHaveBeenLastCalledWith('http://localhost/*');
    expect(sent()).toBe(en['ai.sent.none']);
  });

  it('needs an address and a model for an OpenAI-compatible service', async () => {
    const { api } = fakeApi();
    await mount(api);
    await click(byLabel(en['ai.enabled']));
    await click(byLabel(en['ai.provider.openai']));
    await fill(en['ai.openai.baseUrl'], 'http://localhost:11434/v1');
    await click(button(en['ai.save']));
    expect(api.requestOrigin).not.toHaveBeenCalled();
    expect(api.set).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(en['ai.error.not_configured']);
  });

  it('asks for a model when turned on without one', async () => {
    const { api } = fakeApi();
    await mount(api);
    await click(byLabel(en['ai.enabled']));
    await click(button(en['ai.save']));
    expect(api.set).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(en['ai.provider.required']);
  });

  it('shows the built-in model’s state per language and downloads it with progress, asking no permission', async () => {
    const { api } = fakeApi();
    await mount(api);
    await click(byLabel(en['ai.enabled']));
    await click(byLabel(en['ai.provider.builtin']));
    await act(async () => {});
    const panel = root.querySelector('[data-testid="ai-builtin"]')!;
    expect(panel.textContent).toContain('Français: not available in this browser');
    expect(panel.textContent).toContain('English: available after a one-time download');
    expect(sent()).toBe(en['ai.sent.builtin']);
    await click(button('Download the model (English)'));
    await act(async () => {});
    expect(api.downloadBuiltin).toHaveBeenCalledWith('en', expect.any(Function));
    expect(panel.textContent).toContain('English: ready');
    expect(panel.textContent).toContain(en['ai.builtin.downloaded']);
    await click(button(en['ai.save']));
    expect(api.requestOrigin).not.toHaveBeenCalled();
    expect(api.set).toHaveBeenCalledWith(expect.objectContaining({ enabled: true, provider: 'builtin' }));
  });

  it('offers the service test only for a saved OpenAI-compatible service', async () => {
    const { api } = fakeApi({ enabled: true, provider: 'openai', baseUrl: 'http://localhost:1234/v1', model: 'm' });
    await mount(api);
    expect(() => button(en['ai.test'])).not.toThrow();
    await click(byLabel(en['ai.provider.builtin']));
    expect(() => button(en['ai.test'])).toThrow();
  });

  it('shows a download in progress', async () => {
    const { api } = fakeApi(
      { enabled: true, provider: 'builtin' },
      { builtin: { fr: { state: 'downloading', progress: 0.4 }, en: { state: 'available' } } },
    );
    await mount(api);
    await act(async () => {});
    expect(root.textContent).toContain('Français: downloading… 40 %');
    expect(root.querySelector('progress')).not.toBeNull();
  });

  it('tries a rewrite and lists what is fixed and what still breaks the tone', async () => {
    const { api } = fakeApi({ enabled: true, provider: 'openai', baseUrl: 'http://localhost:1234/v1', model: 'm' });
    const announce = await mount(api);
    const draft = root.querySelector('textarea')!;
    await act(() => {
      draft.value = 'Salut, malheureusement on regarde.';
      draft.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(en['ai.try.run']));
    expect(api.rewrite).toHaveBeenCalledWith({
      text: 'Salut, malheureusement on regarde.',
      platform: 'x',
      lang: 'en',
      instruction: undefined,
    });
    expect(root.querySelector('[data-testid="ai-result-text"]')?.textContent).toBe(
      "Bonjour, nous regardons cela.\n— L'équipe Acme",
    );
    expect(root.textContent).toContain('checked against Acme FR');
    expect(root.textContent).toContain('Fixed automatically: banned word');
    expect(root.querySelector('[data-kind="too_long"]')?.textContent).toBe('Too long for X: 300 characters of 280.');
    expect(announce).toHaveBeenLastCalledWith({
      kind: 'ok',
      text: 'Still against the tone: Too long for X: 300 characters of 280.',
    });
  });

  it('explains a failed rewrite with the endpoint’s own words, in the page’s language', async () => {
    const { api } = fakeApi({ enabled: true, provider: 'openai', baseUrl: 'http://localhost:1234/v1', model: 'm' });
    api.rewrite.mockRejectedValueOnce(
      new MessageError({
        code: 'failed',
        message: 'ai.error.unauthorized',
        detail: { fr: 'Le service refuse l’accès (401)', en: 'The endpoint refused access (401)' },
      }),
    );
    await mount(api, 'fr');
    const draft = root.querySelector('textarea')!;
    await act(() => {
      draft.value = 'Bonjour';
      draft.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button(fr['ai.try.run']));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'La réécriture a échoué : Le service refuse l’accès (401)',
    );
  });
});
