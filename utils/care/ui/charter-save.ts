// Saving the charter: the schema's issues shown on their fields (focus on the first), else the brand saved.
import type { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';
import type { Brand } from '../../mentions/core/brand';
import { CHARTER_JSON_MAX, CLAUSE_TEXT_MAX, CLAUSE_TITLE_MAX, charterSchema } from '../core/charter';
import { copy, type Draft, type Errors, type T } from './charter-draft';

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
export async function saveCharter(
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
