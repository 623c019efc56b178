// Starts brand-kit subscriptions in the background: checked at start-up, on an alarm, and on
// "refresh now" (subscriptions.refresh). Fetches use the browser's fetch and host permissions.
import { browser } from 'wxt/browser';
import { createSubscriptions, type Subscriptions } from './subscriptions';
import { POLL_MINUTES } from './core/subscription';
import type { TactDB } from '../db/schema';

const ALARM = 'tact-kits';

export function startKitSubscriptions(db: TactDB): Subscriptions {
  const subscriptions = createSubscriptions({
    db,
    fetch: (url, init) => fetch(url, init),
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    now: Date.now,
  });
  const refreshKits = () =>
    void subscriptions.refresh().catch((e: unknown) => console.error('[tact] brand-kit refresh', e));
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { periodInMinutes: POLL_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) refreshKits();
  });
  browser.runtime.onStartup.addListener(refreshKits);
  return subscriptions;
}
