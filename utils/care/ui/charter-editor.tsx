// The brand's community charter, in the options' Community section: numbered clauses (title and text
// in French and English, what each covers as checkboxes named in the user's language), added,
// removed and reordered with buttons (keyboard reachable, focus kept on the moved clause), started
// from Tact's starter charter or imported from a charter file (a refused file says why, next to the
// import), exported as the JSON file or as Markdown/text in either language. Unsaved edits are
// reported like the other forms'; errors sit next to their field; Save sends the whole brand
// through brands.save.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useDirtyValues } from '../../../components/dirty';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';
import type { MessageKey } from '../../i18n/translate';
import type { Brand } from '../../mentions/core/brand';
import { TROLL_TYPE_IDS, trollType } from '../../trolls/core/typology';
import {
  CHARTER_BEHAVIOURS,
  CHARTER_JSON_MAX,
  CLAUSE_TEXT_MAX,
  CLAUSE_TITLE_MAX,
  CLAUSES_MAX,
  charterSchema,
  type CharterCover,
  type Clause,
} from '../core/charter';
import {
  charterFileMessage,
  charterFileName,
  charterMarkdown,
  charterText,
  exportCharterJson,
  importCharterJson,
} from '../core/charter-file';
import { STARTER_CHARTER } from '../core/starter-charter';
import { downloadText } from '../../kit/ui/kit-api';

type Lang = 'fr' | 'en';
type Part = 'title' | 'text';
/** Errors by clause index and field ('title', 'title.fr', 'text.en'…). */
type Errors = Record<number, Record<string, string>>;

export interface CharterEditorProps {
  brand: Brand;
  announce: Announce;
  /** Stores the brand (brands.save by default); throws when refused. */
  save?: (brand: Brand) => Promise<unknown>;
  download?: (filename: string, text: string) => void;
  /** Asks before the starter charter replaces clauses being edited. */
  confirm?: (question: string) => boolean;
}

const TYPES = TROLL_TYPE_IDS.filter((t) => t !== 'unhappy_customer');

const saveBrand = (brand: Brand) => send('brands.save', { brand });
const ask = (question: string) => globalThis.confirm?.(question) ?? true;

let seq = 0;
function newId(): string {
  seq++;
  return `c${Date.now().toString(36)}${seq.toString(36)}`;
}

const blank = (): Clause => ({ id: newId(), title: { fr: '', en: '' }, text: { fr: '', en: '' }, covers: [] });
const copy = (clauses: readonly Clause[]): Clause[] =>
  clauses.map((c) => ({ ...c, title: { ...c.title }, text: { ...c.text }, covers: [...c.covers] }));

interface Draft {
  saved: Clause[];
  setSaved: (c: Clause[]) => void;
  clauses: Clause[];
  errors: Errors;
  setErrors: (e: Errors) => void;
  /** Replaces the clauses being edited (errors go: they were about the old ones). */
  edit: (next: Clause[]) => void;
  dirty: boolean;
  /** Where focus goes after the next render: a control of a clause, by the clause's id. */
  focusNext: { current: { id: string; control: string; at?: number } | null };
  list: { current: HTMLOListElement | null };
}

/** The clauses being edited, the saved ones, and focus kept where the user acted. */
function useDraft(brand: Brand): Draft {
  const [saved, setSaved] = useState<Clause[]>(() => copy(brand.charter.clauses));
  const [clauses, setClauses] = useState<Clause[]>(() => copy(brand.charter.clauses));
  const [errors, setErrors] = useState<Errors>({});
  const focusNext = useRef<{ id: string; control: string; at?: number } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useDirtyValues(clauses, saved);
  const dirty = JSON.stringify(clauses) !== JSON.stringify(saved);
  // A teammate (or another tab) saved the charter: take it in, unless edits are under way here.
  const stored = JSON.stringify(brand.charter.clauses);
  useEffect(() => {
    if (JSON.stringify(saved) === stored) return;
    if (!dirty) setClauses(copy(brand.charter.clauses));
    setSaved(copy(brand.charter.clauses));
  }, [stored]);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    // An effect of the render before may run first (Preact flushes it on the next render): wait for the clause.
    const li = list.current?.querySelector<HTMLElement>(`li[data-clause="${CSS.escape(next.id)}"]`);
    if (!li || (next.at !== undefined && li.parentElement?.children[next.at] !== li)) return;
    focusNext.current = null;
    const target =
      li.querySelector<HTMLElement>(`[data-control="${next.control}"]:not(:disabled)`) ??
      li.querySelector<HTMLElement>('[data-control]:not(:disabled)');
    target?.focus();
  });
  const edit = (next: Clause[]) => {
    setClauses(next);
    setErrors({});
  };
  return { saved, setSaved, clauses, errors, setErrors, edit, dirty, focusNext, list };
}

type T = ReturnType<typeof useI18n>['t'];

