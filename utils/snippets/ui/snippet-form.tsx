// The form to add or edit one snippet: name, language, kind (reply, welcome, thanks), text, tags,
// and the intents and troll types it answers. Checked with snippetInputSchema; refused fields show
// their error in the page's language.
import { LANGUAGES, type Language } from '../../mentions/core/brand';
import { INTENTS, type Intent } from '../../mentions/core/intent';
import { SNIPPET_KINDS, snippetInputSchema, type Snippet, type SnippetInput, type SnippetKind } from '../core/snippet';
import { TROLL_TYPE_IDS, trollType, type TrollTypeId } from '../../trolls/core/typology';
import type { MessageKey } from '../../i18n/translate';
import { CheckGroup, Field, SaveActions } from '../../../components/form-fields';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { placeIssues, useForm } from '../../../components/use-form';

const FIELDS = ['name', 'language', 'kind', 'body', 'tags', 'intents', 'trollTypes'] as const;
type Field = (typeof FIELDS)[number];

interface Values {
  name: string;
  language: Language;
  kind: SnippetKind;
  body: string;
  tags: string;
  intents: Intent[];
  trollTypes: TrollTypeId[];
}

const HINTS: Partial<Record<Field, MessageKey>> = {
  name: 'snippet.hint.name',
  kind: 'snippet.hint.kind',
  body: 'snippet.hint.body',
  tags: 'snippet.hint.tags',
  intents: 'snippet.hint.intents',
  trollTypes: 'snippet.hint.trollTypes',
};

const valuesOf = (s: Snippet | undefined, language: Language): Values => ({
  name: s?.name ?? '',
  language: s?.language ?? language,
  kind: s?.kind ?? 'reply',
  body: s?.body ?? '',
  tags: s?.tags.join(', ') ?? '',
  intents: s?.intents ?? [],
  trollTypes: s?.trollTypes ?? [],
});

const draftOf = (values: Values, id: string | undefined) => ({
  ...(id ? { id } : {}),
  ...values,
  tags: values.tags
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
});

export interface SnippetFormProps {
  snippet?: Snippet;
  defaultLanguage: Language;
  save: (snippet: SnippetInput) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
  announce: Announce;
  labelledBy: string;
}

function useSnippetForm({ snippet, defaultLanguage, save, onSaved, announce }: SnippetFormProps) {
  const i18n = useI18n();
  return useForm({
    fields: FIELDS,
    initial: () => valuesOf(snippet, defaultLanguage),
    hints: HINTS,
    check(values) {
      const parsed = snippetInputSchema.safeParse(draftOf(values, snippet?.id));
      return parsed.success
        ? { ok: true, data: parsed.data }
        : { ok: false, found: placeIssues(parsed.error.issues, FIELDS, i18n, 'snippet') };
    },
    refused: (issues) => placeIssues(issues, FIELDS, i18n, 'snippet'),
    save,
    announce,
    messages: { invalid: 'snippet.invalid', saved: 'snippet.saved', saveFailed: 'snippet.saveFailed' },
    // A new snippet's form starts again empty, in the language just used.
    afterSave: (values) => (snippet ? values : valuesOf(undefined, values.language)),
    onSaved: () => onSaved(),
  });
}

/** Reply, welcome (newcomers' chip) or thanks (advocates' chip). */
function KindField({ form }: { form: ReturnType<typeof useSnippetForm> }) {
  const { t } = useI18n();
  return (
    <Field form={form} field="kind" label={t('snippet.field.kind')}>
      <select
        value={form.values.kind}
        onChange={(e) => form.set({ kind: e.currentTarget.value as SnippetKind })}
        {...form.fieldProps('kind')}
      >
        {SNIPPET_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`snippet.kind.${k}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function SnippetForm(props: SnippetFormProps) {
  const { t, lang } = useI18n();
  const form = useSnippetForm(props);
  const { values, set } = form;
  return (
    <form
      class="snippet-form"
      noValidate
      onSubmit={form.submit}
      aria-labelledby={props.labelledBy}
      aria-busy={form.busy ? 'true' : undefined}
    >
      <Field form={form} field="name" label={t('snippet.field.name')}>
        <input
          type="text"
          autocomplete="off"
          aria-required="true"
          value={values.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
          {...form.fieldProps('name')}
        />
      </Field>
      <Field form={form} field="language" label={t('snippet.field.language')}>
        <select
          value={values.language}
          onChange={(e) => set({ language: e.currentTarget.value as Language })}
          {...form.fieldProps('language')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
            </option>
          ))}
        </select>
      </Field>
      <KindField form={form} />
      <Field form={form} field="body" label={t('snippet.field.body')}>
        <textarea
          rows={3}
          aria-required="true"
          value={values.body}
          onInput={(e) => set({ body: e.currentTarget.value })}
          {...form.fieldProps('body')}
        />
      </Field>
      <Field form={form} field="tags" label={t('snippet.field.tags')}>
        <input
          type="text"
          autocomplete="off"
          value={values.tags}
          onInput={(e) => set({ tags: e.currentTarget.value })}
          {...form.fieldProps('tags')}
        />
      </Field>
      <CheckGroup
        form={form}
        field="intents"
        legend={t('snippet.field.intents')}
        options={INTENTS.map((intent) => ({ value: intent, label: t(`snippet.intent.${intent}`) }))}
        checked={values.intents}
        onChange={(intents) => set({ intents })}
      />
      <CheckGroup
        form={form}
        field="trollTypes"
        legend={t('snippet.field.trollTypes')}
        options={TROLL_TYPE_IDS.map((type) => ({ value: type, label: trollType(type).name[lang] }))}
        checked={values.trollTypes}
        onChange={(trollTypes) => set({ trollTypes })}
      />
      <SaveActions
        save={t('snippet.save')}
        disabled={form.busy}
        cancel={t('snippet.cancelEdit')}
        onCancel={props.onCancel}
      />
    </form>
  );
}
