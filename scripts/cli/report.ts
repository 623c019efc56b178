// `tact report`: the extension's report core in Node. Reads JSON lines of mention records (issue #15
// part 4) from stdin or --input, or the extension's full backup (--backup), and prints the report of
// [--from, --to) and of the period of equal length just before, as JSON, CSV or Markdown.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from '../../utils/shared/zod';
import { mentionsCsv } from '../../utils/reports/core/csv';
import { previousPeriod } from '../../utils/reports/core/period';
import { computeReport } from '../../utils/reports/core/report';
import { DEFAULT_REPORT_SETTINGS } from '../../utils/reports/core/settings';
import { reportSummary } from '../../utils/reports/core/summary';
import type { Period, Report, ReportInput, ReportItem } from '../../utils/reports/core/types';
import { isZone } from '../../utils/reports/core/tz';
import { readJsonLine } from './jsonl';

/** ISO 8601 with a zone (Z or ±hh:mm), as the records and --from/--to must be. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const isoTime = z
  .string()
  .regex(ISO, 'an ISO 8601 time with its offset')
  .refine((s) => Number.isFinite(Date.parse(s)), 'a real date')
  .transform((s) => Date.parse(s));

export const recordSchema = z
  .object({
    id: z.union([z.string().min(1).max(500), z.number()]).transform(String),
    platform: z.string().min(1).max(40),
    brand: z.string().min(1).max(200),
    intent: z.string().min(1).max(40),
    sentiment: z.number().min(-1).max(1),
    postedAt: isoTime.nullable().optional(),
    seenAt: isoTime.optional(),
    repliedAt: isoTime.nullable().optional(),
    status: z.enum(['new', 'in_progress', 'replied', 'ignored']),
    lang: z.enum(['fr', 'en', '']).optional(),
    author: z.string().max(300).optional(),
    text: z.string().max(100_000).optional(),
  })
  .refine((r) => r.postedAt != null || r.seenAt !== undefined, 'postedAt or seenAt is required');

export function recordToItem(r: z.output<typeof recordSchema>): ReportItem {
  return {
    key: r.id,
    platform: r.platform as ReportItem['platform'],
    brandIds: [r.brand],
    lang: r.lang ?? '',
    intent: r.intent,
    sentiment: r.sentiment,
    postedAt: r.postedAt ?? null,
    seenAt: r.seenAt ?? r.postedAt!,
    repliedAt: r.repliedAt ?? null,
    repliedBy: null,
    status: r.status,
    author: r.author ?? '',
    kind: 'comment',
    reactions: null,
    text: r.text ?? '',
    permalink: '',
  };
}

/** Reads the records; a bad line gets {"line","error"} on stderr and is skipped. Returns the bad count. */
export async function readRecords(input: NodeJS.ReadableStream, items: ReportItem[]): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    const res = readJsonLine(line, recordSchema, 'a mention record', ++n);
    if (!res) continue;
    if (res.ok) items.push(recordToItem(res.value));
    else {
      bad++;
      const { line: lineNo, error } = JSON.parse(res.errorLine) as { line: number; error: string };
      process.stderr.write(JSON.stringify({ line: lineNo, error }) + '\n');
    }
  }
  return bad;
}

/** What `--format json` prints for a period: issue #15 part 4's keys, plus byBrand and the counts behind the rate. */
export function reportJson(r: Report) {
  return {
    period: { from: new Date(r.period.from).toISOString(), to: new Date(r.period.to).toISOString() },
    mentions: r.mentions,
    byBrand: r.byBrand,
    byPlatform: r.byPlatform,
    byIntent: r.byIntent,
    sentiment: r.sentiment,
    actionable: r.actionable,
    answered: r.answered,
    responseRate: r.responseRate,
    firstResponseMinutes: { median: r.firstResponseMinutes.median, p90: r.firstResponseMinutes.p90 },
    backlog: r.backlog,
  };
}

export interface ReportOptions {
  period: Period;
  tz: string;
  format: 'json' | 'csv' | 'md';
  lang: 'en' | 'fr';
  sep: ',' | ';';
  targetMinutes: number;
}

/** The output text for these inputs; `now` bounds what is still waiting (the period end, for a past one). */
export function renderReport(input: ReportInput, o: ReportOptions, now: number): string {
  if (o.format === 'csv') return mentionsCsv(input, o.period, {}, o.sep);
  const settings = { ...DEFAULT_REPORT_SETTINGS, timezone: o.tz, responseTargetMinutes: o.targetMinutes };
  const current = computeReport(input, o.period, {}, settings, now);
  const before = previousPeriod('custom', o.period, o.tz);
  const previous = computeReport(input, before, {}, settings, now);
  if (o.format === 'md') return reportSummary(current, previous, o.lang, 'md');
  return JSON.stringify({ ...reportJson(current), previous: reportJson(previous) }) + '\n';
}

export function openInput(file: string | undefined): NodeJS.ReadableStream {
  return file === undefined || file === '-' ? process.stdin : createReadStream(file);
}

/** `tact report …`: checks the arguments (usage() exits 2), prints the report; exit code 1 after bad lines. */
export async function runReportCommand(args: string[], usage: (message: string) => never): Promise<void> {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        backup: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        tz: { type: 'string', default: 'UTC' },
        format: { type: 'string', default: 'json' },
        lang: { type: 'string', default: 'en' },
        separator: { type: 'string', default: ',' },
        target: { type: 'string', default: '60' },
      },
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  const time = (name: 'from' | 'to') => {
    const v = values[name];
    if (!v || !ISO.test(v) || !Number.isFinite(Date.parse(v)))
      usage(`report needs --${name} <ISO 8601 time with offset>`);
    return Date.parse(v);
  };
  const period = { from: time('from'), to: time('to') };
  if (!(period.to > period.from)) usage('--to must be after --from');
  if (!isZone(values.tz!)) usage(`--tz must be an IANA time zone (Europe/Paris), not "${values.tz}"`);
  const format = values.format as ReportOptions['format'];
  if (!['json', 'csv', 'md'].includes(format)) usage('--format must be json, csv or md');
  if (values.lang !== 'en' && values.lang !== 'fr') usage('--lang must be en or fr');
  if (values.separator !== ',' && values.separator !== ';') usage("--separator must be ',' or ';'");
  const target = Number(values.target);
  if (!Number.isInteger(target) || target < 1) usage('--target must be a whole number of minutes');
  if (values.backup !== undefined && values.input !== undefined) usage('give --backup or --input, not both');

  let input: ReportInput;
  let bad = 0;
  if (values.backup !== undefined) {
    const { backupInput } = await import('./report-backup');
    const read = backupInput(readFileSync(values.backup, 'utf8'));
    if (!read.ok) {
      console.error(read.error);
      process.exitCode = 1;
      return;
    }
    input = read.input;
  } else {
    const items: ReportItem[] = [];
    bad = await readRecords(openInput(values.input), items);
    input = { items, replies: [], events: [], incidents: [], brands: [] };
  }
  const opts: ReportOptions = {
    period,
    tz: values.tz!,
    format,
    lang: values.lang as ReportOptions['lang'],
    sep: values.separator as ReportOptions['sep'],
    targetMinutes: target,
  };
  process.stdout.write(renderReport(input, opts, Date.now()));
  if (bad > 0) {
    console.error(`${bad} input line${bad === 1 ? '' : 's'} could not be read (see the {"line","error"} lines).`);
    process.exitCode = 1;
  }
}
