// Team reports on the server: each device's daily aggregates (`report_days`, replaced per device and
// day, so a re-send is idempotent) and their pre-merged sums (`report_rollup`): per day and per
// calendar month, for the whole team and per CM, brand, platform and intent. A report for any range
// reads whole months from the month rows and only the ragged ends from the day rows, so two years of
// a 50-CM team is a few thousand small rows. Every query is scoped by the caller's team.
import { addSums, figuresOf, type DailyAggregate, type DailySums } from '../utils/reports/core/daily';
import type { Sketch } from '../utils/reports/core/sketch';
import type { TeamReport, TeamReportDim, TeamReportQuery } from '../utils/sync/core/reports-protocol';
import type { Db, Sql } from './db';
import type { Device } from './store';

type Dim = 'all' | TeamReportDim;

interface SumRow {
  mentions: number;
  actionable: number;
  answered: number;
  positive: number;
  negative: number;
  backlog: number;
  sketch: Sketch;
}

const SUM_COLUMNS = 'mentions, actionable, answered, positive, negative, backlog, sketch';
// A transaction-scoped lock per team: rollups of one team are rebuilt one push at a time.
const LOCK_SQL = "SELECT pg_advisory_xact_lock(7346002, hashtext('reports:' || $1))";

const sums = (r: SumRow): DailySums => ({
  mentions: Number(r.mentions),
  actionable: Number(r.actionable),
  answered: Number(r.answered),
  positive: Number(r.positive),
  negative: Number(r.negative),
  backlog: Number(r.backlog),
  firstResponse: r.sketch,
});

export class ReportStore {
  constructor(readonly db: Db) {}

  /** Replaces this device's rows for each day sent (an empty day deletes them), then the team's rollups. */
  async pushDays(device: Device, days: DailyAggregate[]): Promise<{ days: number }> {
    const dayKeys = days.map((d) => d.day);
    await this.db.transaction(async (tx) => {
      await tx.query(LOCK_SQL, [device.teamId]);
      await tx.query('DELETE FROM report_days WHERE team_id = $1 AND device_id = $2 AND day = ANY($3::date[])', [
        device.teamId,
        device.id,
        dayKeys,
      ]);
      const rows = days.flatMap((d) => d.rows.map((r) => ({ ...r, day: d.day })));
      if (rows.length)
        await tx.query(
          `INSERT INTO report_days (team_id, device_id, day, brand_ids, platform, intent, cm, ${SUM_COLUMNS})
           SELECT $1, $2, (r->>'day')::date, ARRAY(SELECT jsonb_array_elements_text(r->'brandIds')),
             r->>'platform', r->>'intent', r->>'cm', (r->>'mentions')::int, (r->>'actionable')::int,
             (r->>'answered')::int, (r->>'positive')::int, (r->>'negative')::int, (r->>'backlog')::int,
             r->'firstResponse'
           FROM jsonb_array_elements($3::jsonb) r`,
          [device.teamId, device.id, JSON.stringify(rows)],
        );
      await rebuildDays(tx, device.teamId, dayKeys);
      await rebuildMonths(tx, device.teamId, [...new Set(dayKeys.map(monthOf))]);
    });
    return { days: days.length };
  }

  /** The team's figures for [from, to): the total and, with `by`, one group per key (largest first). */
  async teamReport(teamId: string, q: TeamReportQuery): Promise<TeamReport> {
    const dims: Dim[] = q.by ? ['all', q.by] : ['all'];
    const { days, months } = splitRange(q.from, q.to);
    const rows = (
      await this.db.query<SumRow & { dim: Dim; key: string }>(
        `SELECT dim, key, ${SUM_COLUMNS} FROM report_rollup WHERE team_id = $1 AND dim = ANY($2::text[]) AND (
           (span = 'day' AND start = ANY($3::date[])) OR (span = 'month' AND start = ANY($4::date[])))`,
        [teamId, dims, days, months],
      )
    ).rows;
    const byKey = new Map<string, DailySums[]>();
    const total: DailySums[] = [];
    for (const r of rows) {
      if (r.dim === 'all') total.push(sums(r));
      else byKey.set(r.key, [...(byKey.get(r.key) ?? []), sums(r)]);
    }
    const groups = [...byKey.entries()]
      .map(([key, parts]) => ({ key, figures: figuresOf(addSums(parts)) }))
      .sort((a, b) => b.figures.mentions - a.figures.mentions || (a.key < b.key ? -1 : 1));
    return {
      from: q.from,
      to: q.to,
      by: (q.by ?? null) as TeamReportDim | null,
      total: figuresOf(addSums(total)),
      groups,
    };
  }
}

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function addDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** [from, to) as the whole months inside it and the days outside them. */
export function splitRange(from: string, to: string): { days: string[]; months: string[] } {
  const days: string[] = [];
  const months: string[] = [];
  let d = from;
  while (d < to) {
    if (d.endsWith('-01') && nextMonth(d) <= to) {
      months.push(d);
      d = nextMonth(d);
    } else {
      days.push(d);
      d = addDay(d);
    }
  }
  return { days, months };
}

