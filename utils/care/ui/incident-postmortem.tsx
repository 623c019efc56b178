// "Close with a post-mortem": closes an open incident, or edits a closed one's post-mortem.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { IncidentRow } from '../crisis-repo';

export function PostMortem({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { incident } = row;
  const [draft, setDraft] = useState(incident.postmortem ?? '');
  const [busy, setBusy] = useState(false);
  const open = incident.end === null;
  const id = `postmortem-${incident.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!open && draft.trim() === '') return announce({ kind: 'error', text: t('crisis.postmortem.empty') });
    setBusy(true);
    try {
      await send('care.incident.close', { id: incident.id, postmortem: draft });
      announce({ kind: 'ok', text: t(open ? 'crisis.close.done' : 'crisis.postmortem.saved') });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="incident-close" onSubmit={(e) => void submit(e)}>
      <label for={id}>{t('crisis.close.label')}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={4000}
        value={draft}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('crisis.close.hint')}
      </p>
      <button type="submit" disabled={busy || (!open && draft.trim() === (incident.postmortem ?? ''))}>
        {t(open ? 'crisis.close.submit' : 'crisis.postmortem.save')}
      </button>
    </form>
  );
}
