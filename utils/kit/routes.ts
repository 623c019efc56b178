// The brand kit's messages (export, dry-run plan, apply), spread into protocol.ts. Extension pages only:
// a content script never reads or writes the library in bulk.
import { z } from '../shared/zod';
import { MAX_KIT_BYTES } from './core/document';
import type { Origin } from '../messaging/protocol';

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
export const roamingStateSchema = z.object({
  enabled: z.boolean(),
  at: z.number(),
  lastOkAt: z.number().nullable(),
  lastError: z
    .object({ message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
});
export const subscriptionSchema = z.object({
  id: z.string(),
  url: z.string(),
  createdAt: z.number(),
  etag: z.string().nullable(),
  lastCheckAt: z.number().nullable(),
  lastOkAt: z.number().nullable(),
  lastError: z
    .object({
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      path: z.string().optional(),
    })
    .nullable(),
  counts: z.object({ brands: z.number(), toneProfiles: z.number(), snippets: z.number(), trollNotes: z.number() }),
});
const refused = z.object({ ok: z.literal(false), issues: z.array(kitIssue) });

/** The text of a kit: refused here, before the background reads it, when over the size limit. */
const kitText = z.string().max(MAX_KIT_BYTES, 'kit.error.tooLarge');
/** "snippet:3" → keep | theirs. Keys are checked so no odd key (__proto__…) reaches an object. */
const choices = z
  .record(z.string().regex(/^(brand|toneProfile|snippet|trollNote):\d{1,6}$/), z.enum(['keep', 'theirs']))
  .default({});

export const kitProtocol = {
  /** The kit of this browser's library, as the JSON text to save. */
  'kit.export': {
    from: ['page'] as readonly Origin[],
    request: z.object({ selection: z.enum(['all', 'snippets']).default('all') }),
    response: z.object({
      json: z.string(),
      counts: z.object({ brands: z.number(), toneProfiles: z.number(), snippets: z.number(), trollNotes: z.number() }),
    }),
  },
  /** Dry run: what importing this text would do with these choices. Changes nothing. */
  'kit.plan': {
    from: ['page'] as readonly Origin[],
    request: z.object({ text: kitText, choices }),
    response: z.union([z.object({ ok: z.literal(true), plan: kitPlanSchema }), refused]),
  },
  /** Imports the text with these choices, in one transaction. */
  'kit.apply': {
    from: ['page'] as readonly Origin[],
    request: z.object({ text: kitText, choices }),
    response: z.union([
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
  },
  /** Turns settings roaming (storage.sync) on or off; answers its state. */
  'roaming.set': {
    from: ['page'] as readonly Origin[],
    request: z.object({ enabled: z.boolean() }),
    response: roamingStateSchema,
  },
  /** Subscribes to a brand kit at an https URL (the page asked for the host permission first). */
  'subscriptions.add': {
    from: ['page'] as readonly Origin[],
    request: z.object({ url: z.string().trim().min(1).max(2048) }),
    response: subscriptionSchema,
  },
  /** Unsubscribes: its records go, the user's copies stay. */
  'subscriptions.remove': {
    from: ['page'] as readonly Origin[],
    request: z.object({ id: z.string().min(1).max(100) }),
    response: z.object({ removed: z.number() }),
  },
  /** "Refresh now": one subscription, or all. */
  'subscriptions.refresh': {
    from: ['page'] as readonly Origin[],
    request: z.object({ id: z.string().min(1).max(100).optional() }),
    response: z.object({ subscriptions: z.array(subscriptionSchema) }),
  },
  /** "Copy to my library": an editable copy of a subscribed brand (with its tone profiles) or snippet. */
  'kit.copy': {
    from: ['page'] as readonly Origin[],
    request: z.object({ kind: z.enum(['brand', 'snippet']), id: z.string().min(1).max(200) }),
    response: z.object({ id: z.string(), name: z.string() }),
  },
};
