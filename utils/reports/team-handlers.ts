// What the background does for reports.team: the team server's report, asked with this device's
// token, or why there is none (sync off, not allowed, out of reach) as data the page can explain.
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import { SyncHttpError } from '../sync/core/client';
import { reportsApi } from '../sync/core/reports-protocol';
import type { teamReportsRoutes, TeamReportAnswer } from './team-routes';

export function createTeamReportsHandlers({ sync }: BackgroundDeps): Pick<Handlers, keyof typeof teamReportsRoutes> {
  return {
    'reports.team': async (q): Promise<TeamReportAnswer> => {
      const account = await sync.account();
      if (!account) return { state: 'off' };
      if (account.role === 'viewer' || (q.by === 'cm' && account.role !== 'admin')) return { state: 'forbidden' };
      const api = reportsApi({ baseUrl: account.serverUrl, token: account.token, fetch: sync.fetchFn });
      try {
        return { state: 'ok', role: account.role, report: await api.report(q) };
      } catch (e) {
        if (!(e instanceof SyncHttpError)) throw e;
        if (e.retryable) return { state: 'offline' };
        if (e.status === 403) return { state: 'forbidden' };
        return { state: 'error', code: e.code };
      }
    },
  };
}
