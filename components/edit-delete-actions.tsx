// Edit and a two-step Delete for a row of the options page (brands, snippets): the first press asks,
// the second deletes. A subscribed kit's record shows "read-only"; a team viewer sees no actions.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

export interface EditDeleteText {
  edit: string;
  editLabel: string;
  delete: string;
  deleteLabel: string;
  question: string;
  confirm: string;
}

export interface EditDeleteActionsProps {
  /** The record as stored: one with a `subscriptionId` comes from a subscribed brand kit. */
  record: object;
  /** False for a team viewer. */
  canEdit: boolean;
  text: EditDeleteText;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

export function EditDeleteActions({ record, canEdit, text, onEdit, onDelete }: EditDeleteActionsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: to "Cancel" (the safe choice) when asked, back to "Delete" after.
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // From a subscribed brand kit: edited by its publisher; "Copy to my library" is in the kit section.
  if (typeof (record as { subscriptionId?: unknown }).subscriptionId === 'string')
    return <em class="read-only">{t('sub.readOnly')}</em>;
  if (!canEdit) return null;
  if (confirming) {
    return (
      <div class="confirm" role="group" aria-labelledby={questionId}>
        <p id={questionId}>{text.question}</p>
        <div class="actions">
          <button type="button" class="danger" onClick={() => void onDelete()}>
            {text.confirm}
          </button>
          <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="actions">
      <button type="button" aria-label={text.editLabel} onClick={onEdit}>
        {text.edit}
      </button>
      <button type="button" ref={deleteRef} aria-label={text.deleteLabel} onClick={() => setConfirming(true)}>
        {text.delete}
      </button>
    </div>
  );
}