/** Add, remove, move, start from the starter charter: each says what it did. */
function clauseActions(d: Draft, t: T, announce: Announce, confirm: (q: string) => boolean, addId: string) {
  const { clauses, edit, focusNext } = d;
  return {
    update: (i: number, change: (c: Clause) => Clause) =>
      edit(clauses.map((c, j) => (j === i ? change({ ...c, title: { ...c.title }, text: { ...c.text } }) : c))),
    move: (i: number, by: -1 | 1, control: string) => {
      const j = i + by;
      if (j < 0 || j >= clauses.length) return;
      const next = [...clauses];
      [next[i], next[j]] = [next[j]!, next[i]!];
      focusNext.current = { id: clauses[i]!.id, control, at: j };
      edit(next);
      announce({ kind: 'ok', text: t('charter.moved', { n: j + 1 }) });
    },
    remove: (i: number) => {
      const next = clauses.filter((_, j) => j !== i);
      const neighbour = next[Math.min(i, next.length - 1)];
      focusNext.current = neighbour ? { id: neighbour.id, control: 'remove' } : null;
      edit(next);
      if (!neighbour) setTimeout(() => document.getElementById(addId)?.focus());
      announce({ kind: 'ok', text: t('charter.removed', { n: i + 1 }) });
    },
    add: () => {
      if (clauses.length >= CLAUSES_MAX) return;
      const c = blank();
      focusNext.current = { id: c.id, control: 'title-fr' };
      edit([...clauses, c]);
    },
    starter: () => {
      if (clauses.length > 0 && !confirm(t('charter.starterConfirm'))) return;
      edit(copy(STARTER_CHARTER.clauses));
      announce({ kind: 'ok', text: t('charter.starterLoaded') });
    },
  };
}

/** The schema's issues as messages on their clause and field ('title' when neither language is given). */
function fieldErrors(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>, t: T): Errors {
  const found: Errors = {};
  for (const issue of issues) {
    const [, index, part, l] = issue.path.map(String);
    const i = Number(index);
    if (!Number.isInteger(i)) continue;
    const field = l ? `${part}.${l}` : (part ?? 'title');
    const max = part === 'text' ? CLAUSE_TEXT_MAX : CLAUSE_TITLE_MAX;
    const text = issue.message === 'error.tooLong' ? t('charter.error.tooLong', { max }) : t('charter.error.empty');
    (found[i] ??= {})[field] ??= text;
  }
  return found;
}

/** Focus on the first field in error. */
function focusFirstError(d: Draft, found: Errors): void {
  if (found[-1]) return;
  const first = Math.min(...Object.keys(found).map(Number));
  const field = Object.keys(found[first] ?? {})[0] ?? 'title';
  const control = field.includes('.') ? field.replace('.', '-') : `${field}-fr`;
  const id = CSS.escape(d.clauses[first]?.id ?? '');
  d.list.current?.querySelector<HTMLElement>(`li[data-clause="${id}"] [data-control="${control}"]`)?.focus();
}

/** Checks the clauses (errors on their fields, focus on the first) and saves the brand with them. */
async function saveCharter(
  d: Draft,
  brand: Brand,
  save: (brand: Brand) => Promise<unknown>,
  announce: Announce,
  { t, reason }: Pick<ReturnType<typeof useI18n>, 't' | 'reason'>,
  setBusy: (busy: boolean) => void,
): Promise<void> {
  const parsed = charterSchema.safeParse({ clauses: d.clauses });
  if (!parsed.success) {
    const found = fieldErrors(parsed.error.issues, t);
    // The whole charter too long for a team-sync field: said above Save (no one field is at fault).
    const size = JSON.stringify({ clauses: d.clauses }).length;
    if (Object.keys(found).length === 0 && size > CHARTER_JSON_MAX)
      found[-1] = { charter: t('charter.error.tooBig', { size, max: CHARTER_JSON_MAX }) };
    d.setErrors(found);
    announce({ kind: 'error', text: t('charter.invalid') });
    focusFirstError(d, found);
    return;
  }
  setBusy(true);
  try {
    await save({ ...brand, charter: parsed.data });
    d.setSaved(copy(parsed.data.clauses));
    d.edit(copy(parsed.data.clauses));
    announce({ kind: 'ok', text: t('charter.saved', { name: brand.name }) });
  } catch (error) {
    announce({ kind: 'error', text: t('charter.saveFailed', { reason: reason(error) }) });
  } finally {
    setBusy(false);
  }
}

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

/** "Start from the starter charter" and "Import a charter file…"; a refused file says why, here. */
function CharterImport(props: { onStarter: () => void; onImported: (c: Clause[]) => void; announce: Announce }) {
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
function CharterExport(props: {
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

function ClauseFields({ clause, n, last, errors, base, onText, onCovers, onMove, onRemove }: ClauseFieldsProps) {
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
