// The brand form (options page and onboarding): name, aliases, @handles, #hashtags, products,
// exclusion words, languages. Checked with brandInputSchema before saving; errors from either the
// schema or the background land next to their field, in the page's language.
import type { z } from '../../shared/zod';
import { useId, useRef, useState } from 'preact/hooks';
import { brandInputSchema, LANGUAGES, type Brand, type Language } from '../core/brand';
import { MessageError } from '../../messaging/client';
import { useCanEditShared } from '../../../components/can-edit-shared';
import { useI18n, type I18n } from '../../../components/i18n';
import { StatusRegion, useStatus, type Announce } from '../../../components/status';
import type { MessageKey } from '../../i18n/translate';

/** A brand as the schema parsed it: what `save` receives. */
export type BrandDraft = z.output<typeof brandInputSchema>;

const LIST_FIELDS = ['aliases', 'handles', 'hashtags', 'products', 'misspellings', 'exclude'] as const;
type ListField = (typeof LIST_FIELDS)[number];
const FIELDS = ['name', ...LIST_FIELDS, 'query', 'languages'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string[]>>;

interface Values {
  name: string;
  lists: Record<ListField, string>;
  query: string;
  languages: Language[];
}

const LABELS: Record<Field, MessageKey> = {
  name: 'brand.field.name',
  aliases: 'brand.field.aliases',
  handles: 'brand.field.handles',
  hashtags: 'brand.field.hashtags',
  products: 'brand.field.products',
  misspellings: 'brand.field.misspellings',
  exclude: 'brand.field.exclude',
  query: 'brand.field.query',
  languages: 'brand.field.languages',
};
const HINTS: Record<Field, MessageKey> = {
  name: 'brand.hint.name',
  aliases: 'brand.hint.aliases',
  handles: 'brand.hint.handles',
  hashtags: 'brand.hint.hashtags',
  products: 'brand.hint.products',
  misspellings: 'brand.hint.misspellings',
  exclude: 'brand.hint.exclude',
  query: 'brand.hint.query',
  languages: 'brand.hint.languages',
};

/** "a, b\nc" → ["a", "b", "c"]: commas and new lines separate, blanks are dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function valuesOf(brand: Brand | undefined): Values {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, (brand?.[f] ?? []).join('\n')])) as Record<
    ListField,
    string
  >;
  return { name: brand?.name ?? '', lists, query: brand?.query ?? '', languages: brand?.languages ?? [...LANGUAGES] };
}

function draftOf(values: Values, id: string | undefined) {
  const lists = Object.fromEntries(LIST_FIELDS.map((f) => [f, splitList(values.lists[f])]));
  return {
    ...(id ? { id } : {}),
    name: values.name,
    ...lists,
    query: values.query,
    languages: values.languages,
  } as Record<string, unknown>;
}

/**
 * Puts each issue on its field. Paths come from zod (['handles', 0]) or from the background as
 * strings ('brand.handles.0'); an issue on one entry of a list quotes that entry.
 */
export function fieldErrorsOf(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> | string; message: string }>,
  sent: Record<string, unknown>,
  i18n: Pick<I18n, 't' | 'issue'>,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path[0] === 'brand') path.shift();
    const [field, index] = path;
    let text = i18n.issue(issue.message);
    const list = field ? sent[field] : undefined;
    const entry = index !== undefined && Array.isArray(list) ? list[Number(index)] : undefined;
    if (typeof entry === 'string') text = i18n.t('brand.itemError', { item: entry, message: text });
    if (field && (FIELDS as readonly string[]).includes(field)) (fields[field as Field] ??= []).push(text);
    else other.push(text);
  }
  return { fields, other };
}

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

