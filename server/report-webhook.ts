// The optional weekly team report to a chat: a JSON `{"text": …}` POSTed to a Slack or Microsoft
// Teams incoming webhook (both accept it). The URL is set by whoever runs the server
// (`npm run server -- report-webhook <teamId> <url|off> [en|fr]`), never by a device. A timer checks
// every hour; each completed ISO week (Monday to Sunday, UTC days) is claimed in the database before
// it is sent, so several instances send it once, and a failed send is released to be tried again at
// the next check. Failures are logged by team and status only: the URL is a secret.
import { z } from '../utils/shared/zod';
import type { TeamFigures } from '../utils/sync/core/reports-protocol';
import type { Db } from './db';
import { ReportStore } from './reports';

export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'http(s) only');
export const webhookLangSchema = z.enum(['en', 'fr']);
export type WebhookLang = z.infer<typeof webhookLangSchema>;

export const WEBHOOK_CHECK_MS = 60 * 60_000;

/** Sets (or, with null, removes) a team's weekly webhook. */
export async function setWebhook(db: Db, teamId: string, url: string | null, lang: WebhookLang = 'en'): Promise<void> {
  if (url === null) {
    await db.query('DELETE FROM report_webhooks WHERE team_id = $1', [teamId]);
    return;
  }
  const checked = webhookUrlSchema.parse(url);
  await db.query(
    `INSERT INTO report_webhooks (team_id, url, lang) VALUES ($1, $2, $3)
     ON CONFLICT (team_id) DO UPDATE SET url = $2, lang = $3, last_week = NULL, updated_at = now()`,
    [teamId, checked, lang],
  );
}

/** The last completed ISO week before `now`: its Monday and the next Monday (UTC days). */
export function lastWeek(now: number): { from: string; to: string } {
  const day = Math.floor(now / 86_400_000);
  const weekday = (new Date(day * 86_400_000).getUTCDay() + 6) % 7; // Monday = 0
  const monday = day - weekday;
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  return { from: iso(monday - 7), to: iso(monday) };
}

const STRINGS = {
  en: {
    title: 'Tact weekly team report',
    colon: ':',
    to: 'to',
    mentions: 'Mentions',
    rate: 'Response rate',
    of: 'of',
    toHandle: 'to handle',
    first: 'First response',
    median: 'median',
    backlog: 'Backlog at the end',
    net: 'Net sentiment',
  },
  fr: {
    title: 'Rapport hebdomadaire de l’équipe (Tact)',
    colon: '\u00a0:',
    to: 'au',
    mentions: 'Mentions',
    rate: 'Taux de réponse',
    of: 'sur',
    toHandle: 'à traiter',
    first: 'Première réponse',
    median: 'médiane',
    backlog: 'En attente en fin de semaine',
    net: 'Sentiment net',
  },
} as const;

function duration(lang: WebhookLang, minutes: number | null): string {
  if (minutes === null) return '—';
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (minutes < 90) return `${nf.format(Math.round(minutes))} min`;
  if (minutes < 48 * 60) return `${nf.format(minutes / 60)} h`;
  return `${nf.format(minutes / 1440)} ${lang === 'fr' ? 'j' : 'd'}`;
}

/** The chat message: plain text with a few lines, the same figures as the team report. */
export function weeklyText(teamName: string, week: { from: string; to: string }, f: TeamFigures, lang: WebhookLang) {
  const s = STRINGS[lang];
  const n = new Intl.NumberFormat(lang);
  const pct = (v: number | null, signed = false) =>
    v === null
      ? '—'
      : new Intl.NumberFormat(lang, {
          style: 'percent',
          maximumFractionDigits: 0,
          signDisplay: signed ? 'exceptZero' : 'auto',
        }).format(v);
  const sunday = new Date(Date.parse(`${week.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return [
    `*${s.title}* — ${teamName}, ${week.from} ${s.to} ${sunday}`,
    `• ${s.mentions}${s.colon} ${n.format(f.mentions)}`,
    `• ${s.rate}${s.colon} ${pct(f.responseRate)} ` +
      `(${n.format(f.answered)} ${s.of} ${n.format(f.actionable)} ${s.toHandle})`,
    `• ${s.first}${s.colon} ${s.median} ${duration(lang, f.firstResponseMinutes.median)}, p90 ` +
      duration(lang, f.firstResponseMinutes.p90),
    `• ${s.backlog}${s.colon} ${n.format(f.backlog)}`,
    `• ${s.net}${s.colon} ${pct(f.sentiment.net, true)}`,
  ].join('\n');
}

export interface WebhookOptions {
  now?: () => number;
  fetch?: typeof fetch;
  log?: (message: string) => void;
  timeoutMs?: number;
}

/** Sends last week's report to every team's webhook that has not had it; answers how many were sent. */
export async function sendWeeklyReports(db: Db, options: WebhookOptions = {}): Promise<number> {
  const week = lastWeek((options.now ?? Date.now)());
  const log = options.log ?? ((m: string) => console.error(m));
  const due = (
    await db.query<{ team_id: string; name: string; last_week: string | null }>(
      `SELECT w.team_id, t.name, w.last_week FROM report_webhooks w JOIN teams t ON t.id = w.team_id
       WHERE w.last_week IS DISTINCT FROM $1`,
      [week.from],
    )
  ).rows;
  let sent = 0;
  for (const team of due) {
    // Claim the week (compare and set): when another instance claimed it first, it sends it.
    const claim = (
      await db.query<{ url: string; lang: WebhookLang }>(
        `UPDATE report_webhooks SET last_week = $2 WHERE team_id = $1 AND last_week IS NOT DISTINCT FROM $3
         RETURNING url, lang`,
        [team.team_id, week.from, team.last_week],
      )
    ).rows[0];
    if (!claim) continue;
    if (await postReport(db, team, claim, week, options, log)) sent++;
    else
      await db.query('UPDATE report_webhooks SET last_week = $2 WHERE team_id = $1 AND last_week = $3', [
        team.team_id,
        team.last_week,
        week.from,
      ]);
  }
  return sent;
}

async function postReport(
  db: Db,
  team: { team_id: string; name: string },
  claim: { url: string; lang: WebhookLang },
  week: { from: string; to: string },
  options: WebhookOptions,
  log: (message: string) => void,
): Promise<boolean> {
  try {
    const report = await new ReportStore(db).teamReport(team.team_id, week);
    const res = await (options.fetch ?? fetch)(claim.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: weeklyText(team.name, week, report.total, claim.lang) }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await res.body?.cancel().catch(() => {});
    if (res.ok) return true;
    log(`team report webhook (team ${team.team_id}, week ${week.from}): HTTP ${res.status}; tried again next hour`);
  } catch (e) {
    const kind = e instanceof Error ? e.name : typeof e;
    log(`team report webhook (team ${team.team_id}, week ${week.from}): ${kind}; tried again next hour`);
  }
  return false;
}

/** The hourly check (first one a minute after start); answers how to stop it. */
export function startWeeklyWebhooks(db: Db, options: WebhookOptions = {}): () => void {
  const tick = () =>
    void sendWeeklyReports(db, options).catch((e: unknown) => {
      console.error('team report webhooks:', e instanceof Error ? e.name : typeof e);
    });
  const first = setTimeout(tick, 60_000);
  const every = setInterval(tick, WEBHOOK_CHECK_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
