// Spike alerts as browser notifications (in the browser's UI language), saying why (intents, words,
// platforms), and a click on one opens the incident (the side panel's Community view).
import { browser } from 'wxt/browser';
import { resolveLanguage, t } from '../i18n/translate';
import type { SpikeAlert } from './alerts';
import { whyText } from '../care/core/crisis-text';

const PREFIX = 'tact-spike-';

export async function notifySpike(alert: SpikeAlert): Promise<void> {
  const lang = resolveLanguage('auto', browser.i18n.getUILanguage());
  const params = { brand: alert.brandName, recent: alert.recent, usual: alert.usual.toFixed(1) };
  await browser.notifications.create(`${PREFIX}${alert.brandId}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(lang, 'alert.notify.title', params),
    message: alert.why
      ? t(lang, 'crisis.notify.why', { why: whyText(lang, alert.why) })
      : t(lang, 'alert.notify.message', params),
  });
}

export function startSpikeNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(PREFIX)) void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html?view=care') });
  });
}
