// The messages of in-page replies (issue #6 parts 5 and 6), spread into protocol.ts: suggestions
// for a mention's card, the reply log, the "/" quick insert's snippets and the tone meter's profiles.
import { z } from '../shared/zod';
import { LANGUAGES } from '../mentions/core/brand';
import { toneProfileSchema } from './core/profile';

const key = z.string().min(1).max(300);
const suggestion = z.object({ text: z.string().min(1).max(10_000), snippet: z.string().nullable() });

/** Same shape as protocol.ts's route(): who may send, the request and the response. */
const route = <Req extends z.ZodType, Res extends z.ZodType>(
  from: readonly ('content' | 'page')[],
  request: Req,
  response: Res,
) => ({ from, request, response });

export const tonePageProtocol = {
  /** Three replies in the brand's voice for a stored item; `found` false when the item is unknown. */
  'suggest.forItem': route(
    ['content', 'page'],
    z.object({ key }),
    z.object({
      found: z.boolean(),
      replies: z.array(suggestion).max(3),
      lang: z.enum(LANGUAGES),
      brandName: z.string(),
      /** The keys of the "insert-suggestion" command, as the user set them (shown on the card). */
      shortcut: z.string().max(40).nullable().default(null),
    }),
  ),
  /** A reply was put into the item's reply box: logged, and the item is in progress from now on. */
  'replies.log': route(
    ['content', 'page'],
    z.object({ key, text: z.string().min(1).max(10_000) }),
    z.object({ logged: z.boolean() }),
  ),
  /** The snippets the "/" quick insert lists, most used first. */
  'snippets.forPage': route(
    ['content'],
    z.object({}),
    z.array(z.object({ id: z.string(), name: z.string(), language: z.enum(LANGUAGES), body: z.string() })),
  ),
  /** A snippet was inserted: its usage count goes up by one. */
  /** Every brand's tone profiles, for the live tone meter in the page. */
  'tone.forPage': route(
    ['content'],
    z.object({}),
    z.object({
      brands: z.array(z.object({ brandId: z.string(), brandName: z.string(), profiles: z.array(toneProfileSchema) })),
      defaultBrandId: z.string().nullable(),
    }),
  ),
} as const;

export const tonePageContentProtocol = {
  /**
   * The "insert-suggestion" keyboard command: the first suggestion for the item whose reply box has
   * the focus, else the item whose card was opened last, goes into that item's reply box.
   */
  'suggest.insertFirst': {
    request: z.object({}),
    response: z.object({ inserted: z.boolean(), reason: z.enum(['ok', 'no_item', 'no_suggestion', 'not_inserted']) }),
  },
  /** The "focus-tone-meter" keyboard command: the focus goes to the tone meter's first fix (Escape comes back). */
  'tone.focusMeter': {
    request: z.object({}),
    response: z.object({ focused: z.boolean() }),
  },
} as const;
