// Background service worker: wiring only. The database, the capabilities' handlers behind the message
// router, and what each capability starts (roaming, kit subscriptions, team sync, notifications…).
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { TactDB } from '../../utils/db/schema';
import { createHandlers } from '../../utils/background/handlers';
import { browserEffects } from '../../utils/background/browser-effects';
import { listenForMessages } from '../../utils/background/listen';
import { startCommands } from '../../utils/background/commands';
import { startLifecycle } from '../../utils/background/lifecycle';
import { startRoaming } from '../../utils/sync/roaming-start';
import { startBackgroundSync, SyncService } from '../../utils/sync/service';
import { startKitSubscriptions } from '../../utils/kit/alarms';
import { startSpikeNotificationClicks } from '../../utils/mentions/notify';
import { pushLanguage } from '../../utils/settings/push-language';
import { startReportReminder } from '../../utils/reports/reminder';

export default defineBackground(() => {
  const db = new TactDB();
  const roamer = startRoaming(db, pushLanguage);
  const subscriptions = startKitSubscriptions(db);
  const teamSync = new SyncService(db);
  listenForMessages(createHandlers(db, browserEffects({ roamer, subscriptions }), teamSync));
  // Team sync (when joined): at start-up, on an alarm, and shortly after local edits.
  startBackgroundSync(teamSync, browser.alarms);
  startSpikeNotificationClicks();
  startCommands();
  startLifecycle(db);
  startReportReminder(db);
});
