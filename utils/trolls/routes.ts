// The schemas of the troll verdicts and of the per-author memory as they travel between the
// background and the page (protocol.ts routes use them).
import { z } from '../shared/zod';
import { KIT_NAME_MAX, KIT_NOTES_MAX, LABEL_MAX, LABELS_MAX, NOTE_MAX } from './core/author-memory';
import { TROLL_TYPE_IDS } from './core/typology';

const bilingual = z.object({ fr: z.string().max(500), en: z.string().max(500) });

export const trollVerdictSchema = z.object({
  type: z.enum(TROLL_TYPE_IDS),
  confidence: z.number().min(0).max(1),
  /** Character spans in the item's text, with why they count (in the comment's language). */
  cues: z
    .array(
      z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        label: z.string().max(200),
      }),
    )
    .max(60),
  action: bilingual,
  /** What the moderator said of it: confirmed, or not yet reviewed (dismissed verdicts are not sent). */
  review: z.enum(['none', 'confirmed']).default('none'),
});
export type TrollVerdict = z.infer<typeof trollVerdictSchema>;

export const authorMemorySchema = z.object({
  key: z.string().max(500),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  labels: z.array(z.string().max(LABEL_MAX)).max(LABELS_MAX),
  note: z.string().max(NOTE_MAX),
  counts: z.partialRecord(z.enum(TROLL_TYPE_IDS), z.number().int().nonnegative()),
  /** Subscribed brand kits' notes on the author (read-only, never the moderator's own). */
  kit: z
    .array(
      z.object({
        kit: z.string().max(KIT_NAME_MAX),
        labels: z.array(z.string().max(LABEL_MAX)).max(LABELS_MAX),
        note: z.string().max(NOTE_MAX),
      }),
    )
    .max(KIT_NOTES_MAX)
    .optional(),
});
export type AuthorMemoryWire = z.infer<typeof authorMemorySchema>;

export const authorKeySchema = z.string().min(1).max(500);
export const itemKeySchema = z.string().min(1).max(300);

/** Labels as typed: bounded here, tidied (trimmed, deduplicated, presets recognised) by the background. */
export const authorLabelRequestSchema = z.object({
  key: authorKeySchema,
  labels: z.array(z.string().max(200)).max(LABELS_MAX * 2),
  note: z.string().max(NOTE_MAX * 2),
});
