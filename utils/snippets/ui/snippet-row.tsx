// One snippet of the library list: its /name and language, its kind when not an ordinary reply,
// usage count, text and tags, with Edit and a two-step Delete (none for a team viewer; "read-only"
// for a subscribed kit's snippet).
import type { Snippet } from '../core/snippet';
import { EditDeleteActions } from '../../../components/edit-delete-actions';
import { editDeleteText } from '../../../components/edit-delete-text';
import { useI18n } from '../../../components/i18n';

interface SnippetRowProps {
  snippet: Snippet;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

export function SnippetRow({ snippet, readOnly, onEdit, onDelete }: SnippetRowProps) {
  const { t } = useI18n();
  const label = `/${snippet.name} (${snippet.language})`;
  return (
    <li class="snippet-row" data-snippet-id={snippet.id}>
      <div class="snippet-summary">
        <strong>{label}</strong>{' '}
        {snippet.kind && snippet.kind !== 'reply' ? (
          <span class="snippet-kind" data-kind={snippet.kind}>
            {t(`snippet.kind.${snippet.kind}`)}
          </span>
        ) : null}{' '}
        <span class="counts">{t('snippet.usage', { count: snippet.usageCount })}</span>
        <p class="snippet-body">{snippet.body}</p>
        {snippet.tags.length ? <p class="terms">{snippet.tags.map((tag) => `#${tag}`).join(' ')}</p> : null}
      </div>
      <EditDeleteActions
        record={snippet}
        canEdit={!readOnly}
        onEdit={onEdit}
        onDelete={onDelete}
        text={editDeleteText(t, 'snippet', label, snippet.name)}
      />
    </li>
  );
}
