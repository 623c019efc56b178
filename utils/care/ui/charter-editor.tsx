// The brand's community charter, in the options' Community section: numbered clauses (title and text
// in French and English, what each covers as checkboxes named in the user's language), added,
// removed and reordered with buttons (keyboard reachable, focus kept on the moved clause), started
// from Tact's starter charter or imported from a charter file (a refused file says why, next to the
// import), exported as the JSON file or as Markdown/text in either language. Unsaved edits are
// reported like the other forms'; errors sit next to their field; Save sends the whole brand
// through brands.save.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { Brand } from '../../mentions/core/brand';
import { CLAUSES_MAX } from '../core/charter';
import { downloadText } from '../../kit/ui/kit-api';
import { ClauseFields } from './charter-clause-fields';
import { clauseActions, copy, useDraft } from './charter-draft';
import { CharterExport, CharterImport } from './charter-file-actions';
import { saveCharter } from './charter-save';

export interface CharterEditorProps {
  brand: Brand;
  announce: Announce;
  /** Stores the brand (brands.save by default); throws when refused. */
  save?: (brand: Brand) => Promise<unknown>;
  download?: (filename: string, text: string) => void;
  /** Asks before the starter charter replaces clauses being edited. */
  confirm?: (question: string) => boolean;
}

const saveBrand = (brand: Brand) => send('brands.save', { brand });
const ask = (question: string) => globalThis.confirm?.(question) ?? true;

export function CharterEditor({
  brand,
  announce,
  save = saveBrand,
  download = downloadText,
  confirm = ask,
}: CharterEditorProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const heading = useId();
  const base = useId();
  const d = useDraft(brand);
  const [busy, setBusy] = useState(false);
  const act = clauseActions(d, t, announce, confirm, `${base}-add`);
  const submit = (e: Event) => {
    e.preventDefault();
    void saveCharter(d, brand, save, announce, i18n, setBusy);
  };
  return (
    <section class="charter-editor" aria-labelledby={heading}>
      <h2 id={heading}>{t('charter.heading')}</h2>
      <p class="note">{t('charter.intro', { brand: brand.name })}</p>
      <CharterImport onStarter={act.starter} onImported={d.edit} announce={announce} />
      <form onSubmit={submit} noValidate>
        {d.clauses.length === 0 ? (
          <p class="empty">{t('charter.empty')}</p>
        ) : (
          <ol class="charter-clauses" ref={d.list}>
            {d.clauses.map((c, i) => (
              <ClauseFields
                key={c.id}
                clause={c}
                n={i + 1}
                last={i === d.clauses.length - 1}
                errors={d.errors[i] ?? {}}
                base={`${base}-${c.id}`}
                onText={(part, l, value) => act.update(i, (x) => ({ ...x, [part]: { ...x[part], [l]: value } }))}
                onCovers={(covers) => act.update(i, (x) => ({ ...x, covers }))}
                onMove={(by, control) => act.move(i, by, control)}
                onRemove={() => act.remove(i)}
              />
            ))}
          </ol>
        )}
        <div class="actions">
          <button
            type="button"
            id={`${base}-add`}
            onClick={act.add}
            disabled={d.clauses.length >= CLAUSES_MAX}
            aria-describedby={`${base}-max`}
          >
            {t('charter.add')}
          </button>
          <span id={`${base}-max`} class="hint">
            {t('charter.tooMany', { max: CLAUSES_MAX })}
          </span>
        </div>
        {d.errors[-1]?.charter && (
          <p class="field-error" role="alert">
            {d.errors[-1]?.charter}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy || !d.dirty}>
            {t('charter.save')}
          </button>
          <button type="button" onClick={() => d.edit(copy(d.saved))} disabled={busy || !d.dirty}>
            {t('charter.revert')}
          </button>
          {d.dirty && <span class="note">{t('charter.unsaved')}</span>}
        </div>
      </form>
      <CharterExport brand={brand} saved={d.saved} dirty={d.dirty} download={download} announce={announce} />
    </section>
  );
}
