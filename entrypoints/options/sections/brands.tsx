// Brands: the list of brands Tact looks for, and the form to add one or edit the one picked.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Brand } from '../../../utils/mentions/core/brand';
import { send } from '../../../utils/messaging/client';
import { BrandForm } from '../../../utils/mentions/ui/brand-form';
import { BrandList } from '../../../utils/mentions/ui/brand-list';
import { useI18n } from '../../../components/i18n';
import type { Announce } from '../../../components/status';

export function BrandsSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Brand | undefined>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  const started = useRef(false);

  // Starting or ending an edit moves focus to the form's heading, which names what is edited.
  useLayoutEffect(() => {
    if (started.current) formHeading.current?.focus();
    started.current = true;
  }, [editing]);

  return (
    <>
      <section aria-labelledby="brands-heading">
        <h2 id="brands-heading">{t('options.brands')}</h2>
        <BrandList onEdit={setEditing} announce={announce} labelledBy="brands-heading" />
      </section>
      <section aria-labelledby="brand-form-heading">
        <h2 id="brand-form-heading" tabIndex={-1} ref={formHeading}>
          {editing ? t('brand.form.edit', { name: editing.name }) : t('brand.form.new')}
        </h2>
        <BrandForm
          key={editing?.id ?? 'new'}
          brand={editing}
          save={(brand) => send('brands.save', { brand })}
          onSaved={() => setEditing(undefined)}
          onCancel={editing ? () => setEditing(undefined) : undefined}
          announce={announce}
          labelledBy="brand-form-heading"
        />
      </section>
    </>
  );
}
