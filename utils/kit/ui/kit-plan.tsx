// The import plan's table: a row per record the kit would add or change, with its status, why, and
// for a conflict or a change a choice (keep mine, or take theirs).
import { useId } from 'preact/hooks';
import type { Choice, Choices, Plan, PlanEntry } from '../core/merge';
import { useI18n } from '../../../components/i18n';

interface PlanTableProps {
  plan: Plan;
  choices: Choices;
  disabled: boolean;
  onChoose: (key: string, choice: Choice) => Promise<void>;
}

/** Unchanged records are counted above, not listed. */
export function PlanTable({ plan, choices, disabled, onChoose }: PlanTableProps) {
  const { t } = useI18n();
  const id = useId();
  const shown = plan.entries.filter((e) => e.status !== 'unchanged');
  if (shown.length === 0) return null;
  return (
    <table aria-labelledby={id}>
      <caption id={id}>{t('kit.import.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kit.col.kind')}</th>
          <th scope="col">{t('kit.col.name')}</th>
          <th scope="col">{t('kit.col.status')}</th>
          <th scope="col">{t('kit.col.action')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((entry) => (
          <PlanRow
            key={entry.key}
            entry={entry}
            choice={choices[entry.key]}
            disabled={disabled}
            onChoose={(c) => void onChoose(entry.key, c)}
          />
        ))}
      </tbody>
    </table>
  );
}

interface PlanRowProps {
  entry: PlanEntry;
  choice?: Choice;
  disabled: boolean;
  onChoose: (c: Choice) => void;
}

function PlanRow({ entry, choice, disabled, onChoose }: PlanRowProps) {
  const { t } = useI18n();
  const selectId = useId();
  const status = t(`kit.status.${entry.status}`);
  const why = entry.reason ? t(`kit.reason.${entry.reason}`, { name: entry.localName ?? entry.name }) : '';
  const current: Choice = choice ?? (entry.status === 'conflict' ? 'keep' : 'theirs');
  const choosable = entry.status === 'conflict' || entry.status === 'changed';
  const keepLabel =
    entry.status === 'changed'
      ? t('kit.choice.keep')
      : entry.kind === 'trollNote'
        ? t('kit.choice.keepMerge')
        : t('kit.choice.keepCopy');
  return (
    <tr data-kind={entry.kind} data-status={entry.status}>
      <td>{t(`kit.kind.${entry.kind}`)}</td>
      <td>{entry.name}</td>
      <td>
        {status}
        {why ? ` (${why})` : ''}
      </td>
      <td>
        {choosable ? (
          <>
            <label class="visually-hidden" for={selectId}>
              {t('kit.choice.label', { name: entry.name })}
            </label>
            <select
              id={selectId}
              value={current}
              disabled={disabled}
              onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value as Choice)}
            >
              <option value="keep">{keepLabel}</option>
              <option value="theirs">
                {entry.status === 'changed' ? t('kit.choice.update') : t('kit.choice.theirs')}
              </option>
            </select>
          </>
        ) : (
          t(`kit.action.${entry.action}`)
        )}
      </td>
    </tr>
  );
}
