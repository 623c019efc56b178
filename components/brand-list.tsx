// The brands the user set up (read live from the database), each with Edit and a two-step Delete:
// the first press asks, the second deletes through the background.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { brandTerms, type Brand } from '../utils/core/brands/schema';
import { send } from '../utils/messaging/client';
import { pageDb } from './db';
import { useCanEditShared } from './can-edit-shared';
import { useI18n } from './i18n';
import { useLiveQuery } from './live-query';
import type { Announce } from './status';

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
        <BrandRow key={brand.id} brand={brand} canEdit={canEdit} onEdit={() => onEdit(brand)} onDelete={() => remove(brand)} />
      ))}
    </ul>
  );
}

function BrandRow({ brand, canEdit, onEdit, onDelete }: { brand: Brand; canEdit: boolean; onEdit: () => void; onDelete: () => Promise<void> }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the step: to "Cancel" (the safe choice) when asked, back to "Delete" after.
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) deleteRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li class="brand-row" data-brand-id={brand.id}>
      <div class="brand-summary">
        <strong>{brand.name}</strong>
        <span class="terms">{t('options.terms', { terms: brandTerms(brand).join(', ') })}</span>
      </div>
      {typeof (brand as { subscriptionId?: unknown }).subscriptionId === 'string' ? (
        // From a subscribed brand kit: edited by its publisher; "Copy to my library" is in the kit section.
        <em class="read-only">{t('sub.readOnly')}</em>
      ) : !canEdit ? null : confirming ? (
        <div class="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('options.confirmDelete', { name: brand.name })}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void onDelete()}>
              {t('options.confirmDeleteYes')}
            </button>
            <button type="button" ref={cancelRef} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" aria-label={t('options.editLabel', { name: brand.name })} onClick={onEdit}>
            {t('options.edit')}
          </button>
          <button type="button" ref={deleteRef} aria-label={t('options.deleteLabel', { name: brand.name })} onClick={() => setConfirming(true)}>
            {t('options.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
