// The one definition of an author and of a troll verdict as Tact keeps and shows them: the author row
// (table `authors`), the memory the page's chip reads, and the verdict a page flags. Messages and the
// database derive their shapes from these schemas.
import { z } from '../../shared/zod';
import { PLATFORMS } from '../../platforms/ids';
import type { Item } from '../../platforms/item';
import type { KitNotes } from '../../kit/core/kit-notes';
import { KIT_NAME_MAX, KIT_NOTES_MAX, LABEL_MAX, LABELS_MAX, NOTE_MAX } from './author-memory';
import { TROLL_TYPE_IDS } from './typology';

const bilingual = z.object({ fr: z.string().max(500), en: z.string().max(500) });

export const authorKeySchema = z.string().min(1).max(500);
export const itemKeySchema = z.string().min(1).max(300);

/** A troll verdict as a page flags it. */
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

/** One kit's labels and note on an author, as the page shows them ("from {kit} kit"). */
export const kitNoteViewSchema = z.object({
  kit: z.string().max(KIT_NAME_MAX),
  labels: z.array(z.string().max(LABEL_MAX)).max(LABELS_MAX),
  note: z.string().max(NOTE_MAX),
});
export type KitNoteView = z.infer<typeof kitNoteViewSchema>;

/** What Tact remembers of an author, as the chip and the author card show it. */
export const authorMemorySchema = z.object({
  key: z.string().max(500),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  labels: z.array(z.string().max(LABEL_MAX)).max(LABELS_MAX),
  note: z.string().max(NOTE_MAX),
  counts: z.partialRecord(z.enum(TROLL_TYPE_IDS), z.number().int().nonnegative()),
  /** Subscribed brand kits' notes on the author (read-only, never the moderator's own). */
  kit: z.array(kitNoteViewSchema).max(KIT_NOTES_MAX).optional(),
});
export type AuthorMemory = z.infer<typeof authorMemorySchema>;

/** An author as the database keeps it (table `authors`). */
export const authorSchema = z.object({
  key: z.string(),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  name: z.string(),
  url: z.string(),
  /** 0: Tact never saw this author on a page (the row exists only for a kit's note). */
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  notes: z.string(),
  labels: z.array(z.string()),
  /** Since v3: how many of their comments got each verdict type (author-memory.ts). */
  counts: z.record(z.string(), z.number()).optional(),
  /** Since v3: their latest texts, context for their next verdict. */
  recent: z.array(z.string()).optional(),
  /** What subscribed brand kits say of them, by subscription id: never mixed into `notes`/`labels`. */
  kitNotes: z.custom<KitNotes>().optional(),
});
export type Author = z.infer<typeof authorSchema>;

/** The key of an item's author, or null when the page showed no author. */
export function authorKeyOf(item: Pick<Item, 'platform' | 'author'>): string | null {
  // Without a handle (Facebook, LinkedIn) the profile URL tells apart two people of the same name.
  const who = item.author.handle || item.author.url || item.author.name;
  return who ? `${item.platform}:${who.toLowerCase()}` : null;
}
