// One charter clause's fields: title and text in French and English, what it covers, move and remove.
import { useI18n } from '../../../components/i18n';
import type { MessageKey } from '../../i18n/translate';
import { TROLL_TYPE_IDS, trollType } from '../../trolls/core/typology';
import { CHARTER_BEHAVIOURS, CLAUSE_TEXT_MAX, CLAUSE_TITLE_MAX, type CharterCover, type Clause } from '../core/charter';
import type { Lang, Part } from './charter-draft';

const TYPES = TROLL_TYPE_IDS.filter((t) => t !== 'unhappy_customer');

interface ClauseFieldsProps {
  clause: Clause;
  n: number;
  last: boolean;
  errors: Record<string, string>;
  base: string;
  onText: (part: Part, lang: Lang, value: string) => void;
  onCovers: (covers: CharterCover[]) => void;
  onMove: (by: -1 | 1, control: string) => void;
  onRemove: () => void;
}

export function ClauseFields({ clause, n, last, errors, base, onText, onCovers, onMove, onRemove }: ClauseFieldsProps) {
  const { t, lang } = useI18n();
  const title = clause.title[lang] || clause.title[lang === 'fr' ? 'en' : 'fr'] || t('charter.untitled');
  const legend = `${base}-legend`;
  const field = (part: Part, l: Lang) => {
    const id = `${base}-${part}-${l}`;
    const error = errors[`${part}.${l}`] ?? (l === 'fr' ? errors[part] : undefined);
    const props = {
      id,
      value: clause[part][l],
      'data-control': `${part}-${l}`,
      lang: l,
      maxLength: part === 'title' ? CLAUSE_TITLE_MAX : CLAUSE_TEXT_MAX,
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      onInput: (e: Event) => onText(part, l, (e.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class="field">
        <label for={id}>{t(`charter.${part}.${l}` as MessageKey)}</label>
        {part === 'title' ? <input type="text" {...props} /> : <textarea rows={3} {...props} />}
        {error && (
          <p id={`${id}-error`} class="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  const toggle = (cover: CharterCover, on: boolean) => {
    const all: readonly CharterCover[] = [...TYPES, ...CHARTER_BEHAVIOURS];
    onCovers(all.filter((x) => (x === cover ? on : clause.covers.includes(x))));
  };
  const box = (cover: CharterCover, label: string) => (
    <label class="check" key={cover}>
      <input
        type="checkbox"
        checked={clause.covers.includes(cover)}
        onChange={(e) => toggle(cover, (e.currentTarget as HTMLInputElement).checked)}
      />
      {label}
    </label>
  );
  return (
    <li data-clause={clause.id}>
      <fieldset class="field" aria-labelledby={legend}>
        <legend id={legend}>{t('charter.clauseHeading', { n, title })}</legend>
        {field('title', 'fr')}
        {field('title', 'en')}
        {field('text', 'fr')}
        {field('text', 'en')}
        <fieldset class="field">
          <legend>{t('charter.covers')}</legend>
          <p class="hint">{t('charter.covers.types')}</p>
          <div>{TYPES.map((id) => box(id, trollType(id).name[lang]))}</div>
          <p class="hint">{t('charter.covers.behaviours')}</p>
          <div>{CHARTER_BEHAVIOURS.map((id) => box(id, t(`charter.cover.${id}` as MessageKey)))}</div>
        </fieldset>
        <div class="actions">
          <button type="button" data-control="up" disabled={n === 1} onClick={() => onMove(-1, 'up')}>
            <span aria-hidden="true">↑ </span>
            {t('charter.up', { n })}
          </button>
          <button type="button" data-control="down" disabled={last} onClick={() => onMove(1, 'down')}>
            <span aria-hidden="true">↓ </span>
            {t('charter.down', { n })}
          </button>
          <button type="button" data-control="remove" onClick={onRemove}>
            {t('charter.remove', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
