// The AI section's provider part: the choice (the browser's built-in model or an OpenAI-compatible
// service) and the service's address, model, API key (kept by the background, never shown again)
// and time limit.
import { useId } from 'preact/hooks';
import type { AiSettingsPublic } from '../core/ai/settings';
import { isAllowedEndpoint } from '../core/ai/settings';
import { useI18n } from '../../../components/i18n';
import type { AiForm } from './use-ai-settings';

interface Props {
  form: AiForm;
  update: (patch: Partial<AiForm>) => void;
}

export function ProviderChoice({ form, update }: Props) {
  const { t } = useI18n();
  return (
    <fieldset class="field" disabled={!form.enabled}>
      <legend>{t('ai.provider')}</legend>
      {(['builtin', 'openai'] as const).map((p) => (
        <label key={p} class="check ai-radio">
          <input
            type="radio"
            name="ai-provider"
            value={p}
            checked={form.provider === p}
            onChange={() => update({ provider: p })}
          />{' '}
          {t(`ai.provider.${p}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function OpenAiFields({ form, update, saved, keyDropped }: Props & OpenAiKeyProps) {
  const { t } = useI18n();
  const ids = { base: useId(), model: useId(), timeout: useId(), baseHint: useId() };
  const endpointOk = form.baseUrl.trim() === '' || isAllowedEndpoint(form.baseUrl.trim());
  return (
    <div class="ai-openai">
      <div class="field">
        <label for={ids.base}>{t('ai.openai.baseUrl')}</label>
        <input
          id={ids.base}
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder="http://127.0.0.1:8080/v1"
          value={form.baseUrl}
          aria-invalid={!endpointOk}
          aria-describedby={ids.baseHint}
          onInput={(e) => update({ baseUrl: e.currentTarget.value })}
        />
        <p id={ids.baseHint} class={endpointOk ? 'hint' : 'field-error'}>
          {endpointOk ? t('ai.openai.baseUrlHint') : t('error.aiEndpoint')}
        </p>
      </div>
      <div class="field">
        <label for={ids.model}>{t('ai.openai.model')}</label>
        <input
          id={ids.model}
          type="text"
          spellcheck={false}
          value={form.model}
          onInput={(e) => update({ model: e.currentTarget.value })}
        />
      </div>
      <ApiKeyField form={form} update={update} saved={saved} keyDropped={keyDropped} />
      <div class="field">
        <label for={ids.timeout}>{t('ai.openai.timeout')}</label>
        <input
          id={ids.timeout}
          type="number"
          min={1}
          max={300}
          value={form.timeoutS}
          onInput={(e) => update({ timeoutS: e.currentTarget.value })}
        />
      </div>
    </div>
  );
}

interface OpenAiKeyProps {
  saved: AiSettingsPublic;
  /** The new origin, when the last save dropped the key entered for the previous one. */
  keyDropped: string | null;
}

/** A saved key shows as dots with "Remove the key"; a new one replaces it. */
function ApiKeyField({ form, update, saved, keyDropped }: Props & OpenAiKeyProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('ai.openai.apiKey')}</label>
      <input
        id={id}
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={form.apiKey}
        disabled={form.removeKey}
        placeholder={saved.hasApiKey ? '••••••••' : ''}
        onInput={(e) => update({ apiKey: e.currentTarget.value })}
      />
      {!saved.hasApiKey && keyDropped !== null && (
        <p class="hint">{t('ai.openai.apiKeyDropped', { origin: keyDropped })}</p>
      )}
      {saved.hasApiKey && (
        <>
          <p class="hint">{t('ai.openai.apiKeySaved')}</p>
          <label class="check">
            <input
              type="checkbox"
              checked={form.removeKey}
              onChange={(e) => update({ removeKey: e.currentTarget.checked })}
            />{' '}
            {t('ai.openai.removeKey')}
          </label>
        </>
      )}
    </div>
  );
}
