// The brands the user set up (read live from the database), each with Edit and a two-step Delete:
// the first press asks, the second deletes through the background.
import { brandTerms, type Brand } from '../core/brand';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useCanEditShared } from '../../../components/can-edit-shared';
import { EditDeleteActions } from '../../../components/edit-delete-actions';
import { editDeleteText } from '../../../components/edit-delete-text';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';

export interface BrandListProps {
  onEdit: (brand: Brand) => void;
  announce: Announce;
  /** The id of the heading that names the list. */
  labelledBy: string;
}

export function BrandList({ onEdit, announce, labelledBy }: BrandListProps) {
  const { t, reason } = useI18n();
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const { canEdit } = useCanEditShared();

  if (brands.status === 'loading') return <p>{t('common.loading')}</p>;
  if (brands.status === 'error') return <p class="error">{t('common.readError', { message: String(brands.error) })}</p>;
  if (brands.value.length === 0) return <p class="empty">{t('options.brandsEmpty')}</p>;

  async function remove(brand: Brand) {
    try {
      await send('brands.delete', { id: brand.id });
      announce({ kind: 'ok', text: t('options.deleted', { name: brand.name }) });
    } catch (error) {
      announce({ kind: 'error', text: t('options.deleteFailed', { name: brand.name, reason: reason(error) }) });
    }
  }

  return (
    <ul class="brand-list" role="list" aria-labelledby={labelledBy}>
      {brands.value.map((brand) => (
        <BrandRow
          key={brand.id}
          brand={brand}
          canEdit={canEdit}
          onEdit={() => onEdit(brand)}
          onDelete={() => remove(brand)}
        />
      ))}
    </ul>
  );
}

interface BrandRowProps {
  brand: Brand;
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}

function BrandRow({ brand, canEdit, onEdit, onDelete }: BrandRowProps) {
  const { t } = useI18n();
  return (
    <li class="brand-row" data-brand-id={brand.id}>
      <div class="brand-summary">
        <strong>{brand.name}</strong>
        <span class="terms">{t('options.terms', { terms: brandTerms(brand).join(', ') })}</span>
      </div>
      <EditDeleteActions
        record={brand}
        canEdit={canEdit}
        onEdit={onEdit}
        onDelete={onDelete}
        text={editDeleteText(t, 'options', brand.name)}
      />
    </li>
  );
}
