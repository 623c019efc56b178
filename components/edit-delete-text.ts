// The words of a row's Edit / Delete buttons, from a set of keys sharing one prefix ('options.',
// 'snippet.'…): edit, editLabel, delete, deleteLabel, confirmDelete, confirmDeleteYes.
import type { MessageKey } from '../utils/i18n/translate';
import type { EditDeleteText } from './edit-delete-actions';
import type { I18n } from './i18n';

/** A prefix that has the whole set (checked by its last key). */
export type EditDeletePrefix = {
  [K in MessageKey]: K extends `${infer P}.confirmDeleteYes` ? P : never;
}[MessageKey];

/** `label` names the record on the buttons (for screen readers), `name` in the question. */
export function editDeleteText(t: I18n['t'], prefix: EditDeletePrefix, label: string, name = label): EditDeleteText {
  const key = (suffix: string) => `${prefix}.${suffix}` as MessageKey;
  return {
    edit: t(key('edit')),
    editLabel: t(key('editLabel'), { name: label }),
    delete: t(key('delete')),
    deleteLabel: t(key('deleteLabel'), { name: label }),
    question: t(key('confirmDelete'), { name }),
    confirm: t(key('confirmDeleteYes')),
  };
}
