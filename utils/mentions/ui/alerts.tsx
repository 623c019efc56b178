// Spike alerts at the top of the popup and the side panel, live, each with a dismiss button.
import { activeAlerts } from '../repo';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';

export function Alerts() {
  const { t } = useI18n();
  const data = useLiveQuery(() => activeAlerts(pageDb(), Date.now()), []);
  if (data.status !== 'ok' || data.value.length === 0) return null;
  return (
    // A polite live region: alerts already shown are not announced again on every refresh.
    <section class="alerts" role="status" aria-live="polite" aria-label={t('alert.label')}>
      {data.value.map((e) => {
        const brand = String(e.data?.brandName ?? '');
        return (
          <p key={e.id} class="alert" data-testid="spike-alert">
            <span>
              {t('alert.spike', {
                brand,
                recent: Number(e.data?.recent ?? 0),
                usual: Number(e.data?.usual ?? 0).toFixed(1),
              })}
            </span>{' '}
            <button
              type="button"
              aria-label={t('alert.dismiss', { brand })}
              onClick={() => void send('alerts.dismiss', { id: e.id }).catch(() => {})}
            >
              ×
            </button>
          </p>
        );
      })}
    </section>
  );
}
