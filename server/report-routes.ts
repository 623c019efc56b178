// Team reports' routes. A device pushes its daily aggregates (editors and admins, as for sync pushes);
// editors and admins read the team's figures for a range of days; the CM-vs-CM split is for admins.
import type { Context, Hono } from 'hono';
import type { z } from '../utils/shared/zod';
import type { Role } from '../utils/sync/core/protocol';
import { reportPushSchema, teamReportQuerySchema } from '../utils/sync/core/reports-protocol';
import type { Env } from './app';
import { ReportStore } from './reports';
import { ApiError, type Device } from './store';

export interface RouteHelpers {
  need(c: Context<Env>, role: Role): Device;
  parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S>;
  parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>>;
}

export function reportRoutes(app: Hono<Env>, h: RouteHelpers): void {
  app.post('/v1/reports/daily', async (c) => {
    const device = h.need(c, 'editor');
    const body = await h.parseBody(c, reportPushSchema);
    return c.json(await new ReportStore(c.var.store.db).pushDays(device, body.days));
  });

  app.get('/v1/reports', async (c) => {
    const device = h.need(c, 'editor');
    const q = h.parse(teamReportQuerySchema, c.req.query());
    if (q.by === 'cm' && device.role !== 'admin')
      throw new ApiError(403, 'forbidden', 'Comparing CMs needs the admin role.');
    return c.json(await new ReportStore(c.var.store.db).teamReport(device.teamId, q));
  });
}
