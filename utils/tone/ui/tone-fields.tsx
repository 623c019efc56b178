// The tone form's kinds of field: free text (a line or a text area), a number, a choice in a list,
// and the reply length limits, one per platform. Each reads and writes one value of the form.
import { platformName, PLATFORMS } from '../../platforms/descriptor-data';
import { Field as LabelledField, FieldNotes } from '../../../components/form-fields';
import { useI18n } from '../../../components/i18n';
import type { Form, FormState } from '../../../components/use-form';
import { label, type Field, type ToneValues } from './tone-values';

export type ToneForm = Form<Field> & FormState<ToneValues>;
type TextKey = { [K in keyof ToneValues]: ToneValues[K] extends string ? K : never }[keyof ToneValues];

interface FieldProps<K> {
  form: ToneForm;
  field: Field;
  /** The value it edits. */
  name: K;
}

export function TextField({ form, field, name, multiline }: FieldProps<TextKey> & { multiline?: boolean }) {
  const { t } = useI18n();
  const onInput = (e: { currentTarget: { value: string } }) => form.set({ [name]: e.currentTarget.value });
  return (
    <LabelledField form={form} field={field} label={t(label(field))}>
      {multiline ? (
        <textarea rows={3} value={form.values[name]} onInput={onInput} {...form.fieldProps(field)} />
      ) : (
        <input type="text" autocomplete="off" value={form.values[name]} onInput={onInput} {...form.fieldProps(field)} />
      )}
    </LabelledField>
  );
}

export function NumberField({ form, field, name }: FieldProps<'formality' | 'warmth' | 'emojiMax'>) {
  const { t } = useI18n();
  return (
    <LabelledField form={form} field={field} label={t(label(field))}>
      <input
        type="text"
        inputMode="numeric"
        class="short"
        value={form.values[name]}
        onInput={(e) => form.set({ [name]: e.currentTarget.value })}
        {...form.fieldProps(field)}
      />
    </LabelledField>
  );
}

export function SelectField(
  props: FieldProps<'address' | 'register' | 'emoji'> & { options: readonly { value: string; label: string }[] },
) {
  const { form, field, name } = props;
  const { t } = useI18n();
  return (
    <LabelledField form={form} field={field} label={t(label(field))}>
      <select
        value={form.values[name]}
        onChange={(e) => form.set({ [name]: e.currentTarget.value } as Partial<ToneValues>)}
        {...form.fieldProps(field)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** One length limit per platform, empty for the site's own; each box is described by the group's notes. */
export function MaxLengthFields({ form }: { form: ToneForm }) {
  const { t } = useI18n();
  const { values, set } = form;
  return (
    <fieldset class="field" aria-describedby={form.describedBy('maxLength')} aria-invalid={form.invalid('maxLength')}>
      <legend>{t(label('maxLength'))}</legend>
      {PLATFORMS.map((pl, i) => (
        <label class="check" key={pl}>
          {platformName(pl)}{' '}
          <input
            type="text"
            inputMode="numeric"
            class="short"
            value={values.maxLength[pl]}
            aria-describedby={form.describedBy('maxLength')}
            aria-invalid={form.invalid('maxLength')}
            ref={i === 0 ? form.fieldProps('maxLength').ref : undefined}
            onInput={(e) => set({ maxLength: { ...values.maxLength, [pl]: e.currentTarget.value } })}
          />
        </label>
      ))}
      <FieldNotes form={form} field="maxLength" />
    </fieldset>
  );
}
