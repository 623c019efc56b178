// What a brand prepares for a crisis: holding statements (per language, with placeholders such as
// {brand}, {product}, {link}, {agent}) and the checklist the CM ticks during an incident. Stored on
// the brand, so they travel in the brand kit and team sync.
import { z } from '../../shared/zod';

export const HOLDING_MAX = 12;
export const HOLDING_BODY_MAX = 1000;
export const CHECKLIST_MAX = 15;
export const CHECK_LABEL_MAX = 120;

export const holdingStatementSchema = z.object({
  id: z.string().trim().min(1).max(40),
  language: z.enum(['fr', 'en'], { error: 'error.language' }),
  title: z.string().trim().min(1, 'error.empty').max(80, 'error.tooLong'),
  body: z.string().trim().min(1, 'error.empty').max(HOLDING_BODY_MAX, 'error.tooLong'),
});
export type HoldingStatement = z.infer<typeof holdingStatementSchema>;

export const checklistItemSchema = z.object({
  id: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1, 'error.empty').max(CHECK_LABEL_MAX, 'error.tooLong'),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A tick of the checklist during an incident: what, when, by whom (kept on the incident). */
export const checkTickSchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string().max(CHECK_LABEL_MAX),
  at: z.number().int().nonnegative(),
  by: z.string().max(200),
});
export type CheckTick = z.infer<typeof checkTickSchema>;

/** An incident as the side panel's crisis view gets it back after a change (care.incident.*). */
export const incidentViewSchema = z.object({
  id: z.string().min(1).max(100),
  brandId: z.string(),
  start: z.number(),
  end: z.number().nullable(),
  itemKeys: z.array(z.string()),
  manual: z.boolean().optional(),
  declaredBy: z.string().optional(),
  /** The CM's note when declaring it by hand. */
  note: z.string().optional(),
  closedBy: z.string().optional(),
  postmortem: z.string().optional(),
  checks: z.array(checkTickSchema).optional(),
});
export type IncidentView = z.infer<typeof incidentViewSchema>;
