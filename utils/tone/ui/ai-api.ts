// The AI settings section's browser side: messages to the background, the host permission prompt,
// and the built-in model's state and download (here, from the user's click), and the page's own run
// of it when the background has no such API.
import { browser } from 'wxt/browser';
import { aiActive, aiSettingsSchema } from '../core/ai/settings';
import { createBuiltinProvider, detectBuiltin, downloadBuiltin, type BuiltinScope } from '../core/ai/builtin';
import { rewriteChecked } from '../core/ai/rewrite';
import { AiError } from '../core/ai/types';
import { toneForRewrite } from '../voice-repo';
import { MessageError, send } from '../../messaging/client';
import type { AiSettingsApi } from './ai-settings';
import { pageDb } from '../../../components/db';

const scope = () => globalThis as unknown as BuiltinScope;

export const browserAiApi: AiSettingsApi = {
  get: () => send('ai.settings.get', {}),
  set: (patch) => send('ai.settings.set', patch),
  test: () => send('ai.test', {}),
  async rewrite(req) {
    try {
      return await send('ai.rewrite', req);
    } catch (error) {
      // A background without Chrome's built-in model (older Chrome): run it here, in the page.
      if (!(
        error instanceof MessageError &&
        error.body.message === 'ai.error.wrong_context' &&
        detectBuiltin(scope()) !== null
      ))
        throw error;
      const settings = await send('ai.settings.get', {});
      if (!aiActive(aiSettingsSchema.parse({ ...settings, apiKey: '' })) || settings.provider !== 'builtin') {
        throw new AiError('disabled', {
          fr: 'La réécriture par IA est désactivée.',
          en: 'AI rewriting is turned off.',
        });
      }
      const { profile, stored } = await toneForRewrite(pageDb(), req.brandId, req.lang);
      const r = await rewriteChecked(
        createBuiltinProvider(scope()),
        { text: req.text, profile, platform: req.platform, lang: req.lang, instruction: req.instruction },
        { agent: req.agent },
      );
      return {
        text: r.text,
        problems: r.problems,
        fixed: r.fixed,
        provider: r.provider,
        profile: stored ? profile.name : null,
      };
    }
  },
  requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
  async releaseOrigin(pattern) {
    await browser.permissions.remove({ origins: [pattern] });
  },
  builtinAvailability: (lang) => createBuiltinProvider(scope()).availability(lang),
  downloadBuiltin: (lang, onProgress) => downloadBuiltin(scope(), lang, onProgress),
};
