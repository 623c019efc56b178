// One value overwritten by a teammate's later edit: where (table, record, field), the value lost,
// who wrote the winner and when, and Restore for editors and admins.
import type { Conflict, SyncTable } from '../core/protocol';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';

export function ConflictRow(props: {
  conflict: Conflict;
  canRestore: boolean;
  busy: boolean;
  when: (v: string) => string;
  onRestore: () => void;
}) {
  const { t } = useI18n();
  const c = props.conflict;
  const name = useRecordName(c.table, c.recordId);
  const value = typeof c.value === 'string' ? `“${c.value}”` : JSON.stringify(c.value);
  const shown = value.length > 300 ? `${value.slice(0, 300)}…` : value;
  return (
    <li class="conflict" data-conflict-id={c.id} data-field={c.field}>
      <p>
        <strong>{t('sync.conflict.where', { table: t(`sync.table.${c.table}`), record: name, field: c.field })}</strong>
        {c.concurrent ? <span class="tag"> — {t('sync.conflict.concurrent')}</span> : null}
      </p>
      <p class="conflict-value">{t('sync.conflict.value', { value: shown })}</p>
      <p class="hint">{t('sync.conflict.who', { who: c.writtenBy ?? t('sync.unknownWho'), when: props.when(c.at) })}</p>
      {c.restoredAt ? (
        <p class="hint">{t('sync.conflict.restoredAt', { when: props.when(c.restoredAt) })}</p>
      ) : props.canRestore ? (
        <div class="actions">
          <button
            type="button"
            disabled={props.busy}
            aria-label={t('sync.restoreLabel', { field: c.field, record: name })}
            onClick={props.onRestore}
          >
            {t('sync.restore')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The local name of a shared record ("merci", "Acme", "@troll"), or its id when it is not here. */
function useRecordName(table: SyncTable, id: string): string {
  const row = useLiveQuery(async () => {
    const db = pageDb();
    if (table === 'trollNotes') return (await db.authors.get(id))?.handle;
    if (table === 'toneProfiles') return (await db.toneProfiles.get(id))?.name;
    if (table === 'welcomes') return (await db.members.get(id))?.name;
    return (await db[table].get(id))?.name;
  }, [table, id]);
  const name = row.status === 'ok' ? row.value : undefined;
  return name ? `“${name}”` : id;
}
