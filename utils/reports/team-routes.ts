// The team report's message (reports.team): a page asks the background, which asks the team server
// with the device token (the page never sees it). The answer says plainly when there is no team
// report to show: sync off, this device not allowed, or the server out of reach.
import { z } from '../shared/zod';
import { route } from '../messaging/route';
import { teamReportQuerySchema, teamReportSchema } from '../sync/core/reports-protocol';

export const teamReportAnswerSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), role: z.enum(['editor', 'admin']), report: teamReportSchema }),
  /** Team sync is off on this device. */
  z.object({ state: z.literal('off') }),
  /** A viewer (or an editor asking for CM vs CM). */
  z.object({ state: z.literal('forbidden') }),
  /** The server did not answer (offline, down, rate limited). */
  z.object({ state: z.literal('offline') }),
  z.object({ state: z.literal('error'), code: z.string().max(100) }),
]);
export type TeamReportAnswer = z.infer<typeof teamReportAnswerSchema>;

export const teamReportsRoutes = {
  /** The team's figures for local days [from, to); `by` splits them (cm: admins only). */
  'reports.team': route(['page'], teamReportQuerySchema, teamReportAnswerSchema),
} as const;
