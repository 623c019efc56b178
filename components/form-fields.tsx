// The pieces a useForm form is drawn with: a field's error and hint under it, a labelled field, and
// a group of checkboxes (languages, intents…). Ids and aria links come from the form, so every
// control is described by its own notes.
import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';
import type { Form } from './use-form';

/** The field's errors (when refused) and its hint; the control's aria-describedby points at both. */
export function FieldNotes<F extends string>({ form, field }: { form: Form<F>; field: F }) {
  const { t } = useI18n();
  const errors = form.errors[field];
  const hint = form.hints[field];
  return (
    <>
      {errors?.length ? (
        <p id={form.ids(field).error} class="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      {hint ? (
        <p id={form.ids(field).hint} class="hint">
          {t(hint)}
        </p>
      ) : null}
    </>
  );
}

/** A labelled field: the control (given as children) spreads `form.fieldProps(field)`. */
export function Field<F extends string>(props: {
  form: Form<F>;
  field: F;
  label: string;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.form.ids(props.field).input}>{props.label}</label>
      {props.children}
      <FieldNotes form={props.form} field={props.field} />
    </div>
  );
}

export interface CheckGroupProps<F extends string, T extends string> {
  form: Form<F>;
  field: F;
  legend: string;
  /** Every choice, in order, with its label. */
  options: ReadonlyArray<{ value: T; label: string }>;
  checked: readonly T[];
  onChange: (next: T[]) => void;
}

/** Checkboxes for a list field; the first takes focus when the field is refused. */
export function CheckGroup<F extends string, T extends string>(props: CheckGroupProps<F, T>) {
  const { form, field, options, checked } = props;
  // The list keeps the options' order, whatever the order of the clicks.
  const toggle = (value: T, on: boolean) =>
    options.map((o) => o.value).filter((x) => (x === value ? on : checked.includes(x)));
  return (
    <fieldset class="field" aria-describedby={form.describedBy(field)} aria-invalid={form.invalid(field)}>
      <legend>{props.legend}</legend>
      {options.map((o, i) => (
        <label class="check" key={o.value}>
          <input
            type="checkbox"
            checked={checked.includes(o.value)}
            ref={i === 0 ? form.fieldProps(field).ref : undefined}
            onChange={(e) => props.onChange(toggle(o.value, e.currentTarget.checked))}
          />{' '}
          {o.label}
        </label>
      ))}
      <FieldNotes form={form} field={field} />
    </fieldset>
  );
}

/** The form's Save button and, when editing can be abandoned, its Cancel button. */
export function SaveActions(props: { save: string; disabled?: boolean; cancel?: string; onCancel?: () => void }) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={props.disabled}>
        {props.save}
      </button>
      {props.onCancel ? (
        <button type="button" onClick={props.onCancel}>
          {props.cancel}
        </button>
      ) : null}
    </div>
  );
}
