// "Declare an incident": the form on top of the side panel's incidents, for one of the user's own brands.
import { useState } from 'preact/hooks';
import { useI18n } from '../../../components/i18n';
import { pageDb } from '../../../components/db';
import { useLiveQuery } from '../../../components/live-query';
import type { Announce } from '../../../components/status';
import { send } from '../../messaging/client';

export function Declare({ announce }: { announce: Announce }) {
  const { t, reason } = useI18n();
  const brands = useLiveQuery(() => pageDb().brands.orderBy('name').toArray(), []);
  const [picked, setPicked] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  if (brands.status !== 'ok') return null;
  const own = brands.value.filter((b) => !b.competitor);
  if (own.length === 0) return <p class="empty">{t('crisis.declare.noBrand')}</p>;
  const brand = own.find((b) => b.id === picked) ?? own[0]!;
  const declare = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const before = await pageDb()
        .incidents.where('brandId')
        .equals(brand.id)
        .filter((i) => i.end === null)
        .count();
      await send('care.incident.declare', { brandId: brand.id, note });
      setNote('');
      announce({
        kind: 'ok',
        text: t(before > 0 ? 'crisis.declare.already' : 'crisis.declare.done', { brand: brand.name }),
      });
    } catch (error) {
      announce({ kind: 'error', text: reason(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="incident-declare" onSubmit={(e) => void declare(e)} aria-labelledby="incident-declare-heading">
      <h4 id="incident-declare-heading">{t('crisis.declare.heading')}</h4>
      {own.length > 1 && (
        <p>
          <label for="incident-declare-brand">{t('crisis.declare.brand')}</label>{' '}
          <select
            id="incident-declare-brand"
            value={brand.id}
            onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}
          >
            {own.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>
        <label for="incident-declare-note">{t('crisis.declare.note')}</label>
        <textarea
          id="incident-declare-note"
          rows={2}
          maxLength={2000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </p>
      <button type="submit" disabled={busy}>
        {t('crisis.declare.submit')}
      </button>
    </form>
  );
}
