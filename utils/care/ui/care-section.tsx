// The options' Community section, per brand: where its community is, its charter, its crisis kit.
// Each part saves the whole brand through brands.save (the live brand list gives it the latest copy).
import { useState } from 'preact/hooks';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import type { Brand } from '../../mentions/core/brand';
import { CommunityPlaces } from './community-places';
import { CharterEditor } from './charter-editor';
import { CrisisKit } from './crisis-kit';

export function CareSection({ announce }: { announce: Announce }) {
  const { t } = useI18n();
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const [picked, setPicked] = useState<string | null>(null);
  if (brands.status !== 'ok') return <p>{t('common.loading')}</p>;
  const own = brands.value.filter((b: Brand) => !b.competitor);
  if (own.length === 0) return <p class="empty">{t('care.section.noBrand')}</p>;
  const brand = own.find((b) => b.id === picked) ?? own[0]!;
  return (
    <>
      {own.length > 1 && (
        <p>
          <label>
            {t('care.section.brand')}{' '}
            <select value={brand.id} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
              {own.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <CommunityPlaces key={`places-${brand.id}`} brand={brand} announce={announce} />
      <CharterEditor key={`charter-${brand.id}`} brand={brand} announce={announce} />
      <CrisisKit key={`crisis-${brand.id}`} brand={brand} announce={announce} />
    </>
  );
}
