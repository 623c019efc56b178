// "Roam my settings with my browser account": an opt-in checkbox, with what roams (and what never
// does), the last success, and the last error in plain words (sync storage full, refused…).
import { useEffect, useId, useState } from 'preact/hooks';
import type { RoamingState } from '../core/roaming-state';
import { send } from '../../messaging/client';
import { isMessageKey } from '../../i18n/translate';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

export interface RoamingToggleProps {
  announce: Announce;
  setEnabled?: (enabled: boolean) => Promise<RoamingState>;
  /** The state as stored; read live from the database by default. */
  read?: () => Promise<RoamingState | undefined>;
}

const readState = async () => (await pageDb().kv.get('roaming'))?.value as RoamingState | undefined;

export function RoamingToggle({
  announce,
  setEnabled = (enabled) => send('roaming.set', { enabled }),
  read = readState,
}: RoamingToggleProps) {
  const { t, lang, reason } = useI18n();
  const ids = { heading: useId(), hint: useId() };
  const live = useLiveQuery(read, []);
  const [busy, setBusy] = useState(false);
  // What the user just chose, shown until the stored state catches up (no flicker back).
  const [chosen, setChosen] = useState<boolean | null>(null);
  const state = live.status === 'ok' ? live.value : undefined;
  useEffect(() => {
    if (chosen !== null && state?.enabled === chosen) setChosen(null);
  }, [state?.enabled, chosen]);

  async function toggle(enabled: boolean) {
    setBusy(true);
    setChosen(enabled);
    try {
      await setEnabled(enabled);
      announce({ kind: 'ok', text: t(enabled ? 'roam.on' : 'roam.off') });
    } catch (error) {
      setChosen(null);
      announce({ kind: 'error', text: t('roam.failed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const error =
    state?.enabled && state.lastError && isMessageKey(state.lastError.message)
      ? t(state.lastError.message, state.lastError.params)
      : null;
  return (
    <section class="roaming" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('roam.heading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={chosen ?? state?.enabled ?? false}
          disabled={busy || live.status === 'loading'}
          aria-describedby={ids.hint}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('roam.toggle')}
      </label>
      <p class="hint" id={ids.hint}>
        {t('roam.hint')}
      </p>
      {state?.enabled && state.lastOkAt ? (
        <p class="note">{t('roam.lastOk', { when: new Date(state.lastOkAt).toLocaleString(lang) })}</p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
