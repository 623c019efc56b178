// The in-app "Leave without saving?" question, a modal <dialog>: focus starts on "Stay" (the safe
// choice), Escape means stay, and focus returns where it was when the dialog closes.
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from './i18n';

export interface LeaveDialogProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

export function LeaveDialog({ open, onStay, onLeave }: LeaveDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      stayRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      class="leave-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id={`${id}-title`}>{t('settings.dirty.title')}</h2>
      <p id={`${id}-text`}>{t('settings.dirty.text')}</p>
      <div class="actions">
        <button type="button" class="primary" ref={stayRef} onClick={onStay}>
          {t('settings.dirty.stay')}
        </button>
        <button type="button" class="danger" onClick={onLeave}>
          {t('settings.dirty.leave')}
        </button>
      </div>
    </dialog>
  );
}
