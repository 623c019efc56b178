// The brand form (options page and onboarding): name, aliases, @handles, #hashtags, products,
// exclusion words, languages, the brand's own accounts and whether it is a competitor. Checked with
// brandInputSchema before saving; errors from either the schema or the background land next to their
// field, in the page's language.
import type { z } from '../../shared/zod';
import { brandInputSchema, LANGUAGES, type Brand } from '../core/brand';
import { useCanEditShared } from '../../../components/can-edit-shared';
import { CheckGroup, Field, SaveActions } from '../../../components/form-fields';
import { useI18n } from '../../../components/i18n';
import { StatusRegion, useStatus, type Announce } from '../../../components/status';
import { useForm } from '../../../components/use-form';
import { draftOf, fieldErrorsOf, FIELDS, HINTS, label, LIST_FIELDS, valuesOf } from './brand-draft';

export { splitList, fieldErrorsOf } from './brand-draft';

/** A brand as the schema parsed it: what `save` receives. */
export type BrandDraft = z.output<typeof brandInputSchema>;

export interface BrandFormProps {
  /** The brand being edited; a new brand when absent. */
  brand?: Brand;
  /** Stores the brand (send('brands.save') on the pages); throws MessageError when refused. */
  save: (brand: BrandDraft) => Promise<unknown>;
  onSaved?: (brand: BrandDraft) => void;
  /** Shown as a "Cancel editing" button when given. */
  onCancel?: () => void;
  /** The page's status region; the form shows its own when absent. */
  announce?: Announce;
  /** The id of the heading that names the form. */
  labelledBy?: string;
}

/** The form's state: checked with brandInputSchema, saved through `save`. */
function useBrandForm({ brand, save, onSaved }: BrandFormProps, announce: Announce) {
  const i18n = useI18n();
  return useForm({
    fields: FIELDS,
    initial: () => valuesOf(brand),
    hints: HINTS,
    check(values) {
      const sent = draftOf(values, brand?.id);
      const parsed = brandInputSchema.safeParse(sent);
      return parsed.success
        ? { ok: true, data: parsed.data }
        : { ok: false, found: fieldErrorsOf(parsed.error.issues, sent, i18n) };
    },
    refused: (issues, values) => fieldErrorsOf(issues, draftOf(values, brand?.id), i18n),
    save,
    announce,
    messages: { invalid: 'brand.invalid', saved: 'brand.saved', saveFailed: 'brand.saveFailed' },
    // A new brand's form starts again empty; an edited one keeps what was saved.
    afterSave: (values) => (brand ? values : valuesOf(undefined)),
    onSaved,
  });
}

export function BrandForm(props: BrandFormProps) {
  const { onCancel, announce, labelledBy } = props;
  const { t } = useI18n();
  const [ownStatus, ownAnnounce] = useStatus();
  const shared = useCanEditShared();
  const form = useBrandForm(props, announce ?? ownAnnounce);
  const { values, set } = form;

  // A viewer of the team sees the shared brands but cannot change them.
  if (!shared.canEdit) return <p class="note read-only">{t('sync.readOnly', { team: shared.team ?? '' })}</p>;

  return (
    <form
      class="brand-form"
      noValidate
      onSubmit={form.submit}
      aria-labelledby={labelledBy}
      aria-busy={form.busy ? 'true' : undefined}
    >
      <Field form={form} field="name" label={t(label('name'))}>
        <input
          type="text"
          autocomplete="off"
          aria-required="true"
          value={values.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
          {...form.fieldProps('name')}
        />
      </Field>
      {LIST_FIELDS.map((f) => (
        <Field form={form} field={f} label={t(label(f))} key={f}>
          <textarea
            rows={2}
            value={values.lists[f]}
            onInput={(e) => set({ lists: { ...values.lists, [f]: e.currentTarget.value } })}
            {...form.fieldProps(f)}
          />
        </Field>
      ))}
      <Field form={form} field="query" label={t(label('query'))}>
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={values.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
          {...form.fieldProps('query')}
        />
      </Field>
      <CheckGroup
        form={form}
        field="languages"
        legend={t(label('languages'))}
        options={LANGUAGES.map((l) => ({ value: l, label: t(l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en') }))}
        checked={values.languages}
        onChange={(languages) => set({ languages })}
      />
      <Field form={form} field="ownAccounts" label={t(label('ownAccounts'))}>
        <textarea
          rows={3}
          spellcheck={false}
          value={values.ownAccounts}
          onInput={(e) => set({ ownAccounts: e.currentTarget.value })}
          {...form.fieldProps('ownAccounts')}
        />
      </Field>
      <CheckGroup
        form={form}
        field="competitor"
        legend={t(label('competitor'))}
        options={[{ value: 'competitor' as const, label: t('brand.competitor.check') }]}
        checked={values.competitor ? ['competitor'] : []}
        onChange={(next) => set({ competitor: next.length > 0 })}
      />
      <SaveActions save={t('brand.save')} cancel={t('brand.cancelEdit')} onCancel={onCancel} />
      {announce ? null : <StatusRegion message={ownStatus} />}
    </form>
  );
}
