// The team reports' wire format, shared by the extension and the server: a device's daily aggregates
// going up (`POST /v1/reports/daily`), and a team report coming down (`GET /v1/reports`), with its
// client. Every answer is validated; every failure is a SyncHttpError, like the rest of the team API.
import { z } from '../../shared/zod';
import { dailyAggregateSchema, dayKeySchema } from '../../reports/core/daily';
import { httpCaller } from './client';

/** Days per push: the first upload of two years of history takes about 24 requests. */
export const REPORT_DAYS_PER_PUSH = 31;
/** The longest team report: a little over two years. */
export const REPORT_MAX_DAYS = 800;
/** A push's body limit (a busy day is a few hundred rows). */
export const REPORT_BODY_BYTES = 1024 * 1024;

export const reportPushSchema = z.object({
  days: z
    .array(dailyAggregateSchema)
    .min(1)
    .max(REPORT_DAYS_PER_PUSH)
    .refine((days) => new Set(days.map((d) => d.day)).size === days.length, 'each day once'),
});
export type ReportPush = z.infer<typeof reportPushSchema>;

export const reportPushResponseSchema = z.object({ days: z.number().int().nonnegative() });

export const teamReportDimSchema = z.enum(['cm', 'brand', 'platform', 'intent']);
export type TeamReportDim = z.infer<typeof teamReportDimSchema>;

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** A half-open range of local days [from, to), at most REPORT_MAX_DAYS long. */
export const teamReportQuerySchema = z
  .object({ from: dayKeySchema, to: dayKeySchema, by: teamReportDimSchema.optional() })
  .refine((q) => q.from < q.to, 'from must be before to')
  .refine((q) => (dayMs(q.to) - dayMs(q.from)) / 86_400_000 <= REPORT_MAX_DAYS, 'period too long');
export type TeamReportQuery = z.infer<typeof teamReportQuerySchema>;

const n = z.number().int().nonnegative();
const ratio = z.number().min(-1).max(1).nullable();
const minutes = z.number().nonnegative().nullable();

/** The figures of a team report, under the local report's KPI names. */
export const teamFiguresSchema = z.object({
  mentions: n,
  actionable: n,
  answered: n,
  sentiment: z.object({ positive: n, neutral: n, negative: n, net: ratio }),
  responseRate: z.number().min(0).max(1).nullable(),
  firstResponseMinutes: z.object({ count: n, median: minutes, p90: minutes }),
  backlog: n,
});
export type TeamFigures = z.infer<typeof teamFiguresSchema>;

export const teamReportSchema = z.object({
  from: dayKeySchema,
  to: dayKeySchema,
  by: teamReportDimSchema.nullable(),
  total: teamFiguresSchema,
  groups: z.array(z.object({ key: z.string().max(100), figures: teamFiguresSchema })).max(5000),
});
export type TeamReport = z.infer<typeof teamReportSchema>;

export function reportsApi(options: { baseUrl: string; token: string; fetch?: typeof fetch }) {
  const call = httpCaller(options.baseUrl, options.fetch, options.token);
  return {
    pushDays: async (body: ReportPush) => reportPushResponseSchema.parse(await call('POST', '/v1/reports/daily', body)),
    report: async (q: TeamReportQuery) => {
      const p = new URLSearchParams({ from: q.from, to: q.to, ...(q.by ? { by: q.by } : {}) });
      return teamReportSchema.parse(await call('GET', `/v1/reports?${p.toString()}`));
    },
  };
}
