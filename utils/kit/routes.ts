// The brand kit's messages: export, dry-run plan, apply, copy (kit.*) and subscriptions to a kit URL
// (subscriptions.*). Extension pages only: a content script never reads or writes the library in bulk.
import { z } from '../shared/zod';
import { MAX_KIT_BYTES } from './core/document';
import { subscriptionSchema } from './core/subscription-record';
import { route } from '../messaging/route';

const kitIssue = z.object({
  path: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
const planEntry = z.object({
  key: z.string(),
  kind: z.enum(['brand', 'toneProfile', 'snippet', 'trollNote']),
  status: z.enum(['added', 'changed', 'conflict', 'unchanged']),
  name: z.string(),
  reason: z.enum(['local_newer', 'same_id', 'same_name']).optional(),
  localName: z.string().optional(),
  action: z.enum(['add', 'update', 'copy', 'merge', 'skip']),
});
export const kitPlanSchema = z.object({
  entries: z.array(planEntry),
  counts: z.object({ added: z.number(), changed: z.number(), conflict: z.number(), unchanged: z.number() }),
});
const refused = z.object({ ok: z.literal(false), issues: z.array(kitIssue) });
const counts = z.object({ brands: z.number(), toneProfiles: z.number(), snippets: z.number(), trollNotes: z.number() });

/** The text of a kit: refused here, before the background reads it, when over the size limit. */
const kitText = z.string().max(MAX_KIT_BYTES, 'kit.error.tooLarge');
/** "snippet:3" → keep | theirs. Keys are checked so no odd key (__proto__…) reaches an object. */
const choices = z
  .record(z.string().regex(/^(brand|toneProfile|snippet|trollNote):\d{1,6}$/), z.enum(['keep', 'theirs']))
  .default({});
const subscriptionId = z.string().min(1).max(100);

export const kitRoutes = {
  /** The kit of this browser's library, as the JSON text to save. */
  'kit.export': route(
    ['page'],
    z.object({ selection: z.enum(['all', 'snippets']).default('all') }),
    z.object({ json: z.string(), counts }),
  ),
  /** Dry run: what importing this text would do with these choices. Changes nothing. */
  'kit.plan': route(
    ['page'],
    z.object({ text: kitText, choices }),
    z.union([z.object({ ok: z.literal(true), plan: kitPlanSchema }), refused]),
  ),
  /** Imports the text with these choices, in one transaction. */
  'kit.apply': route(
    ['page'],
    z.object({ text: kitText, choices }),
    z.union([
      z.object({
        ok: z.literal(true),
        plan: kitPlanSchema,
        added: z.number(),
        updated: z.number(),
        copies: z.number(),
        merged: z.number(),
      }),
      refused,
    ]),
  ),
  /** Subscribes to a brand kit at an https URL (the page asked for the host permission first). */
  'subscriptions.add': route(['page'], z.object({ url: z.string().trim().min(1).max(2048) }), subscriptionSchema),
  /** Unsubscribes: its records go, the user's copies stay. */
  'subscriptions.remove': route(['page'], z.object({ id: subscriptionId }), z.object({ removed: z.number() })),
  /** "Refresh now": one subscription, or all. */
  'subscriptions.refresh': route(
    ['page'],
    z.object({ id: subscriptionId.optional() }),
    z.object({ subscriptions: z.array(subscriptionSchema) }),
  ),
  /** "Copy to my library": an editable copy of a subscribed brand (with its tone profiles) or snippet. */
  'kit.copy': route(
    ['page'],
    z.object({ kind: z.enum(['brand', 'snippet']), id: z.string().min(1).max(200) }),
    z.object({ id: z.string(), name: z.string() }),
  ),
} as const;
