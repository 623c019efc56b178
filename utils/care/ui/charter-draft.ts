// The charter editor's draft: the clauses being edited, the saved ones, focus kept, and the edits on them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDirtyValues } from '../../../components/dirty';
import type { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Brand } from '../../mentions/core/brand';
import { CLAUSES_MAX, type Clause } from '../core/charter';
import { STARTER_CHARTER } from '../core/starter-charter';

export type Lang = 'fr' | 'en';
export type Part = 'title' | 'text';
/** Errors by clause index and field ('title', 'title.fr', 'text.en'…). */
export type Errors = Record<number, Record<string, string>>;

let seq = 0;
function newId(): string {
  seq++;
  return `c${Date.now().toString(36)}${seq.toString(36)}`;
}

const blank = (): Clause => ({ id: newId(), title: { fr: '', en: '' }, text: { fr: '', en: '' }, covers: [] });
export const copy = (clauses: readonly Clause[]): Clause[] =>
  clauses.map((c) => ({ ...c, title: { ...c.title }, text: { ...c.text }, covers: [...c.covers] }));

export interface Draft {
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
export function useDraft(brand: Brand): Draft {
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

export type T = ReturnType<typeof useI18n>['t'];

/** Add, remove, move, start from the starter charter: each says what it did. */
export function clauseActions(d: Draft, t: T, announce: Announce, confirm: (q: string) => boolean, addId: string) {
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
