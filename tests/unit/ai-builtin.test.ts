// The built-in (on-device) provider with a fake browser global: which API is found, availability
// states under both API generations, download progress, and a clear error where there is no model.
import { describe, expect, it } from 'vitest';
import {
  createBuiltinProvider,
  detectBuiltin,
  downloadBuiltin,
  type BuiltinScope,
} from '../../utils/tone/core/ai/builtin';
import { rewriteChecked } from '../../utils/tone/core/ai/rewrite';
import { AiError } from '../../utils/tone/core/ai/types';
import { toneProfileSchema } from '../../utils/tone/core/profile';

const PROFILE = toneProfileSchema.parse({
  name: 'Acme',
  language: 'en',
  emoji: 'none',
  banned: ['unfortunately'],
  signature: '^MA',
  formality: 5,
});
const REQ = { text: 'hey, we are on it', profile: PROFILE, platform: 'facebook' as const, lang: 'en' as const };

type Progress = (e: { loaded?: number; total?: number }) => void;
interface Calls {
  created: Record<string, unknown>[];
  prompts: string[];
  availability: unknown[];
}

/** A LanguageModel that starts in `state` and "downloads" (emitting progress) on create. */
function fakeLanguageModel(
  state: string,
  answer = 'Hello, we are on it.\n^MA',
  calls: Calls = { created: [], prompts: [], availability: [] },
) {
  let current = state;
  const api = {
    async availability(options?: object) {
      calls.availability.push(options);
      return current;
    },
    async create(
      options: { monitor?: (m: { addEventListener(t: string, l: Progress): void }) => void } & Record<string, unknown>,
    ) {
      calls.created.push(options);
      if (current === 'unavailable') throw new Error('NotSupported');
      if (current !== 'available') {
        const listeners: Progress[] = [];
        options.monitor?.({ addEventListener: (_t, l) => listeners.push(l) });
        for (const loaded of [0, 0.5, 1]) for (const l of listeners) l({ loaded, total: 1 });
        current = 'available';
      }
      return {
        async prompt(input: string) {
          calls.prompts.push(input);
          return answer;
        },
        destroy() {},
      };
    },
  };
  return { api, calls };
}

describe('detectBuiltin', () => {
  it.each([
    ['LanguageModel (Chrome 138+)', { LanguageModel: fakeLanguageModel('available').api }, 'prompt'],
    ['ai.languageModel (older Chrome)', { ai: { languageModel: fakeLanguageModel('available').api } }, 'prompt'],
    [
      'only Rewriter',
      { Rewriter: { availability: async () => 'available', create: async () => ({ rewrite: async () => '' }) } },
      'rewriter',
    ],
    ['nothing', {}, null],
    ['no scope (a service worker)', undefined, null],
  ] as const)('finds %s', (_name, scope, expected) => {
    expect(detectBuiltin(scope as BuiltinScope | undefined)).toBe(expected);
  });
});

describe('createBuiltinProvider availability', () => {
  it.each(['unavailable', 'downloadable', 'downloading', 'available'])('passes on the state %s', async (state) => {
    const { api, calls } = fakeLanguageModel(state);
    expect((await createBuiltinProvider({ LanguageModel: api }).availability('fr')).state).toBe(state);
    // Asked for the reply's language.
    expect(calls.availability[0]).toMatchObject({ expectedOutputs: [{ type: 'text', languages: ['fr'] }] });
  });

  it.each([
    ['readily', 'available'],
    ['after-download', 'downloadable'],
    ['no', 'unavailable'],
  ])('maps the pre-138 capability %s to %s', async (old, expected) => {
    const scope: BuiltinScope = {
      ai: {
        languageModel: {
          capabilities: async () => ({ available: old }),
          create: async () => ({ prompt: async () => '' }),
        },
      },
    };
    expect((await createBuiltinProvider(scope).availability()).state).toBe(expected);
  });

  it('is unavailable without the API or when the browser throws', async () => {
    expect(await createBuiltinProvider(undefined).availability()).toEqual({ state: 'unavailable', reason: 'no_api' });
    expect(await createBuiltinProvider({}).availability()).toEqual({ state: 'unavailable', reason: 'no_api' });
    const throwing: BuiltinScope = {
      LanguageModel: {
        availability: async () => {
          throw new Error('blocked by policy');
        },
        create: async () => ({ prompt: async () => '' }),
      },
    };
    expect(await createBuiltinProvider(throwing).availability()).toEqual({
      state: 'unavailable',
      reason: 'blocked by policy',
    });
  });
});

describe('createBuiltinProvider rewrite', () => {
  it('gives the tone rules as the system prompt and the draft as the prompt', async () => {
    const { api, calls } = fakeLanguageModel('available');
    const out = await createBuiltinProvider({ LanguageModel: api }).rewrite(REQ);
    expect(out.text).toBe('Hello, we are on it.\n^MA');
    const created = calls.created[0] as { initialPrompts: { role: string; content: string }[] };
    expect(created.initialPrompts[0]!.role).toBe('system');
    expect(created.initialPrompts[0]!.content).toContain('"unfortunately"');
    expect(calls.prompts[0]).toContain('hey, we are on it');
  });

  it('reports download progress while the model downloads', async () => {
    const seen: number[] = [];
    const { api } = fakeLanguageModel('downloadable');
    await createBuiltinProvider({ LanguageModel: api }, { onProgress: (p) => seen.push(p) }).rewrite(REQ);
    expect(seen).toEqual([0, 0.5, 1]);
  });

  it('downloads on request (from a click) with progress, bytes or fractions', async () => {
    const seen: number[] = [];
    const { api, calls } = fakeLanguageModel('downloadable');
    await downloadBuiltin({ LanguageModel: api }, 'en', (p) => seen.push(p));
    expect(seen).toEqual([0, 0.5, 1]);
    expect(calls.created).toHaveLength(1);
    expect((await createBuiltinProvider({ LanguageModel: api }).availability()).state).toBe('available');
  });

  it('throws a clear error, in both languages, where there is no model', async () => {
    for (const scope of [undefined, {}, { LanguageModel: fakeLanguageModel('unavailable').api }] as (
      BuiltinScope | undefined
    )[]) {
      const e = await createBuiltinProvider(scope)
        .rewrite(REQ)
        .catch((err: unknown) => err);
      expect(e).toBeInstanceOf(AiError);
      expect((e as AiError).code).toBe('unavailable');
      expect((e as AiError).detail.fr).toMatch(/navigateur/);
    }
  });

  it('falls back on the Rewriter API with a formal tone for a formal profile', async () => {
    const created: Record<string, unknown>[] = [];
    const scope: BuiltinScope = {
      Rewriter: {
        availability: async () => 'available',
        create: async (o?: object) => {
          created.push(o as Record<string, unknown>);
          return { rewrite: async (text: string) => `Hello, unfortunately ${text}.` };
        },
      },
    };
    const out = await rewriteChecked(createBuiltinProvider(scope), REQ);
    expect(created[0]).toMatchObject({ tone: 'more-formal', format: 'plain-text', outputLanguage: 'en' });
    expect(String(created[0]!.sharedContext)).toContain('"unfortunately"');
    // Re-checked: the banned word the model kept is removed, the signature added.
    expect(out.text).toBe('Hello, hey, we are on it.\n^MA');
    expect(out.problems).toEqual([]);
    expect(out.provider).toBe('builtin');
  });
});
