// What the background does for the reports' messages (routes.ts): saving the CM's reading of a report.
import { saveReportNote } from './repo';
import type { BackgroundDeps } from '../background/deps';
import type { Handlers } from '../messaging/router';
import type { reportsRoutes } from './routes';

export function createReportsHandlers({ db, now }: BackgroundDeps): Pick<Handlers, keyof typeof reportsRoutes> {
  return {
    'reports.saveNote': async (p) => {
      const saved = await saveReportNote(db, p, now());
      return { note: saved ? { ...saved, template: p.template } : null };
    },
  };
}
