// Spike alerts as browser notifications (in the browser's UI language), and a click on one opens the
// side panel's inbox.
import { browser } from 'wxt/browser';
import { resolveLanguage, t } from '../i18n/translate';
import type { SpikeAlert } from './alerts';

const PREFIX = 'tact-spike-';

export async function notifySpike(alert: SpikeAlert): Promise<void> {
  const lang = resolveLanguage('auto', browser.i18n.getUILanguage());
  const params = { brand: alert.brandName, recent: alert.recent, usual: alert.usual.toFixed(1) };
  await browser.notifications.create(`${PREFIX}${alert.brandId}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(lang, 'alert.notify.title', params),
    message: t(lang, 'alert.notify.message', params),
  });
}

export function startSpikeNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(PREFIX)) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=inbox') });
  });
}
