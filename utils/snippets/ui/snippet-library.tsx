// The snippet library (options page): the team's reply templates with their usage counts, a text
// filter and a kind filter (reply, welcome, thanks), a form to add or edit one (snippet-form.tsx)
// with the variables explained, and a two-step delete. SnippetSection reads the library live and
// writes through the background; SnippetLibrary takes them as props, so it is tested alone.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fold } from '../../text/fold';
import { SNIPPET_KINDS, type Snippet, type SnippetInput, type SnippetKind } from '../core/snippet';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useCanEditShared } from '../../../components/can-edit-shared';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { SnippetForm } from './snippet-form';
import { SnippetRow } from './snippet-row';

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
  const [editing, setEditing] = useState<Snippet | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);
  // The form's heading takes focus when editing starts or ends (not on the first draw).
  useLayoutEffect(() => {
    if (started.current) heading.current?.focus();
    started.current = true;
  }, [editing]);

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
      <FilteredList snippets={snippets} readOnly={readOnly} onEdit={setEditing} onDelete={onDelete} />
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

interface FilteredListProps {
  snippets: readonly Snippet[];
  readOnly: boolean;
  onEdit: (s: Snippet) => void;
  onDelete: (s: Snippet) => Promise<void>;
}

/** The text filter and the snippets it lets through, by name then language. */
function FilteredList({ snippets, readOnly, onEdit, onDelete }: FilteredListProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SnippetKind | ''>('');
  const shown = [...snippets]
    .sort((a, b) => a.name.localeCompare(b.name) || a.language.localeCompare(b.language))
    .filter((s) => snippetMatches(s, query) && (kind === '' || (s.kind ?? 'reply') === kind));
  return (
    <>
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
      <div class="field">
        <label for={`${id}-kind`}>{t('snippet.kindFilter')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as SnippetKind | '')}>
          <option value="">{t('snippet.kindFilter.all')}</option>
          {SNIPPET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`snippet.kind.${k}`)}
            </option>
          ))}
        </select>
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
              onEdit={() => onEdit(s)}
              onDelete={() => onDelete(s)}
            />
          ))}
        </ul>
      )}
    </>
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
