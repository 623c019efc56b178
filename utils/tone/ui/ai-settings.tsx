// Options section for AI rewriting (issue #6 part 4): off by default; the user turns it on, picks the
// browser's built-in model or an OpenAI-compatible service, reads exactly what is sent, and tries a
// rewrite whose result the tone checker has checked again. Browser calls come in through `api`, so
// the section is tested without a browser; the state is use-ai-settings.ts.
import { useId } from 'preact/hooks';
import type { MessageKey } from '../../i18n/translate';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { AiSettingsApi } from './ai-settings-api';
import { BuiltinState } from './ai-builtin-state';
import { OpenAiFields, ProviderChoice } from './ai-provider-fields';
import { TryIt } from './ai-try-it';
import { NoteLine } from './note';
import { originOf, useAiSettings, type AiForm } from './use-ai-settings';

export { aiReason, type AiSettingsApi, type RewriteResult } from './ai-settings-api';

/** Which sentence says what leaves the browser. */
function sentKey(form: AiForm): MessageKey {
  if (!form.enabled || form.provider === 'none') return 'ai.sent.none';
  return form.provider === 'builtin' ? 'ai.sent.builtin' : 'ai.sent.openai';
}

export function AiSettings({ api, announce }: { api: AiSettingsApi; announce: Announce }) {
  const { t } = useI18n();
  const { saved, form, error, busy, testMsg, keyDropped, update, save, runTest } = useAiSettings(api, announce);
  const ids = { heading: useId(), sent: useId() };

  if (!form || !saved) {
    return (
      <section class="ai-settings" aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{t('ai.heading')}</h2>
        <p role={error ? 'alert' : undefined}>{error ?? t('common.loading')}</p>
      </section>
    );
  }
  const openai = form.enabled && form.provider === 'openai';
  return (
    <section class="ai-settings" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('ai.heading')}</h2>
      <p class="note">{t('ai.intro')}</p>
      <form onSubmit={save} aria-describedby={ids.sent} noValidate>
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              checked={form.enabled}
              onChange={(e) => update({ enabled: e.currentTarget.checked })}
            />{' '}
            {t('ai.enabled')}
          </label>
        </div>
        <ProviderChoice form={form} update={update} />
        {form.enabled && form.provider === 'builtin' && <BuiltinState api={api} />}
        {openai && <OpenAiFields form={form} update={update} saved={saved} keyDropped={keyDropped} />}
        <p id={ids.sent} class="note ai-sent" data-testid="ai-sent">
          {t(sentKey(form), { origin: originOf(t, form.baseUrl) })}
        </p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('ai.save')}
          </button>
          {saved.enabled && saved.provider === 'openai' && openai && (
            <button type="button" onClick={() => void runTest()}>
              {t('ai.test')}
            </button>
          )}
        </div>
        {testMsg && <NoteLine note={testMsg} />}
      </form>
      <TryIt api={api} active={saved.enabled && saved.provider !== 'none'} announce={announce} />
    </section>
  );
}
