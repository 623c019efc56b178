// The troll flags' sensitivity in the options: three levels with what each means, stored through
// the background; follows the stored value live (a change made elsewhere shows at once).
import { useId } from 'preact/hooks';
import { trollSensitivitySchema, type TrollSensitivity } from '../core/sensitivity';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

const LEVELS: TrollSensitivity[] = ['low', 'medium', 'high'];

export function TrollSettings({
  announce,
  save = (v) => send('settings.set', { trollSensitivity: v }),
}: {
  announce?: Announce;
  save?: (value: TrollSensitivity) => Promise<unknown>;
}) {
  const { t, reason } = useI18n();
  const id = useId();
  const row = useLiveQuery(() => pageDb().settings.get('settings'), []);
  const stored = row.status === 'ok' ? row.value?.value.trollSensitivity : undefined;
  const value = trollSensitivitySchema.safeParse(stored).data ?? 'medium';

  async function choose(raw: string) {
    const parsed = trollSensitivitySchema.safeParse(raw);
    if (!parsed.success) return;
    try {
      await save(parsed.data);
      announce?.({ kind: 'ok', text: t('troll.settings.saved') });
    } catch (error) {
      announce?.({ kind: 'error', text: t('troll.settings.saveFailed', { reason: reason(error) }) });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} class="troll-settings">
      <h2 id={`${id}-heading`}>{t('troll.settings.heading')}</h2>
      <p class="note" id={`${id}-explain`}>
        {t('troll.settings.explain')}
      </p>
      <div class="field">
        <label for={id}>{t('troll.settings.label')}</label>
        <select
          id={id}
          value={value}
          aria-describedby={`${id}-explain`}
          disabled={row.status === 'loading'}
          onChange={(e) => void choose(e.currentTarget.value)}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`troll.settings.${level}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
