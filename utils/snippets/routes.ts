// The snippet library's messages (snippets.*): the options page edits it, the "/" quick insert lists
// it and counts each use. Contract only: the schemas live in core/snippet.ts.
import { z } from '../shared/zod';
import { LANGUAGES } from '../mentions/core/brand';
import { snippetInputSchema, snippetSchema } from './core/snippet';
import { route } from '../messaging/route';

const id = z.string().min(1).max(100);

export const snippetsRoutes = {
  'snippets.list': route(['content', 'page'], z.object({}), z.array(snippetSchema)),
  'snippets.save': route(['page'], z.object({ snippet: snippetInputSchema }), snippetSchema),
  'snippets.delete': route(['page'], z.object({ id }), z.object({ deleted: z.boolean() })),
  /** A snippet was inserted: counts one use (null when it no longer exists). */
  'snippets.used': route(['content', 'page'], z.object({ id }), z.object({ usageCount: z.number().int().nullable() })),
  /** The snippets the "/" quick insert lists, most used first. */
  'snippets.forPage': route(
    ['content'],
    z.object({}),
    z.array(z.object({ id: z.string(), name: z.string(), language: z.enum(LANGUAGES), body: z.string() })),
  ),
} as const;
