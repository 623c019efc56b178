// An incident's checklist: the brand's steps (and any ticked since removed), ticks timed with who.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { IncidentRow } from '../crisis-repo';
import { useFormat } from './incident-format';

export function Checklist({ row, announce }: { row: IncidentRow; announce: Announce }) {
  const { t, reason } = useI18n();
  const { time } = useFormat();
  // What the CM just asked for, shown until the database has it (the live query), or the request failed.
  const [pending, setPending] = useState<{ id: string; done: boolean } | null>(null);
  const ticks = new Map((row.incident.checks ?? []).map((c) => [c.id, c]));
  // The brand's checklist, then steps ticked on this incident that have left it since (kept, with their tick).
  const listed = row.brand?.crisisChecklist ?? [];
  const steps = [...listed, ...[...ticks.values()].filter((c) => !listed.some((s) => s.id === c.id))];
  const shown = pending !== null && ticks.has(pending.id) === pending.done;
  useEffect(() => {
    if (shown) setPending(null);
  }, [shown]);
  if (steps.length === 0)
    return <p class="empty">{t('crisis.checklist.none', { brand: row.brand?.name ?? row.incident.brandId })}</p>;
  const tick = async (id: string, label: string, done: boolean) => {
    setPending({ id, done });
    try {
      await send('care.incident.tick', { id: row.incident.id, checkId: id, done });
      announce({ kind: 'ok', text: t(done ? 'crisis.checklist.saved' : 'crisis.checklist.unticked', { label }) });
    } catch (error) {
      setPending(null);
      announce({ kind: 'error', text: reason(error) });
    }
  };
  return (
    <ul class="incident-checklist" data-testid="incident-checklist">
      {steps.map((s) => {
        const done = ticks.get(s.id);
        const inputId = `check-${row.incident.id}-${s.id}`;
        return (
          <li key={s.id} data-check-id={s.id}>
            <input
              type="checkbox"
              id={inputId}
              checked={pending?.id === s.id ? pending.done : done !== undefined}
              disabled={pending !== null}
              onChange={(e) => void tick(s.id, s.label, e.currentTarget.checked)}
            />{' '}
            <label for={inputId}>{s.label}</label>
            {done && (
              <span class="tick" data-testid="tick">
                {' '}
                (
                {done.by
                  ? t('crisis.checklist.ticked', { at: time(done.at), by: done.by })
                  : t('crisis.checklist.tickedNoName', { at: time(done.at) })}
                )
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
