// The snippet library (options page): the team's reply templates with their usage counts, a text
// filter, a form to add or edit one (name, language, text, tags, intents, troll types) with the
// variables explained, and a two-step delete. SnippetSection reads the library live and writes
// through the background; SnippetLibrary takes them as props, so it is tested alone.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../mentions/core/brand';
import { INTENTS, type Intent } from '../../mentions/core/intent';
import { fold } from '../../text/fold';
import { snippetInputSchema, type Snippet, type SnippetInput } from '../core/snippet';
import { TROLL_TYPE_IDS, trollType, type TrollTypeId } from '../../trolls/core/typology';
import type { MessageKey } from '../../i18n/translate';
import { MessageError, send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { EditDeleteActions } from '../../../components/edit-delete-actions';
import { useI18n, type I18n } from '../../../components/i18n';
import { useCanEditShared } from '../../../components/can-edit-shared';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

const FIELDS = ['name', 'language', 'body', 'tags', 'intents', 'trollTypes'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string[]>>;

interface Values {
  name: string;
  language: Language;
  body: string;
  tags: string;
  intents: Intent[];
  trollTypes: TrollTypeId[];
}

const valuesOf = (s: Snippet | undefined, language: Language): Values => ({
  name: s?.name ?? '',
  language: s?.language ?? language,
  body: s?.body ?? '',
  tags: s?.tags.join(', ') ?? '',
  intents: s?.intents ?? [],
  trollTypes: s?.trollTypes ?? [],
});

function fieldErrors(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> | string; message: string }>,
  i18n: Pick<I18n, 'issue'>,
) {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path[0] === 'snippet') path.shift();
    const field = path[0] ?? '';
    const text = i18n.issue(issue.message);
    if ((FIELDS as readonly string[]).includes(field)) (fields[field as Field] ??= []).push(text);
    else other.push(text);
  }
  return { fields, other };
}

/** Whether a snippet matches the filter: name, text or a tag, ignoring case and accents. */
export function snippetMatches(s: Pick<Snippet, 'name' | 'body' | 'tags'>, query: string): boolean {
  const q = fold(query.trim()).text;
  if (q === '') return true;
  return [s.name, s.body, ...s.tags].some((x) => fold(x).text.includes(q));
}

export interface SnippetLibraryProps {
  snippets: readonly Snippet[];
  save: (snippet: SnippetInput) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  announce: Announce;
  /** A team viewer sees the shared library but cannot change it; says which team. */
  readOnlyTeam?: string | null;
}

