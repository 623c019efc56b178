// The AI rewriting messages: run in the background, which alone reads the API key. The OpenAI-
// compatible endpoint is called from here; the browser's built-in model through `runBuiltin`, where the
// service worker has it (else the error code `wrong_context` tells a page to run it itself).
import { aiActive, publicAiSettings } from './core/ai/settings';
import { chat, createOpenAiProvider } from './core/ai/openai';
import { rewriteChecked } from './core/ai/rewrite';
import { AiError, type AiProvider, type RewriteRequest } from './core/ai/types';
import { getAiSettings, updateAiSettings } from './ai-repo';
import { toneForRewrite } from './voice-repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';

type AiHandlers = Pick<Handlers, 'ai.rewrite' | 'ai.status' | 'ai.settings.get' | 'ai.settings.set' | 'ai.test'>;

export interface AiEffects {
  /** The network; injected in tests. */
  fetch?: typeof fetch;
  /** Runs the built-in model where it exists (the raw model answer; the re-check happens here). */
  runBuiltin?: (req: RewriteRequest) => Promise<{ text: string }>;
  now?: () => number;
}

const disabled = () =>
  new AiError('disabled', {
    fr: 'La réécriture par IA est désactivée : activez-la dans les options de Tact.',
    en: 'AI rewriting is turned off: turn it on in Tact’s options.',
  });

/** The ai.* routes of tone's routes.ts (spread into createToneHandlers). */
export function createAiHandlers(deps: BackgroundDeps): AiHandlers {
  const { db } = deps;
  const effects: AiEffects = deps.effects.ai ?? {};
  return {
    'ai.rewrite': async (p) => {
      const settings = await getAiSettings(db);
      if (!aiActive(settings)) throw disabled();
      const { profile, stored } = await toneForRewrite(db, p.brandId, p.lang);
      let provider: AiProvider;
      if (settings.provider === 'openai') {
        provider = createOpenAiProvider({
          baseUrl: settings.baseUrl,
          model: settings.model,
          apiKey: settings.apiKey,
          timeoutMs: settings.timeoutMs,
          fetch: effects.fetch,
        });
      } else {
        const run = effects.runBuiltin;
        provider = {
          id: 'builtin',
          availability: async () => ({ state: run ? 'available' : 'unavailable' }),
          rewrite: async (req) => {
            if (!run) {
              throw new AiError('wrong_context', {
                fr:
                  'Le modèle intégré au navigateur n’est pas accessible depuis l’arrière-plan de l’extension : ' +
                  'utilisez-le depuis le panneau latéral ou les réglages de Tact.',
                en:
                  'The browser’s built-in model cannot be reached from the extension’s background: ' +
                  'use it from Tact’s side panel or options.',
              });
            }
            return run(req);
          },
        };
      }
      const result = await rewriteChecked(
        provider,
        { text: p.text, profile, platform: p.platform, lang: p.lang, instruction: p.instruction },
        { agent: p.agent },
      );
      return {
        text: result.text,
        problems: result.problems,
        fixed: result.fixed,
        provider: result.provider,
        profile: stored ? profile.name : null,
      };
    },
    'ai.status': async () => {
      const s = await getAiSettings(db);
      return aiActive(s) ? { active: true, provider: s.provider } : { active: false, provider: null };
    },
    'ai.settings.get': async () => publicAiSettings(await getAiSettings(db)),
    'ai.settings.set': async (p) => publicAiSettings(await updateAiSettings(db, p)),
    'ai.test': async () => {
      const s = await getAiSettings(db);
      if (!aiActive(s) || s.provider !== 'openai') throw disabled();
      const now = effects.now ?? Date.now;
      const started = now();
      // A fixed prompt: testing the endpoint sends none of the user's text.
      const reply = await chat(
        { baseUrl: s.baseUrl, model: s.model, apiKey: s.apiKey, timeoutMs: s.timeoutMs, fetch: effects.fetch },
        [{ role: 'user', content: 'Reply with the single word OK.' }],
      );
      return { ok: true as const, ms: Math.max(0, now() - started), reply: reply.trim().slice(0, 200) };
    },
  };
}
