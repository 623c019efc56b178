// Spike alerts at the top of the popup and the side panel, live, each with a dismiss button, why it
// fired ("12 complaints, 3 urgent · refund, broken · X, Reddit") and "Open the incident".
import { activeAlerts } from '../repo';
import { send } from '../../messaging/client';
import { pageDb } from '../../../components/db';
import { useI18n } from '../../../components/i18n';
import { useLiveQuery } from '../../../components/live-query';
import { readWhy, whyText } from '../../care/core/crisis-text';
import { browser } from 'wxt/browser';

/** The incident view: the side panel's Community view (here, or in a tab from the popup). */
function openIncident(): void {
  if (location.pathname.endsWith('/sidepanel.html')) {
    const url = new URL(location.href);
    url.searchParams.set('view', 'care');
    location.assign(url.href);
  } else void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=care') });
}

export function Alerts() {
  const { t, lang } = useI18n();
  const data = useLiveQuery(() => activeAlerts(pageDb(), Date.now()), []);
  if (data.status !== 'ok' || data.value.length === 0) return null;
  return (
    // A polite live region: alerts already shown are not announced again on every refresh.
    <section class="alerts" role="status" aria-live="polite" aria-label={t('alert.label')}>
      {data.value.map((e) => {
        const brand = String(e.data?.brandName ?? '');
        const why = readWhy(e.data?.why);
        return (
          <p key={e.id} class="alert" data-testid="spike-alert">
            <span>
              {t('alert.spike', {
                brand,
                recent: Number(e.data?.recent ?? 0),
                usual: Number(e.data?.usual ?? 0).toFixed(1),
              })}
            </span>{' '}
            {why && why.total > 0 && (
              <span class="alert-why" data-testid="spike-why">
                {whyText(lang, why)}{' '}
              </span>
            )}
            <button type="button" aria-label={t('crisis.alert.openNamed', { brand })} onClick={openIncident}>
              {t('crisis.alert.open')}
            </button>{' '}
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
