// Options section for AI rewriting (issue #6 part 4): off by default; the user turns it on, picks the
// browser's built-in model or an OpenAI-compatible service, reads exactly what is sent, and tries a
// rewrite whose result the tone checker has checked again. Browser calls come in through `api`, so
// the section is tested without a browser.
import { useEffect, useId, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import { isAllowedEndpoint, originPattern, type AiSettingsPatch, type AiSettingsPublic } from '../core/ai/settings';
import { AiError, type Availability } from '../core/ai/types';
import type { RequestOf, ResponseOf } from '../../messaging/protocol';
import { MessageError } from '../../messaging/client';
import { isMessageKey, type MessageKey } from '../../i18n/translate';
import { useI18n, type I18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';

type Lang = 'fr' | 'en';
export type RewriteResult = ResponseOf<'ai.rewrite'>;

export interface AiSettingsApi {
  get(): Promise<AiSettingsPublic>;
  set(patch: AiSettingsPatch): Promise<AiSettingsPublic>;
  test(): Promise<ResponseOf<'ai.test'>>;
  rewrite(req: RequestOf<'ai.rewrite'>): Promise<RewriteResult>;
  /** Asks for the host permission; must be called synchronously from the click (user gesture). */
  requestOrigin(pattern: string): Promise<boolean>;
  /** Gives back a host permission Tact no longer needs (the endpoint changed or AI was turned off). */
  releaseOrigin(pattern: string): Promise<void>;
  /** The built-in model's state for a language, and its download (from a click). */
  builtinAvailability(lang: Lang): Promise<Availability>;
  downloadBuiltin(lang: Lang, onProgress: (p: number) => void): Promise<void>;
}

interface Form {
  enabled: boolean;
  provider: 'none' | 'builtin' | 'openai';
  baseUrl: string;
  model: string;
  apiKey: string;
  removeKey: boolean;
  timeoutS: string;
}

function formOf(s: AiSettingsPublic): Form {
  return {
    enabled: s.enabled,
    provider: s.provider,
    baseUrl: s.baseUrl,
    model: s.model,
    apiKey: '',
    removeKey: false,
    timeoutS: String(Math.round(s.timeoutMs / 1000)),
  };
}

/** Why an AI call failed, in the page's language: the endpoint's own explanation when there is one. */
export function aiReason(i18n: I18n, error: unknown): string {
  if (error instanceof AiError) return error.detail[i18n.lang];
  if (error instanceof MessageError) {
    if (error.body.detail) return error.body.detail[i18n.lang];
    if (isMessageKey(error.body.message) && error.body.message.startsWith('ai.error.'))
      return i18n.t(error.body.message as MessageKey);
    if (error.body.issues?.length) return error.body.issues.map((i) => i18n.issue(i.message)).join(' ');
  }
  return i18n.reason(error);
}

export function AiSettings({ api, announce }: { api: AiSettingsApi; announce: Announce }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [saved, setSaved] = useState<AiSettingsPublic | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [testMsg, setTestMsg] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  /** The new origin, when the last save dropped the key entered for the previous one. */
  const [keyDropped, setKeyDropped] = useState<string | null>(null);
  const ids = {
    heading: useId(),
    base: useId(),
    model: useId(),
    key: useId(),
    timeout: useId(),
    sent: useId(),
    baseHint: useId(),
  };

  useEffect(() => {
    api.get().then(
      (s) => {
        setSaved(s);
        setForm(formOf(s));
      },
      (e: unknown) => setError(aiReason(i18n, e)),
    );
  }, [api]);

  if (!form || !saved) {
    return (
      <section class="ai-settings" aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>{t('ai.heading')}</h2>
        <p role={error ? 'alert' : undefined}>{error ?? t('common.loading')}</p>
      </section>
    );
  }
  const update = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const endpointOk = form.baseUrl.trim() === '' || isAllowedEndpoint(form.baseUrl.trim());
  const origin =
    endpointOk && form.baseUrl.trim() !== '' ? new URL(form.baseUrl.trim()).origin : t('ai.sent.openaiUnset');

  function save(e: Event) {
    e.preventDefault();
    if (!form) return;
    setError(null);
    setTestMsg(null);
    if (form.enabled && form.provider === 'none') {
      setError(t('ai.provider.required'));
      return;
    }
    const baseUrl = form.baseUrl.trim();
    if (baseUrl !== '' && !isAllowedEndpoint(baseUrl)) {
      setError(t('error.aiEndpoint'));
      return;
    }
    if (form.enabled && form.provider === 'openai' && (baseUrl === '' || form.model.trim() === '')) {
      setError(t('ai.error.not_configured'));
      return;
    }
    const timeout = Number(form.timeoutS);
    const patch: AiSettingsPatch = {
      enabled: form.enabled,
      provider: form.provider,
      baseUrl,
      model: form.model.trim(),
      timeoutMs: Number.isFinite(timeout) ? Math.min(300, Math.max(1, Math.round(timeout))) * 1000 : 30_000,
    };
    if (form.removeKey) patch.apiKey = '';
    else if (form.apiKey.trim() !== '') patch.apiKey = form.apiKey.trim();
    // Chrome grants a permission only from a user gesture: ask now, before any await.
    const pattern = form.enabled && form.provider === 'openai' ? originPattern(baseUrl) : null;
    const permission = pattern ? api.requestOrigin(pattern) : Promise.resolve(true);
    setBusy(true);
    void (async () => {
      try {
        let granted: boolean;
        try {
          granted = await permission;
        } catch (err) {
          setError(t('ai.permissionFailed', { origin, reason: err instanceof Error ? err.message : String(err) }));
          return;
        }
        if (!granted) {
          setError(t('ai.permissionRefused', { origin }));
          return;
        }
        const before = saved?.enabled && saved.provider === 'openai' ? originPattern(saved.baseUrl) : null;
        const next = await api.set(patch);
        if (before && before !== pattern) await api.releaseOrigin(before).catch(() => {});
        // The background drops a key when the endpoint's origin changes (it was the old host's): say so.
        const dropped = saved?.hasApiKey === true && !next.hasApiKey && patch.apiKey === undefined;
        const newOrigin = isAllowedEndpoint(next.baseUrl) ? new URL(next.baseUrl).origin : t('ai.sent.openaiUnset');
        setKeyDropped(dropped ? newOrigin : null);
        setSaved(next);
        setForm(formOf(next));
        announce({ kind: 'ok', text: dropped ? t('ai.savedKeyDropped', { origin: newOrigin }) : t('ai.saved') });
      } catch (err) {
        setError(t('ai.saveFailed', { reason: aiReason(i18n, err) }));
      } finally {
        setBusy(false);
      }
    })();
  }

  async function runTest() {
    setTestMsg({ kind: 'ok', text: t('ai.testing') });
    try {
      const r = await api.test();
      const text = t('ai.testOk', { ms: Math.round(r.ms), reply: r.reply });
      setTestMsg({ kind: 'ok', text });
      announce({ kind: 'ok', text });
    } catch (err) {
      setTestMsg({ kind: 'error', text: t('ai.testFailed', { reason: aiReason(i18n, err) }) });
    }
  }

  const sentKey: MessageKey =
    !form.enabled || form.provider === 'none'
      ? 'ai.sent.none'
      : form.provider === 'builtin'
        ? 'ai.sent.builtin'
        : 'ai.sent.openai';
  const active = saved.enabled && saved.provider !== 'none';

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
        {form.enabled && form.provider === 'builtin' && <BuiltinState api={api} />}
        {form.enabled && form.provider === 'openai' && (
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
            <div class="field">
              <label for={ids.key}>{t('ai.openai.apiKey')}</label>
              <input
                id={ids.key}
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
        )}
        <p id={ids.sent} class="note ai-sent" data-testid="ai-sent">
          {t(sentKey, { origin })}
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
          {saved.enabled && saved.provider === 'openai' && form.enabled && form.provider === 'openai' && (
            <button type="button" onClick={() => void runTest()}>
              {t('ai.test')}
            </button>
          )}
        </div>
        {testMsg && (
          <p
            class={testMsg.kind === 'error' ? 'error' : 'note'}
            role={testMsg.kind === 'error' ? 'alert' : undefined}
            aria-live="polite"
          >
            {testMsg.text}
          </p>
        )}
      </form>
      <TryIt api={api} active={active} announce={announce} />
    </section>
  );
}

function BuiltinState({ api }: { api: AiSettingsApi }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [states, setStates] = useState<Partial<Record<Lang, Availability>>>({});
  const [progress, setProgress] = useState<Partial<Record<Lang, number>>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const refresh = () => {
    for (const lang of ['fr', 'en'] as const) {
      void api.builtinAvailability(lang).then(
        (a) => setStates((s) => ({ ...s, [lang]: a })),
        () => setStates((s) => ({ ...s, [lang]: { state: 'unavailable' } })),
      );
    }
  };
  useEffect(refresh, [api]);

  function download(lang: Lang) {
    setMessage(null);
    setStates((s) => ({ ...s, [lang]: { state: 'downloading' } }));
    // Called straight from the click: Chrome starts a download only with user activation.
    api
      .downloadBuiltin(lang, (p) => setProgress((old) => ({ ...old, [lang]: p })))
      .then(
        () => setMessage({ kind: 'ok', text: t('ai.builtin.downloaded') }),
        (e: unknown) => setMessage({ kind: 'error', text: aiReason(i18n, e) }),
      )
      .finally(refresh);
  }

  const label = (lang: Lang): string => {
    const a = states[lang];
    if (!a) return t('ai.builtin.checking');
    if (a.state === 'downloading') {
      const p = progress[lang] ?? a.progress;
      return p === undefined
        ? t('ai.builtin.downloading')
        : t('ai.builtin.downloadingProgress', { percent: Math.round(p * 100) });
    }
    return t(`ai.builtin.${a.state}`);
  };

  return (
    <div class="ai-builtin" data-testid="ai-builtin">
      <ul>
        {(['fr', 'en'] as const).map((lang) => (
          <li key={lang}>
            {t('ai.builtin.state', { language: t(`language.${lang}`), state: label(lang) })}
            {states[lang]?.state === 'downloading' && (
              <progress max={1} value={progress[lang]} aria-label={t(`language.${lang}`)} />
            )}
            {states[lang]?.state === 'downloadable' && (
              <button type="button" onClick={() => download(lang)}>
                {t('ai.builtin.download', { language: t(`language.${lang}`) })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="hint">{t('ai.builtin.where')}</p>
      {message && (
        <p
          class={message.kind === 'error' ? 'error' : 'note'}
          role={message.kind === 'error' ? 'alert' : undefined}
          aria-live="polite"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

function TryIt({ api, active, announce }: { api: AiSettingsApi; active: boolean; announce: Announce }) {
  const i18n = useI18n();
  const { t, lang: uiLang } = i18n;
  const [draft, setDraft] = useState('');
  const [platform, setPlatform] = useState<Platform>('x');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [instruction, setInstruction] = useState('');
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<RewriteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), draft: useId(), platform: useId(), lang: useId(), instruction: useId() };

  async function run(e: Event) {
    e.preventDefault();
    if (draft.trim() === '') return;
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      const r = await api.rewrite({ text: draft, platform, lang, instruction: instruction.trim() || undefined });
      setResult(r);
      // Said once in the page's status region; the result itself is read below.
      announce({
        kind: 'ok',
        text:
          r.problems.length === 0
            ? t('ai.try.ok')
            : `${t('ai.try.problems')} ${r.problems.map((p) => p.message[i18n.lang]).join(' ')}`,
      });
    } catch (err) {
      setError(t('ai.try.failed', { reason: aiReason(i18n, err) }));
    } finally {
      setRunning(false);
    }
  }

  return (
    <section class="ai-try" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('ai.try.heading')}</h3>
      {!active ? (
        <p class="hint">{t('ai.try.needSave')}</p>
      ) : (
        <form onSubmit={(e) => void run(e)}>
          <div class="field">
            <label for={ids.draft}>{t('ai.try.draft')}</label>
            <textarea
              id={ids.draft}
              rows={4}
              maxLength={5000}
              value={draft}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={ids.platform}>{t('ai.try.platform')}</label>
            <select id={ids.platform} value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_NAMES[p]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={ids.lang}>{t('ai.try.lang')}</label>
            <select id={ids.lang} value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
              <option value="fr">{t('language.fr')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </div>
          <div class="field">
            <label for={ids.instruction}>{t('ai.try.instruction')}</label>
            <input
              id={ids.instruction}
              type="text"
              maxLength={500}
              value={instruction}
              onInput={(e) => setInstruction(e.currentTarget.value)}
            />
          </div>
          <div class="actions">
            <button type="submit" disabled={running || draft.trim() === ''}>
              {running ? t('ai.try.running') : t('ai.try.run')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div class="ai-result" data-testid="ai-result" aria-live="polite">
          <p class="hint">
            {t('ai.try.result', {
              provider: t(`ai.by.${result.provider}`),
              profile: result.profile ?? t('ai.try.noProfile'),
            })}
          </p>
          <p class="ai-result-text" data-testid="ai-result-text">
            {result.text}
          </p>
          {result.fixed.length > 0 && (
            <p class="hint">
              {t('ai.try.fixed', { kinds: [...new Set(result.fixed)].map((k) => t(`ai.kind.${k}`)).join(', ') })}
            </p>
          )}
          {result.problems.length === 0 ? (
            <p class="note">{t('ai.try.ok')}</p>
          ) : (
            <>
              <p>{t('ai.try.problems')}</p>
              <ul data-testid="ai-problems">
                {result.problems.map((p, i) => (
                  <li key={i} data-kind={p.kind}>
                    {p.message[i18n.lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  reddit: 'Reddit',
  linkedin: 'LinkedIn',
};
