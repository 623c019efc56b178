// The trolls' messages: reviewing a verdict (trolls.*) and the moderator's memory of authors
// (authors.*), plus the push that keeps a page's chips in step. Contract only: the entity schemas
// live in core/author.ts.
import { z } from '../shared/zod';
import { authorKeySchema, authorMemorySchema, itemKeySchema } from './core/author';
import { LABELS_MAX, NOTE_MAX } from './core/author-memory';
import { contentRoute, route } from '../messaging/route';

/** Labels as typed: bounded here, tidied (trimmed, deduplicated, presets recognised) by the background. */
export const authorLabelRequestSchema = z.object({
  key: authorKeySchema,
  labels: z.array(z.string().max(200)).max(LABELS_MAX * 2),
  note: z.string().max(NOTE_MAX * 2),
});

export const trollsRoutes = {
  /** The moderator confirms or dismisses a troll verdict; a dismissed one is not flagged again. */
  'trolls.review': route(
    ['content', 'page'],
    z.object({ key: itemKeySchema, review: z.enum(['confirmed', 'dismissed']) }),
    z.object({ updated: z.boolean(), author: authorMemorySchema.nullable() }),
  ),
  'authors.get': route(['content', 'page'], z.object({ key: authorKeySchema }), authorMemorySchema.nullable()),
  /** Sets the moderator's labels and note on an author (replacing the previous ones). */
  'authors.label': route(['content', 'page'], authorLabelRequestSchema, authorMemorySchema.nullable()),
} as const;

export const trollsContentRoutes = {
  /** An author was labelled or a verdict reviewed elsewhere: the chips and cards of that author follow. */
  'overlay.author': contentRoute(authorMemorySchema, z.object({ updated: z.number().int().nonnegative() })),
} as const;