export function SnippetLibrary({ snippets, save, remove, announce, readOnlyTeam }: SnippetLibraryProps) {
  const readOnly = readOnlyTeam !== undefined && readOnlyTeam !== null;
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Snippet | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);
  useLayoutEffect(() => {
    if (started.current) heading.current?.focus();
    started.current = true;
  }, [editing]);

  const shown = [...snippets]
    .sort((a, b) => a.name.localeCompare(b.name) || a.language.localeCompare(b.language))
    .filter((s) => snippetMatches(s, query));

  async function onDelete(s: Snippet) {
    try {
      await remove(s.id);
      if (editing?.id === s.id) setEditing(undefined);
      announce({ kind: 'ok', text: t('snippet.deleted', { name: s.name }) });
    } catch (error) {
      announce({ kind: 'error', text: t('snippet.deleteFailed', { name: s.name, reason: i18n.reason(error) }) });
    }
  }

  return (
    <div class="snippet-library">
      <p class="note">{t('snippet.intro')}</p>
      <p class="note">{t('snippet.variables')}</p>
      <div class="field">
        <label for={`${id}-filter`}>{t('snippet.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          autocomplete="off"
          value={query}
          aria-describedby={`${id}-filter-hint`}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p id={`${id}-filter-hint`} class="hint">
          {t('snippet.filterHint')}
        </p>
      </div>
      {snippets.length === 0 ? (
        <p class="empty">{t('snippet.empty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('snippet.noMatch', { query })}</p>
      ) : (
        <ul class="snippet-list" role="list">
          {shown.map((s) => (
            <SnippetRow
              key={s.id}
              snippet={s}
              readOnly={readOnly}
              onEdit={() => setEditing(s)}
              onDelete={() => onDelete(s)}
            />
          ))}
        </ul>
      )}
      {readOnly ? (
        <p class="note read-only">{t('sync.readOnly', { team: readOnlyTeam })}</p>
      ) : (
        <>
          <h3 id={`${id}-form`} tabIndex={-1} ref={heading}>
            {editing ? t('snippet.form.edit', { name: editing.name }) : t('snippet.form.new')}
          </h3>
          <SnippetForm
            key={editing?.id ?? 'new'}
            snippet={editing}
            defaultLanguage={i18n.lang}
            save={save}
            onSaved={() => setEditing(undefined)}
            onCancel={editing ? () => setEditing(undefined) : undefined}
            announce={announce}
            labelledBy={`${id}-form`}
          />
        </>
      )}
    </div>
  );
}

function SnippetRow({
  snippet,
  readOnly,
  onEdit,
  onDelete,
}: {
  snippet: Snippet;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const { t } = useI18n();
  const label = `/${snippet.name} (${snippet.language})`;
  return (
    <li class="snippet-row" data-snippet-id={snippet.id}>
      <div class="snippet-summary">
        <strong>{label}</strong> <span class="counts">{t('snippet.usage', { count: snippet.usageCount })}</span>
        <p class="snippet-body">{snippet.body}</p>
        {snippet.tags.length ? <p class="terms">{snippet.tags.map((tag) => `#${tag}`).join(' ')}</p> : null}
      </div>
      <EditDeleteActions
        record={snippet}
        canEdit={!readOnly}
        onEdit={onEdit}
        onDelete={onDelete}
        text={{
          edit: t('snippet.edit'),
          editLabel: t('snippet.editLabel', { name: label }),
          delete: t('snippet.delete'),
          deleteLabel: t('snippet.deleteLabel', { name: label }),
          question: t('snippet.confirmDelete', { name: snippet.name }),
          confirm: t('snippet.confirmDeleteYes'),
        }}
      />
    </li>
  );
}

interface SnippetFormProps {
  snippet?: Snippet;
  defaultLanguage: Language;
  save: (snippet: SnippetInput) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
  announce: Announce;
  labelledBy: string;
}

const HINTS: Partial<Record<Field, MessageKey>> = {
  name: 'snippet.hint.name',
  body: 'snippet.hint.body',
  tags: 'snippet.hint.tags',
  intents: 'snippet.hint.intents',
  trollTypes: 'snippet.hint.trollTypes',
};

function SnippetForm({ snippet, defaultLanguage, save, onSaved, onCancel, announce, labelledBy }: SnippetFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(snippet, defaultLanguage));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<Field, HTMLElement | null>>>({});
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const ids = (f: Field) => ({ input: `${id}-${f}`, hint: `${id}-${f}-hint`, error: `${id}-${f}-error` });
  const describedBy = (f: Field) =>
    [errors[f]?.length ? ids(f).error : '', HINTS[f] ? ids(f).hint : ''].filter(Boolean).join(' ') || undefined;
  const fieldProps = (f: Field) => ({
    id: ids(f).input,
    'aria-invalid': errors[f]?.length ? ('true' as const) : undefined,
    'aria-describedby': describedBy(f),
    ref: (el: HTMLElement | null) => {
      refs.current[f] = el;
    },
  });
  const notes = (f: Field) => (
    <>
      {errors[f]?.length ? (
        <p id={ids(f).error} class="field-error">
          {errors[f]!.join(' ')}
        </p>
      ) : null}
      {HINTS[f] ? (
        <p id={ids(f).hint} class="hint">
          {t(HINTS[f]!)}
        </p>
      ) : null}
    </>
  );

  function showErrors(found: FieldErrors, other: string[]) {
    setErrors(found);
    announce({ kind: 'error', text: t('snippet.invalid') + (other.length ? ` ${other.join(' ')}` : '') });
    const first = FIELDS.find((f) => found[f]?.length);
    if (first) refs.current[first]?.focus();
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const sent = {
      ...(snippet ? { id: snippet.id } : {}),
      name: values.name,
      language: values.language,
      body: values.body,
      tags: values.tags
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      intents: values.intents,
      trollTypes: values.trollTypes,
    };
    const parsed = snippetInputSchema.safeParse(sent);
    if (!parsed.success) {
      const { fields, other } = fieldErrors(parsed.error.issues, i18n);
      return showErrors(fields, other);
    }
    setBusy(true);
    try {
      await save(parsed.data);
      setErrors({});
      if (!snippet) setValues(valuesOf(undefined, values.language));
      announce({ kind: 'ok', text: t('snippet.saved', { name: parsed.data.name }) });
      onSaved();
    } catch (error) {
      const issues = error instanceof MessageError ? (error.body.issues ?? []) : [];
      const { fields, other } = fieldErrors(issues, i18n);
      if (Object.keys(fields).length > 0) showErrors(fields, other);
      else announce({ kind: 'error', text: t('snippet.saveFailed', { reason: i18n.reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = <T extends string>(list: T[], value: T, on: boolean, all: readonly T[]) =>
    all.filter((x) => (x === value ? on : list.includes(x)));

  return (
    <form
      class="snippet-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
      aria-busy={busy ? 'true' : undefined}
    >
      <div class="field">
        <label for={ids('name').input}>{t('snippet.field.name')}</label>
        <input
          type="text"
          autocomplete="off"
          aria-required="true"
          value={values.name}
          onInput={(e) => set({ name: e.currentTarget.value })}
          {...fieldProps('name')}
        />
        {notes('name')}
      </div>
      <div class="field">
        <label for={ids('language').input}>{t('snippet.field.language')}</label>
        <select
          value={values.language}
          onChange={(e) => set({ language: e.currentTarget.value as Language })}
          {...fieldProps('language')}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
            </option>
          ))}
        </select>
        {notes('language')}
      </div>
      <div class="field">
        <label for={ids('body').input}>{t('snippet.field.body')}</label>
        <textarea
          rows={3}
          aria-required="true"
          value={values.body}
          onInput={(e) => set({ body: e.currentTarget.value })}
          {...fieldProps('body')}
        />
        {notes('body')}
      </div>
      <div class="field">
        <label for={ids('tags').input}>{t('snippet.field.tags')}</label>
        <input
          type="text"
          autocomplete="off"
          value={values.tags}
          onInput={(e) => set({ tags: e.currentTarget.value })}
          {...fieldProps('tags')}
        />
        {notes('tags')}
      </div>
      <fieldset
        class="field"
        aria-describedby={describedBy('intents')}
        aria-invalid={errors.intents?.length ? 'true' : undefined}
      >
        <legend>{t('snippet.field.intents')}</legend>
        {INTENTS.map((intent, i) => (
          <label class="check" key={intent}>
            <input
              type="checkbox"
              checked={values.intents.includes(intent)}
              ref={i === 0 ? fieldProps('intents').ref : undefined}
              onChange={(e) => set({ intents: toggle(values.intents, intent, e.currentTarget.checked, INTENTS) })}
            />{' '}
            {t(`snippet.intent.${intent}`)}
          </label>
        ))}
        {notes('intents')}
      </fieldset>
      <fieldset
        class="field"
        aria-describedby={describedBy('trollTypes')}
        aria-invalid={errors.trollTypes?.length ? 'true' : undefined}
      >
        <legend>{t('snippet.field.trollTypes')}</legend>
        {TROLL_TYPE_IDS.map((type, i) => (
          <label class="check" key={type}>
            <input
              type="checkbox"
              checked={values.trollTypes.includes(type)}
              ref={i === 0 ? fieldProps('trollTypes').ref : undefined}
              onChange={(e) =>
                set({ trollTypes: toggle(values.trollTypes, type, e.currentTarget.checked, TROLL_TYPE_IDS) })
              }
            />{' '}
            {trollType(type).name[i18n.lang]}
          </label>
        ))}
        {notes('trollTypes')}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('snippet.save')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('snippet.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The options page's section: the library read live, written through the background. */
export function SnippetSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const snippets = useLiveQuery(() => pageDb().snippets.toArray(), []);
  const shared = useCanEditShared();
  if (snippets.status === 'loading') return <p>{t('common.loading')}</p>;
  if (snippets.status === 'error')
    return <p class="error">{t('common.readError', { message: String(snippets.error) })}</p>;
  return (
    <SnippetLibrary
      snippets={snippets.value}
      save={(snippet) => send('snippets.save', { snippet })}
      remove={(id) => send('snippets.delete', { id })}
      announce={announce}
      readOnlyTeam={shared.canEdit ? null : (shared.team ?? '')}
    />
  );
}

/** The options page's "Snippet library" section, heading included: one line in the page. */
export function SnippetOptions({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('options.snippets')}</h2>
      <SnippetSection announce={announce} />
    </section>
  );
}
