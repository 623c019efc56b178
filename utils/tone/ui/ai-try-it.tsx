// "Try it" in the AI section: rewrite a draft for a platform and a language, then show the result
// with what was fixed and what the tone checker still finds. Offered once AI is saved as active.
import { useId, useState } from 'preact/hooks';
import { platformName, PLATFORMS, type Platform } from '../../platforms/descriptor-data';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { aiReason, type AiSettingsApi, type Lang, type RewriteResult } from './ai-settings-api';

interface Request {
  draft: string;
  platform: Platform;
  lang: Lang;
  instruction: string;
}

export function TryIt({ api, active, announce }: { api: AiSettingsApi; active: boolean; announce: Announce }) {
  const i18n = useI18n();
  const { t } = i18n;
  // Kept here, not in the form: the draft stays while the section is saved again.
  const [req, setReq] = useState<Request>({ draft: '', platform: 'x', lang: i18n.lang, instruction: '' });
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<RewriteResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useId();

  async function run({ draft, platform, lang, instruction }: Request) {
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
    <section class="ai-try" aria-labelledby={heading}>
      <h3 id={heading}>{t('ai.try.heading')}</h3>
      {!active ? (
        <p class="hint">{t('ai.try.needSave')}</p>
      ) : (
        <TryForm req={req} set={(patch) => setReq((r) => ({ ...r, ...patch }))} running={running} run={run} />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && <Result result={result} />}
    </section>
  );
}

interface TryFormProps {
  req: Request;
  set: (patch: Partial<Request>) => void;
  running: boolean;
  run: (req: Request) => Promise<void>;
}

function TryForm({ req, set, running, run }: TryFormProps) {
  const { t } = useI18n();
  const ids = { draft: useId(), platform: useId(), lang: useId(), instruction: useId() };
  function submit(e: Event) {
    e.preventDefault();
    if (req.draft.trim() !== '') void run(req);
  }
  return (
    <form onSubmit={submit}>
      <div class="field">
        <label for={ids.draft}>{t('ai.try.draft')}</label>
        <textarea
          id={ids.draft}
          rows={4}
          maxLength={5000}
          value={req.draft}
          onInput={(e) => set({ draft: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={ids.platform}>{t('ai.try.platform')}</label>
        <select
          id={ids.platform}
          value={req.platform}
          onChange={(e) => set({ platform: e.currentTarget.value as Platform })}
        >
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {platformName(p)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.lang}>{t('ai.try.lang')}</label>
        <select id={ids.lang} value={req.lang} onChange={(e) => set({ lang: e.currentTarget.value as Lang })}>
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
          value={req.instruction}
          onInput={(e) => set({ instruction: e.currentTarget.value })}
        />
      </div>
      <div class="actions">
        <button type="submit" disabled={running || req.draft.trim() === ''}>
          {running ? t('ai.try.running') : t('ai.try.run')}
        </button>
      </div>
    </form>
  );
}

/** The rewritten text, who wrote it with which profile, what was fixed and what still breaks the tone. */
function Result({ result }: { result: RewriteResult }) {
  const { t, lang } = useI18n();
  return (
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
                {p.message[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
