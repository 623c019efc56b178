// The one form hook of the settings pages (brand, tone, snippet): values, per-field errors from zod
// or the background put on their field in the page's language, a dirty flag, and a submit that
// saves with a busy state and says the outcome in the page's status region.
import { useId, useRef, useState } from 'preact/hooks';
import { MessageError } from '../utils/messaging/client';
import type { MessageKey } from '../utils/i18n/translate';
import { useDirty } from './dirty';
import { useI18n, type I18n } from './i18n';
import type { Announce } from './status';

export type FieldErrors<F extends string> = Partial<Record<F, string[]>>;
/** Errors placed on the form: per field, and the rest (said in the status region). */
export interface Found<F extends string> {
  fields: FieldErrors<F>;
  other: string[];
}
/** A validation issue as zod gives it (['handles', 0]) or the background sends it ('brand.handles.0'). */
export interface Issue {
  path: ReadonlyArray<PropertyKey> | string;
  message: string;
}

/**
 * Puts each issue on its field: the path loses its `root` ('brand', 'profile'…), then `locate`
 * (by default the path's first part) names the field and may reword the text.
 */
export function placeIssues<F extends string>(
  issues: readonly Issue[],
  fields: readonly F[],
  i18n: Pick<I18n, 'issue'>,
  root: string,
  locate: (path: string[], text: string) => [field: string, text: string] = (path, text) => [path[0] ?? '', text],
): Found<F> {
  const found: Found<F> = { fields: {}, other: [] };
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path[0] === root) path.shift();
    const [field, text] = locate(path, i18n.issue(issue.message));
    if ((fields as readonly string[]).includes(field)) (found.fields[field as F] ??= []).push(text);
    else found.other.push(text);
  }
  return found;
}

/** What the form says: `saved` gets {name}, `saveFailed` gets {reason}. */
export interface FormMessages {
  invalid: MessageKey;
  saved: MessageKey;
  saveFailed: MessageKey;
}

export interface FormSpec<V, F extends string, D extends { name: string }> {
  /** Every field, in the order of the page: the first one in error takes focus. */
  fields: readonly F[];
  initial: () => V;
  /** The hint shown under each field (a field without one has none). */
  hints: Partial<Record<F, MessageKey>>;
  /** Validates the values: the record to save, or the errors found. */
  check: (values: V) => { ok: true; data: D } | { ok: false; found: Found<F> };
  /** Places the issues the background sent back when it refused the save. */
  refused: (issues: readonly Issue[], values: V) => Found<F>;
  save: (data: D) => Promise<unknown>;
  announce: Announce;
  messages: FormMessages;
  /** The values after a save (a new record's form starts again); unchanged when absent. */
  afterSave?: (values: V) => V;
  onSaved?: (data: D) => void;
}

export function useForm<V, F extends string, D extends { name: string }>(
  spec: FormSpec<V, F, D>,
): Form<F> & FormState<V> {
  const i18n = useI18n();
  const id = useId();
  const [values, setValues] = useState<V>(spec.initial);
  // The values as last loaded or saved: the form is dirty while they differ.
  const [baseline, setBaseline] = useState<V>(values);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [busy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<F, HTMLElement | null>>>({});
  const say = spec.announce;

  const ids = (f: F) => ({ input: `${id}-${f}`, hint: `${id}-${f}-hint`, error: `${id}-${f}-error` });
  const describedBy = (f: F) =>
    [errors[f]?.length ? ids(f).error : '', spec.hints[f] ? ids(f).hint : ''].filter(Boolean).join(' ') || undefined;
  const invalid = (f: F) => (errors[f]?.length ? ('true' as const) : undefined);

  function showErrors({ fields, other }: Found<F>) {
    setErrors(fields);
    say({ kind: 'error', text: i18n.t(spec.messages.invalid) + (other.length ? ` ${other.join(' ')}` : '') });
    const first = spec.fields.find((f) => fields[f]?.length);
    if (first) refs.current[first]?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const checked = spec.check(values);
    if (!checked.ok) return showErrors(checked.found);
    setBusy(true);
    try {
      await spec.save(checked.data);
      setErrors({});
      // What was sent is now saved; edits typed during the save stay (and stay unsaved).
      const next = spec.afterSave ? spec.afterSave(values) : values;
      if (next !== values) setValues(next);
      setBaseline(next);
      say({ kind: 'ok', text: i18n.t(spec.messages.saved, { name: checked.data.name }) });
      spec.onSaved?.(checked.data);
    } catch (error) {
      const issues = error instanceof MessageError ? (error.body.issues ?? []) : [];
      const found = spec.refused(issues, values);
      if (Object.keys(found.fields).length > 0) showErrors(found);
      else say({ kind: 'error', text: i18n.t(spec.messages.saveFailed, { reason: i18n.reason(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(baseline);
  // Reported to the page, which asks before a change of section or leaving drops the edits.
  useDirty(dirty);

  return {
    values,
    errors,
    busy,
    dirty,
    hints: spec.hints,
    set: (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch })),
    reset(next: V = spec.initial()) {
      setValues(next);
      setBaseline(next);
      setErrors({});
    },
    submit,
    ids,
    describedBy,
    invalid,
    // What every control of field `f` carries: its id, its state, its notes, and a ref for focus.
    fieldProps: (f: F) => ({
      id: ids(f).input,
      'aria-invalid': invalid(f),
      'aria-describedby': describedBy(f),
      ref: (el: HTMLElement | null) => {
        refs.current[f] = el;
      },
    }),
  };
}

/** The values and what the page does with them. */
export interface FormState<V> {
  values: V;
  busy: boolean;
  /** True while the values differ from the ones last loaded or saved. */
  dirty: boolean;
  /** Changes some values (the others stay as they are). */
  set(patch: Partial<V>): void;
  /** Starts again from these values (or the initial ones), with no error and nothing unsaved. */
  reset(next?: V): void;
  submit(event: Event): Promise<void>;
}

/** What drawing a field needs from the form (see form-fields.tsx). */
export interface Form<F extends string> {
  errors: FieldErrors<F>;
  hints: Partial<Record<F, MessageKey>>;
  ids(f: F): { input: string; hint: string; error: string };
  describedBy(f: F): string | undefined;
  invalid(f: F): 'true' | undefined;
  fieldProps(f: F): {
    id: string;
    'aria-invalid': 'true' | undefined;
    'aria-describedby': string | undefined;
    ref: (el: HTMLElement | null) => void;
  };
}
