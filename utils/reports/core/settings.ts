// What the reports need from the user: their timezone, business hours, the first-response target
// and the weekly reminder. Kept in the settings row (`settings.reports`); the team inbox's SLAs
// (issue #16) reuse the business hours.
import { z } from '../../shared/zod';

const minuteOfDay = z.number().int().min(0).max(1440);

/** Opening hours of one weekday, minutes from local midnight, end exclusive (540–1080 = 9:00–18:00). */
export const openingSchema = z
  .object({ start: minuteOfDay, end: minuteOfDay })
  .refine((o) => o.end > o.start, 'error.hours');

export const businessHoursSchema = z.object({
  /** Index 0 = Sunday … 6 = Saturday (as Date#getDay); an empty list = closed that day. */
  week: z.array(z.array(openingSchema).max(4)).length(7),
  /** Closed days, local dates `YYYY-MM-DD`. */
  holidays: z
    .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/))
    .max(366)
    .default([]),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

export const reportSettingsSchema = z.object({
  /** IANA zone; '' = the browser's. */
  timezone: z.string().max(64).default(''),
  /** null = first-response times count every minute of the day. */
  businessHours: businessHoursSchema.nullable().default(null),
  /** The first-response target, in minutes (business minutes when business hours are set). */
  responseTargetMinutes: z.number().int().min(1).max(100_000).default(60),
  /** A weekly notification that the weekly report is ready; off by default. */
  reminder: z
    .object({
      enabled: z.boolean().default(false),
      /** 0 = Sunday … 6 = Saturday. */
      weekday: z.number().int().min(0).max(6).default(1),
      hour: z.number().int().min(0).max(23).default(9),
    })
    .default({ enabled: false, weekday: 1, hour: 9 }),
  /** CSV field separator: ',' or ';' (French spreadsheets). */
  csvSeparator: z.enum([',', ';']).default(','),
});
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsSchema.parse({});
