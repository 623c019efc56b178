// Team reports, the device's side: after a sync round (at most once an hour), this device's daily
// aggregates (utils/reports/core/daily.ts: counts and response-time sketches, no message text) go to
// the team server — only the days up to today whose content changed since they were last sent, and
// the days that became empty. The server replaces a device's day when it is sent again, so a push cut
// short is simply sent again. Viewers do not send (the server takes reports from editors and admins).
import { dailyAggregates, dayFingerprint, dayNamer, type DailyAggregate } from '../reports/core/daily';
import type { ReportInput } from '../reports/core/types';
import { loadReportInput } from '../reports/repo';
import { getSettings } from '../settings/repo';
import type { TactDB } from '../db/schema';
import { REPORT_BODY_BYTES, REPORT_DAYS_PER_PUSH, reportsApi } from './core/reports-protocol';

/** How far back a device reports: two years. */
export const REPORT_HISTORY_DAYS = 730;
/** At most one upload an hour (reading every item costs more than a sync round). */
export const REPORT_UPLOAD_EVERY_MS = 60 * 60_000;
/** Every day sent again once a week, whatever the fingerprints say (a server restored from a backup heals). */
export const REPORT_FULL_EVERY_MS = 7 * 24 * 60 * 60_000;
const STATE_KEY = 'reportsSent';

export interface ReportAccount {
  serverUrl: string;
  token: string;
  deviceId: string;
  role: 'viewer' | 'editor' | 'admin';
  label: string;
}

interface SentState {
  /** The server and device the fingerprints were sent to. */
  to: string;
  lastRunAt: number;
  /** When every day was last sent. */
  fullAt: number;
  /** Day → fingerprint of the rows the server has. */
  days: Record<string, string>;
}

export interface UploadOptions {
  fetch: typeof fetch;
  now: () => number;
  /** The report input (default: the database's). */
  load?: () => Promise<ReportInput>;
  /** Upload even if the last one is recent. */
  force?: boolean;
}

/** Sends the changed days; answers how many days were sent (0 when there was nothing to do). */
export async function uploadDailyAggregates(
  db: TactDB,
  account: ReportAccount,
  options: UploadOptions,
): Promise<{ sent: number }> {
  if (account.role === 'viewer') return { sent: 0 };
  const now = options.now();
  const to = `${account.serverUrl}\u0000${account.deviceId}`;
  const saved = (await db.syncMeta.get(STATE_KEY))?.value as SentState | undefined;
  const state: SentState = saved?.to === to ? saved : { to, lastRunAt: 0, fullAt: now, days: {} };
  if (!options.force && now - state.lastRunAt < REPORT_UPLOAD_EVERY_MS) return { sent: 0 };
  const full = !(now - (state.fullAt ?? 0) < REPORT_FULL_EVERY_MS);
  if (full) state.days = Object.fromEntries(Object.keys(state.days).map((d) => [d, '']));

  const settings = await getSettings(db);
  const timeZone = settings.reports.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const dayOf = dayNamer(timeZone);
  const today = dayOf(now);
  const fromDay = dayOf(now - REPORT_HISTORY_DAYS * 86_400_000);
  const input = await (options.load ?? (() => loadReportInput(db)))();
  const days = dailyAggregates(input, { timeZone, cm: settings.cmName || account.label, fromDay }).filter(
    (d) => d.day <= today,
  );
  const changed = changedDays(days, state, fromDay);
  const api = reportsApi({ baseUrl: account.serverUrl, token: account.token, fetch: options.fetch });
  for (const chunk of chunks(changed)) {
    await api.pushDays({ days: chunk.map((c) => c.day) });
    for (const c of chunk) {
      if (c.day.rows.length) state.days[c.day.day] = c.fingerprint;
      else delete state.days[c.day.day];
    }
    await db.syncMeta.put({ key: STATE_KEY, value: state });
  }
  for (const day of Object.keys(state.days)) if (day < fromDay) delete state.days[day];
  state.lastRunAt = now;
  if (full) state.fullAt = now;
  await db.syncMeta.put({ key: STATE_KEY, value: state });
  return { sent: changed.length };
}

/** Days whose rows differ from what was sent, and sent days that are now empty (sent as empty). */
function changedDays(
  days: DailyAggregate[],
  state: SentState,
  fromDay: string,
): { day: DailyAggregate; fingerprint: string }[] {
  const present = new Set(days.map((d) => d.day));
  const out = days
    .map((day) => ({ day, fingerprint: dayFingerprint(day) }))
    .filter((d) => state.days[d.day.day] !== d.fingerprint);
  for (const day of Object.keys(state.days))
    if (!present.has(day) && day >= fromDay) out.push({ day: { day, rows: [] }, fingerprint: '' });
  return out.sort((a, b) => (a.day.day < b.day.day ? -1 : 1));
}

/** Pushes of at most REPORT_DAYS_PER_PUSH days and about half the server's body limit. */
function chunks<T extends { day: DailyAggregate }>(days: T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const d of days) {
    const size = JSON.stringify(d.day).length;
    if (current.length && (current.length >= REPORT_DAYS_PER_PUSH || bytes + size > REPORT_BODY_BYTES / 2)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(d);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
