// The browser's built-in model, per language: its state (checking, unavailable, downloadable,
// downloading with progress, ready) and a Download button started right from the click.
import { useEffect, useState } from 'preact/hooks';
import type { Availability } from '../core/ai/types';
import { useI18n } from '../../../components/i18n';
import { aiReason, type AiSettingsApi, type Lang, type Note } from './ai-settings-api';
import { NoteLine } from './note';

export function BuiltinState({ api }: { api: AiSettingsApi }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [states, setStates] = useState<Partial<Record<Lang, Availability>>>({});
  const [progress, setProgress] = useState<Partial<Record<Lang, number>>>({});
  const [message, setMessage] = useState<Note | null>(null);

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
      {message && <NoteLine note={message} />}
    </div>
  );
}