/** The keys a row counts under, per dimension (a row naming two brands counts once under each). */
function keysOf(r: { brand_ids: string[]; platform: string; intent: string; cm: string }): [Dim, string][] {
  return [
    ['all', ''],
    ['cm', r.cm],
    ['platform', r.platform],
    ['intent', r.intent],
    ...r.brand_ids.map((b): [Dim, string] => ['brand', b]),
  ];
}

async function writeRollup(
  tx: Sql,
  teamId: string,
  span: 'day' | 'month',
  starts: string[],
  groups: Map<string, { start: string; dim: Dim; key: string; parts: DailySums[] }>,
): Promise<void> {
  await tx.query('DELETE FROM report_rollup WHERE team_id = $1 AND span = $2 AND start = ANY($3::date[])', [
    teamId,
    span,
    starts,
  ]);
  const out = [...groups.values()].map((g) => {
    const { firstResponse, ...counts } = addSums(g.parts);
    return { start: g.start, dim: g.dim, key: g.key, ...counts, sketch: firstResponse };
  });
  if (!out.length) return;
  await tx.query(
    `INSERT INTO report_rollup (team_id, span, start, dim, key, ${SUM_COLUMNS})
     SELECT $1, $2, (r->>'start')::date, r->>'dim', r->>'key', (r->>'mentions')::bigint,
       (r->>'actionable')::bigint, (r->>'answered')::bigint, (r->>'positive')::bigint,
       (r->>'negative')::bigint, (r->>'backlog')::bigint, r->'sketch'
     FROM jsonb_array_elements($3::jsonb) r`,
    [teamId, span, JSON.stringify(out)],
  );
}

function group(
  into: Map<string, { start: string; dim: Dim; key: string; parts: DailySums[] }>,
  start: string,
  dim: Dim,
  key: string,
  s: DailySums,
): void {
  const id = `${start}\u0000${dim}\u0000${key}`;
  const g = into.get(id);
  if (g) g.parts.push(s);
  else into.set(id, { start, dim, key, parts: [s] });
}

/** The day rollups of `days`, from every device's rows of those days. */
export async function rebuildDays(tx: Sql, teamId: string, days: string[]): Promise<void> {
  const rows = (
    await tx.query<SumRow & { day: string; brand_ids: string[]; platform: string; intent: string; cm: string }>(
      `SELECT day::text AS day, brand_ids, platform, intent, cm, ${SUM_COLUMNS} FROM report_days
       WHERE team_id = $1 AND day = ANY($2::date[])`,
      [teamId, days],
    )
  ).rows;
  const groups = new Map<string, { start: string; dim: Dim; key: string; parts: DailySums[] }>();
  for (const r of rows) for (const [dim, key] of keysOf(r)) group(groups, r.day, dim, key, sums(r));
  await writeRollup(tx, teamId, 'day', days, groups);
}

/** The month rollups of `months` (first days), from their day rollups. */
export async function rebuildMonths(tx: Sql, teamId: string, months: string[]): Promise<void> {
  const groups = new Map<string, { start: string; dim: Dim; key: string; parts: DailySums[] }>();
  for (const month of months) {
    const rows = (
      await tx.query<SumRow & { dim: Dim; key: string }>(
        `SELECT dim, key, ${SUM_COLUMNS} FROM report_rollup
         WHERE team_id = $1 AND span = 'day' AND start >= $2::date AND start < $3::date`,
        [teamId, month, nextMonth(month)],
      )
    ).rows;
    for (const r of rows) group(groups, month, r.dim, r.key, sums(r));
  }
  await writeRollup(tx, teamId, 'month', months, groups);
}
