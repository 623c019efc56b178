// Full backup and restore (backup.* messages; the background reads and writes): download every local
// table as one JSON file; restore a file only after its dry-run plan (rows added, changed, unchanged
// per table) was shown and confirmed. A refused file (not JSON, not Tact's, newer, damaged) changes
// nothing and says why.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import { isMessageKey, type MessageKey } from '../../i18n/translate';

type Plan = Record<string, { added: number; changed: number; unchanged: number }>;
interface Pending {
  text: string;
  plan: Plan;
  exportedAt: string;
  schemaVersion: number;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function PlanTable({ pending }: { pending: Pending }) {
  const { t, lang } = useI18n();
  const nf = new Intl.NumberFormat(lang);
  return (
    <table class="chart-table backup-plan">
      <caption>
        {t('backup.plan.caption', { date: pending.exportedAt.slice(0, 10), version: pending.schemaVersion })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.plan.table')}</th>
          <th scope="col">{t('backup.plan.added')}</th>
          <th scope="col">{t('backup.plan.changed')}</th>
          <th scope="col">{t('backup.plan.unchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(pending.plan).map(([table, c]) => (
          <tr key={table}>
            <th scope="row">{table}</th>
            <td class="num">{nf.format(c.added)}</td>
            <td class="num">{nf.format(c.changed)}</td>
            <td class="num">{nf.format(c.unchanged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackupRestore({ announce }: { announce: Announce }) {
  const { t, reason } = useI18n();
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const why = (key: string) => (isMessageKey(key) ? t(key as MessageKey) : t('error.invalid'));

  const exportAll = async () => {
    try {
      const { json, rows, exportedAt } = await send('backup.export', {});
      download(`tact-backup-${exportedAt.slice(0, 10)}.json`, json);
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      announce({ kind: 'ok', text: t('backup.exported', { rows: total }) });
    } catch (error) {
      announce({ kind: 'error', text: t('backup.exportFailed', { reason: reason(error) }) });
    }
  };

  const choose = async (input: HTMLInputElement) => {
    setPending(null);
    const file = input.files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      const answer = await send('backup.plan', { text });
      if (!answer.ok) return announce({ kind: 'error', text: t('backup.refused', { reason: why(answer.error) }) });
      setPending({ text, plan: answer.plan, exportedAt: answer.exportedAt, schemaVersion: answer.schemaVersion });
    } catch (error) {
      announce({ kind: 'error', text: t('backup.refused', { reason: reason(error) }) });
    }
  };

  const restore = async () => {
    if (!pending) return;
    try {
      const answer = await send('backup.restore', { text: pending.text });
      if (!answer.ok) return announce({ kind: 'error', text: t('backup.refused', { reason: why(answer.error) }) });
      const sum = (k: 'added' | 'changed') => Object.values(answer.plan).reduce((a, c) => a + c[k], 0);
      announce({ kind: 'ok', text: t('backup.restored', { added: sum('added'), changed: sum('changed') }) });
      setPending(null);
    } catch (error) {
      announce({ kind: 'error', text: t('backup.failed', { reason: reason(error) }) });
    }
  };

  return (
    <section class="backup no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backup.heading')}</h2>
      <p class="hint">{t('backup.lead')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('backup.export')}
        </button>
      </div>
      <div class="field">
        <label for={`${id}-file`}>{t('backup.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {pending ? (
        <div class="backup-pending">
          <h3>{t('backup.plan.heading')}</h3>
          <PlanTable pending={pending} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void restore()}>
              {t('backup.restore')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
