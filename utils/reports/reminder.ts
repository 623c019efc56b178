// The weekly reminder that the weekly report is ready: a one-shot alarm at the next weekday and hour
// the user picked (settings.reports.reminder, off by default) in their timezone, a notification when
// it rings, then the next one. A one-shot alarm rather than a 7-day period, so the hour stays right
// across daylight-saving changes. The background follows the settings row live (Dexie liveQuery), so
// a change made on any page (or roamed in) reschedules it.
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { resolveLanguage, t } from '../i18n/translate';
import { getSettings } from '../settings/repo';
import type { ReportSettings } from './core/settings';
import { localParts, resolveZone, zonedTime } from './core/tz';
import type { TactDB } from '../db/schema';

export const REMINDER_ALARM = 'tact-report-reminder';
const NOTIFICATION = 'tact-report-reminder';

/** The next time after `now` the reminder rings: `weekday` (0 = Sunday) at `hour`:00 in `timeZone`. */
export function nextReminderAt(now: number, weekday: number, hour: number, timeZone: string): number {
  const today = localParts(now, timeZone);
  for (let offset = 0; offset <= 7; offset++) {
    if ((today.weekday + offset) % 7 !== weekday) continue;
    const at = zonedTime(today.year, today.month, today.day + offset, hour, 0, timeZone);
    if (at > now) return at;
  }
  return zonedTime(today.year, today.month, today.day + 7, hour, 0, timeZone);
}

/** Sets (or clears) the alarm from the settings. */
export async function scheduleReminder(reports: ReportSettings, now = Date.now()): Promise<number | null> {
  if (!reports.reminder.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    return null;
  }
  const when = nextReminderAt(now, reports.reminder.weekday, reports.reminder.hour, resolveZone(reports.timezone));
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(REMINDER_ALARM, { when });
  return when;
}

async function notifyReport(db: TactDB): Promise<void> {
  const settings = await getSettings(db);
  const lang = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  await browser.notifications.create(`${NOTIFICATION}-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(lang, 'report.reminder.title'),
    message: t(lang, 'report.reminder.message'),
  });
}

/** Wires the reminder in the background: the alarm, its notification and a click on it. */
export function startReportReminder(db: TactDB): void {
  const reschedule = () =>
    void getSettings(db)
      .then((s) => scheduleReminder(s.reports))
      .catch((e: unknown) => console.error('[tact] report reminder', e));
  liveQuery(() => getSettings(db)).subscribe({
    next: (s) => void scheduleReminder(s.reports).catch((e: unknown) => console.error('[tact] report reminder', e)),
    error: (e: unknown) => console.error('[tact] report reminder settings', e),
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    void notifyReport(db)
      .catch((e: unknown) => console.error('[tact] report reminder notification', e))
      .finally(reschedule);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id.startsWith(NOTIFICATION)) {
      void browser.tabs.create({ url: browser.runtime.getURL('/report.html?template=weekly&period=week&previous=1') });
    }
  });
}
