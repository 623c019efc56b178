// The reports' messages (reports.*): the CM's written reading of a report, saved by the background
// (pages never write the database). Contract only: the handlers are in handlers.ts.
import { z } from '../shared/zod';
import { route } from '../messaging/route';

export const REPORT_TEMPLATES = ['weekly', 'monthly', 'strategic'] as const;
export const reportTemplateSchema = z.enum(REPORT_TEMPLATES);
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

const time = z.number().int().nonnegative();

export const reportNoteSchema = z.object({
  id: z.string().max(200),
  template: reportTemplateSchema,
  from: time,
  to: time,
  text: z.string().max(20_000),
  updatedAt: time,
});

export const reportsRoutes = {
  /** Saves the reading of one report (template + period); an empty text deletes it. */
  'reports.saveNote': route(
    ['page'],
    z
      .object({ template: reportTemplateSchema, from: time, to: time, text: z.string().max(20_000, 'error.tooLong') })
      .refine((p) => p.to > p.from, 'error.period'),
    z.object({ note: reportNoteSchema.nullable() }),
  ),
} as const;
