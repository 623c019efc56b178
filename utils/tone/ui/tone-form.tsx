// The tone-of-voice form (options page): every field of the profile with its hint and, after a
// refused save, its error in the page's language; beside it a live preview (tone-preview.tsx) of
// the profile as it stands in the form. The section around it is tone-section.tsx.
import { LANGUAGES } from '../../mentions/core/brand';
import { ADDRESS_FORMS, EMOJI_POLICIES, REGISTERS, toneProfileSchema, type ToneProfile } from '../core/profile';
import type { Snippet, SuggestBrand } from '../core/suggest';
import { CheckGroup, SaveActions } from '../../../components/form-fields';
import { useI18n, type I18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { useForm, type Found } from '../../../components/use-form';
import { MaxLengthFields, NumberField, SelectField, TextField, type ToneForm as Form } from './tone-fields';
import { TonePreview } from './tone-preview';
import {
  FIELDS,
  HINTS,
  label,
  toneDraftOf,
  toneFieldErrors,
  toneValuesOf,
  type Field,
  type ToneValues,
} from './tone-values';

export { toneDraftOf, toneFieldErrors, toneValuesOf, type ToneValues } from './tone-values';

export interface ToneFormProps {
  /** The profile to edit (a saved one or the brand's default). */
  profile: ToneProfile;
  /** The brand, for {brand} and {product} in the preview. */
  brand?: SuggestBrand;
  /** The library, so the preview shows the brand's own snippets first. */
  snippets?: readonly Snippet[];
  /** Stores the profile; throws MessageError when refused. */
  save: (profile: ToneProfile) => Promise<unknown>;
  announce: Announce;
  labelledBy?: string;
}

/** The profile in the form, or its errors: the schema's, and the "use = not" lines without "=". */
function checkTone(values: ToneValues, i18n: Pick<I18n, 't' | 'issue'>) {
  const { draft, badLines } = toneDraftOf(values);
  const parsed = toneProfileSchema.safeParse(draft);
  const found: Found<Field> = parsed.success ? { fields: {}, other: [] } : toneFieldErrors(parsed.error.issues, i18n);
  if (badLines.length)
    (found.fields.preferred ??= []).push(...badLines.map((line) => i18n.t('tone.preferredLine', { line })));
  return parsed.success && badLines.length === 0
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, found };
}

export function ToneForm({ profile, brand, snippets = [], save, announce, labelledBy }: ToneFormProps) {
  const i18n = useI18n();
  const form = useForm({
    fields: FIELDS,
    initial: () => toneValuesOf(profile),
    hints: HINTS,
    check: (values) => checkTone(values, i18n),
    refused: (issues) => toneFieldErrors(issues, i18n),
    save,
    announce,
    messages: { invalid: 'tone.invalid', saved: 'tone.saved', saveFailed: 'tone.saveFailed' },
  });
  // The preview follows every keystroke, with the profile only while it is valid.
  const live = checkTone(form.values, i18n);
  return (
    <div class="tone-editor">
      <form
        class="tone-form"
        noValidate
        onSubmit={form.submit}
        aria-labelledby={labelledBy}
        aria-busy={form.busy ? 'true' : undefined}
      >
        <ToneFields form={form} />
        <SaveActions save={i18n.t('tone.save')} disabled={form.busy} />
      </form>
      <TonePreview profile={live.ok ? live.data : null} brand={brand} snippets={snippets} />
    </div>
  );
}

function ToneFields({ form }: { form: Form }) {
  const { t } = useI18n();
  const options = <T extends string>(values: readonly T[], key: (v: T) => Parameters<typeof t>[0]) =>
    values.map((value) => ({ value, label: t(key(value)) }));
  return (
    <>
      <TextField form={form} field="name" name="name" />
      <CheckGroup
        form={form}
        field="languages"
        legend={t(label('languages'))}
        options={options(LANGUAGES, (l) => (l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en'))}
        checked={form.values.languages}
        onChange={(languages) => form.set({ languages })}
      />
      <SelectField
        form={form}
        field="address"
        name="address"
        options={[{ value: '', label: t('tone.address.none') }, ...options(ADDRESS_FORMS, (a) => `tone.address.${a}`)]}
      />
      <SelectField
        form={form}
        field="register"
        name="register"
        options={options(REGISTERS, (r) => `tone.register.${r}`)}
      />
      <NumberField form={form} field="formality" name="formality" />
      <NumberField form={form} field="warmth" name="warmth" />
      <SelectField form={form} field="emoji" name="emoji" options={options(EMOJI_POLICIES, (e) => `tone.emoji.${e}`)} />
      <TextField form={form} field="emojiAllowed" name="emojiAllowed" />
      <NumberField form={form} field="emojiMax" name="emojiMax" />
      <TextField form={form} field="greetings" name="greetings" multiline />
      <TextField form={form} field="signOffs" name="signOffs" multiline />
      <TextField form={form} field="signature" name="signature" />
      <TextField form={form} field="preferred" name="preferred" multiline />
      <TextField form={form} field="banned" name="banned" multiline />
      <MaxLengthFields form={form} />
      <TextField form={form} field="examples.do" name="examplesDo" multiline />
      <TextField form={form} field="examples.dont" name="examplesDont" multiline />
    </>
  );
}
