// The CM's name in the options' General section: who this user is in the reports and the team's logs
// (replies, moderation, corrections). Saved through the background (settings.set); follows the stored
// value live until the user edits it; an edit not saved yet holds the settings' leave guard.
import { useId, useState } from 'preact/hooks';
import { settingsSchema } from '../core/schema';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useDirtyValues } from '../../../components/dirty';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

export const CM_NAME_MAX = 80;

export function CmNameSetting({
  announce,
  save = (cmName) => send('settings.set', { cmName }),
}: {
  announce?: Announce;
  save?: (cmName: string) => Promise<unknown>;
}) {
  const { t, reason } = useI18n();
  const id = useId();
  const row = useLiveQuery(() => pageDb().settings.get('settings'), []);
  const stored = row.status === 'ok' ? (settingsSchema.safeParse(row.value?.value ?? {}).data?.cmName ?? '') : '';
  // null: nothing typed since the last save, the field shows what is stored.
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const value = draft ?? stored;
  useDirtyValues(value.trim(), stored);

  async function submit(e: Event) {
    e.preventDefault();
    const name = value.trim().slice(0, CM_NAME_MAX);
    setBusy(true);
    try {
      await save(name);
      setDraft(null);
      announce?.({ kind: 'ok', text: name ? t('settings.cmName.saved', { name }) : t('settings.cmName.cleared') });
    } catch (error) {
      announce?.({ kind: 'error', text: t('settings.cmName.saveFailed', { reason: reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="cm-name" onSubmit={(e) => void submit(e)} aria-busy={busy ? 'true' : undefined}>
      <div class="field">
        <label for={id}>{t('settings.cmName.label')}</label>
        <input
          id={id}
          type="text"
          autocomplete="name"
          maxLength={CM_NAME_MAX}
          value={value}
          aria-describedby={`${id}-hint`}
          disabled={row.status === 'loading'}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <p id={`${id}-hint`} class="hint">
          {t('settings.cmName.hint')}
        </p>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || row.status === 'loading'}>
          {t('settings.cmName.save')}
        </button>
      </div>
    </form>
  );
}
