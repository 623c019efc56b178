// The charter's file actions: start from the starter charter, import a charter file, export the saved one.
import { useId, useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { MessageKey } from '../../i18n/translate';
import type { Brand } from '../../mentions/core/brand';
import type { Clause } from '../core/charter';
import {
  charterFileMessage,
  charterFileName,
  charterMarkdown,
  charterText,
  exportCharterJson,
  importCharterJson,
} from '../core/charter-file';
import { copy, type Lang } from './charter-draft';

/** "Start from the starter charter" and "Import a charter file…"; a refused file says why, here. */
export function CharterImport(props: { onStarter: () => void; onImported: (c: Clause[]) => void; announce: Announce }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [error, setError] = useState('');
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importCharterJson(await file.text());
    if (!result.ok) {
      const reason = charterFileMessage(result.error, lang);
      setError(reason);
      props.announce({ kind: 'error', text: t('charter.importFailed', { reason }) });
      return;
    }
    setError('');
    props.onImported(copy(result.charter.clauses));
    props.announce({ kind: 'ok', text: t('charter.imported', { count: result.charter.clauses.length }) });
  };
  return (
    <>
      <div class="actions">
        <button type="button" onClick={props.onStarter}>
          {t('charter.starter')}
        </button>
      </div>
      <div class="field">
        <label for={id}>{t('charter.import')}</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {t('charter.importFailed', { reason: error })}
          </p>
        )}
      </div>
    </>
  );
}

/** The saved charter as the JSON file, or as Markdown or text in either language. */
export function CharterExport(props: {
  brand: Brand;
  saved: Clause[];
  dirty: boolean;
  download: (filename: string, text: string) => void;
  announce: Announce;
}) {
  const { t } = useI18n();
  const { brand } = props;
  const exportAs = (kind: 'json' | 'md' | 'txt', l?: Lang) => {
    const charter = { clauses: props.saved };
    const text =
      kind === 'json'
        ? exportCharterJson(brand.name, charter)
        : kind === 'md'
          ? charterMarkdown(brand.name, charter, l!)
          : charterText(brand.name, charter, l!);
    const file = charterFileName(brand.name, kind, l);
    props.download(file, text);
    props.announce({ kind: 'ok', text: t('charter.exported', { file }) });
  };
  const choices: Array<[MessageKey, 'json' | 'md' | 'txt', Lang | undefined]> = [
    ['charter.export.json', 'json', undefined],
    ['charter.export.mdFr', 'md', 'fr'],
    ['charter.export.mdEn', 'md', 'en'],
    ['charter.export.txtFr', 'txt', 'fr'],
    ['charter.export.txtEn', 'txt', 'en'],
  ];
  return (
    <fieldset class="field charter-export">
      <legend>{t('charter.export')}</legend>
      <div class="actions">
        {choices.map(([label, kind, l]) => (
          <button type="button" key={label} onClick={() => exportAs(kind, l)}>
            {t(label)}
          </button>
        ))}
      </div>
      {props.dirty && <p class="hint">{t('charter.exportDirty')}</p>}
    </fieldset>
  );
}
