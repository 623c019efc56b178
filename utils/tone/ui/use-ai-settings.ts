// The AI settings section's state: the settings as saved and as edited, loading, checks before a
// save, the host permission asked inside the click, the save itself (which may drop a key meant
// for another host: said), and the service test.
import { useEffect, useState } from 'preact/hooks';
import { isAllowedEndpoint, originPattern, type AiSettingsPatch, type AiSettingsPublic } from '../core/ai/settings';
import type { MessageKey } from '../../i18n/translate';
import { useI18n, type I18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { aiReason, type AiSettingsApi, type Note } from './ai-settings-api';

export interface AiForm {
  enabled: boolean;
  provider: 'none' | 'builtin' | 'openai';
  baseUrl: string;
  model: string;
  apiKey: string;
  removeKey: boolean;
  timeoutS: string;
}

function formOf(s: AiSettingsPublic): AiForm {
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

/** Why the form cannot be saved as it is, or null. */
function refusal(form: AiForm): MessageKey | null {
  const baseUrl = form.baseUrl.trim();
  if (form.enabled && form.provider === 'none') return 'ai.provider.required';
  if (baseUrl !== '' && !isAllowedEndpoint(baseUrl)) return 'error.aiEndpoint';
  if (form.enabled && form.provider === 'openai' && (baseUrl === '' || form.model.trim() === ''))
    return 'ai.error.not_configured';
  return null;
}

function patchOf(form: AiForm): AiSettingsPatch {
  const timeout = Number(form.timeoutS);
  const patch: AiSettingsPatch = {
    enabled: form.enabled,
    provider: form.provider,
    baseUrl: form.baseUrl.trim(),
    model: form.model.trim(),
    timeoutMs: Number.isFinite(timeout) ? Math.min(300, Math.max(1, Math.round(timeout))) * 1000 : 30_000,
  };
  if (form.removeKey) patch.apiKey = '';
  else if (form.apiKey.trim() !== '') patch.apiKey = form.apiKey.trim();
  return patch;
}

/** The endpoint's origin as the user reads it ("http://127.0.0.1:8080"), or "not set yet". */
export function originOf(t: I18n['t'], baseUrl: string): string {
  const url = baseUrl.trim();
  return url !== '' && isAllowedEndpoint(url) ? new URL(url).origin : t('ai.sent.openaiUnset');
}

export function useAiSettings(api: AiSettingsApi, announce: Announce) {
  const i18n = useI18n();
  const { t } = i18n;
  const [saved, setSaved] = useState<AiSettingsPublic | null>(null);
  const [form, setForm] = useState<AiForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [testMsg, setTestMsg] = useState<Note | null>(null);
  /** The new origin, when the last save dropped the key entered for the previous one. */
  const [keyDropped, setKeyDropped] = useState<string | null>(null);

  useEffect(() => {
    api.get().then(
      (s) => {
        setSaved(s);
        setForm(formOf(s));
      },
      (e: unknown) => setError(aiReason(i18n, e)),
    );
  }, [api]);

  /** Stores the patch once the permission (asked in the click) is granted. */
  async function store(patch: AiSettingsPatch, pattern: string | null, permission: Promise<boolean>, origin: string) {
    let granted: boolean;
    try {
      granted = await permission;
    } catch (err) {
      return setError(t('ai.permissionFailed', { origin, reason: err instanceof Error ? err.message : String(err) }));
    }
    if (!granted) return setError(t('ai.permissionRefused', { origin }));
    const before = saved?.enabled && saved.provider === 'openai' ? originPattern(saved.baseUrl) : null;
    const next = await api.set(patch);
    if (before && before !== pattern) await api.releaseOrigin(before).catch(() => {});
    // The background drops a key when the endpoint's origin changes (it was the old host's): say so.
    const dropped = saved?.hasApiKey === true && !next.hasApiKey && patch.apiKey === undefined;
    const newOrigin = originOf(t, next.baseUrl);
    setKeyDropped(dropped ? newOrigin : null);
    setSaved(next);
    setForm(formOf(next));
    announce({ kind: 'ok', text: dropped ? t('ai.savedKeyDropped', { origin: newOrigin }) : t('ai.saved') });
  }

  function save(e: Event) {
    e.preventDefault();
    if (!form) return;
    setError(null);
    setTestMsg(null);
    const refused = refusal(form);
    if (refused) return setError(t(refused));
    const patch = patchOf(form);
    // Chrome grants a permission only from a user gesture: ask now, before any await.
    const pattern = form.enabled && form.provider === 'openai' ? originPattern(patch.baseUrl ?? '') : null;
    const permission = pattern ? api.requestOrigin(pattern) : Promise.resolve(true);
    setBusy(true);
    void store(patch, pattern, permission, originOf(t, form.baseUrl))
      .catch((err: unknown) => setError(t('ai.saveFailed', { reason: aiReason(i18n, err) })))
      .finally(() => setBusy(false));
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

  const update = (patch: Partial<AiForm>) => setForm((f) => (f ? { ...f, ...patch } : f));
  return { saved, form, error, busy, testMsg, keyDropped, update, save, runTest };
}