export function BrandForm({ brand, save, onSaved, onCancel, announce, labelledBy }: BrandFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(brand));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [ownStatus, ownAnnounce] = useStatus();
  const say = announce ?? ownAnnounce;
  const refs = useRef<Partial<Record<Field, HTMLElement | null>>>({});
  const shared = useCanEditShared();

  const ids = (f: Field) => ({ input: `${id}-${f}`, hint: `${id}-${f}-hint`, error: `${id}-${f}-error` });
  const describedBy = (f: Field) => [errors[f]?.length ? ids(f).error : '', ids(f).hint].filter(Boolean).join(' ');

  function showErrors(found: FieldErrors, other: string[]) {
    setErrors(found);
    const detail = other.length ? ` ${other.join(' ')}` : '';
    say({ kind: 'error', text: t('brand.invalid') + detail });
    const first = FIELDS.find((f) => found[f]?.length);
    if (first) refs.current[first]?.focus();
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const sent = draftOf(values, brand?.id);
    const parsed = brandInputSchema.safeParse(sent);
    if (!parsed.success) {
      const { fields, other } = fieldErrorsOf(parsed.error.issues, sent, i18n);
      showErrors(fields, other);
      return;
    }
    setBusy(true);
    try {
      await save(parsed.data);
      setErrors({});
      if (!brand) setValues(valuesOf(undefined));
      say({ kind: 'ok', text: t('brand.saved', { name: parsed.data.name }) });
      onSaved?.(parsed.data);
    } catch (error) {
      const issues = error instanceof MessageError ? (error.body.issues ?? []) : [];
      const { fields, other } = fieldErrorsOf(issues, sent, i18n);
      if (Object.keys(fields).length > 0) showErrors(fields, other);
      else say({ kind: 'error', text: t('brand.saveFailed', { reason: i18n.reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  function fieldProps(f: Field) {
    return {
      id: ids(f).input,
      'aria-invalid': errors[f]?.length ? ('true' as const) : undefined,
      'aria-describedby': describedBy(f),
      ref: (el: HTMLElement | null) => {
        refs.current[f] = el;
      },
    };
  }

  function notes(field: Field) {
    return (
      <>
        {errors[field]?.length ? (
          <p id={ids(field).error} class="field-error">
            {errors[field]!.join(' ')}
          </p>
        ) : null}
        <p id={ids(field).hint} class="hint">
          {t(HINTS[field])}
        </p>
      </>
    );
  }

  // A viewer of the team sees the shared brands but cannot change them.
  if (!shared.canEdit) return <p class="note read-only">{t('sync.readOnly', { team: shared.team ?? '' })}</p>;

  return (
    <form
      class="brand-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
      aria-busy={busy ? 'true' : undefined}
    >
      <div class="field">
        <label for={ids('name').input}>{t(LABELS.name)}</label>
        <input
          type="text"
          autocomplete="off"
          aria-required="true"
          value={values.name}
          onInput={(e) => setValues({ ...values, name: e.currentTarget.value })}
          {...fieldProps('name')}
        />
        {notes('name')}
      </div>
      {LIST_FIELDS.map((f) => (
        <div class="field" key={f}>
          <label for={ids(f).input}>{t(LABELS[f])}</label>
          <textarea
            rows={2}
            value={values.lists[f]}
            onInput={(e) => setValues({ ...values, lists: { ...values.lists, [f]: e.currentTarget.value } })}
            {...fieldProps(f)}
          />
          {notes(f)}
        </div>
      ))}
      <div class="field">
        <label for={ids('query').input}>{t(LABELS.query)}</label>
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={values.query}
          onInput={(e) => setValues({ ...values, query: e.currentTarget.value })}
          {...fieldProps('query')}
        />
        {notes('query')}
      </div>
      <fieldset
        class="field"
        aria-describedby={describedBy('languages')}
        aria-invalid={errors.languages?.length ? 'true' : undefined}
      >
        <legend>{t(LABELS.languages)}</legend>
        {LANGUAGES.map((lang, i) => (
          <label class="check" key={lang}>
            <input
              type="checkbox"
              checked={values.languages.includes(lang)}
              ref={i === 0 ? fieldProps('languages').ref : undefined}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const next = LANGUAGES.filter((l) => (l === lang ? on : values.languages.includes(l)));
                setValues({ ...values, languages: next });
              }}
            />{' '}
            {t(lang === 'fr' ? 'brand.lang.fr' : 'brand.lang.en')}
          </label>
        ))}
        {notes('languages')}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary">
          {t('brand.save')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('brand.cancelEdit')}
          </button>
        ) : null}
      </div>
      {announce ? null : <StatusRegion message={ownStatus} />}
    </form>
  );
}
