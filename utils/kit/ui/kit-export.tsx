// The brand kit's export: everything or the snippet library alone, as a dated .json download.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Busy } from '../../../components/use-busy';
import type { KitApi, KitSelection } from './kit-api';

export interface KitExportProps {
  api: KitApi;
  announce: Announce;
  busy: Busy;
  download: (filename: string, text: string) => void;
  now: () => Date;
}

export function KitExport({ api, announce, busy, download, now }: KitExportProps) {
  const { t, reason } = useI18n();
  const [selection, setSelection] = useState<KitSelection>('all');

  const exportKit = () =>
    busy.run(async () => {
      try {
        const { json, counts } = await api.export(selection);
        const day = now().toISOString().slice(0, 10);
        download(`${selection === 'snippets' ? 'tact-snippets' : 'tact-brand-kit'}-${day}.json`, json);
        announce({ kind: 'ok', text: t('kit.export.done', counts) });
      } catch (error) {
        announce({ kind: 'error', text: t('kit.export.failed', { reason: reason(error) }) });
      }
    });

  return (
    <fieldset>
      <legend>{t('kit.export.heading')}</legend>
      {(['all', 'snippets'] as const).map((value) => (
        <label key={value} class="check">
          <input
            type="radio"
            name="kit-selection"
            value={value}
            checked={selection === value}
            onChange={() => setSelection(value)}
          />{' '}
          {t(value === 'all' ? 'kit.export.all' : 'kit.export.snippets')}
        </label>
      ))}
      <div class="actions">
        <button type="button" disabled={busy.busy} onClick={() => void exportKit()}>
          {t('kit.export.button')}
        </button>
      </div>
    </fieldset>
  );
}
