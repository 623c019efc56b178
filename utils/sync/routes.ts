// Team sync's messages (join, status, sync now, conflicts, restore, leave), spread into protocol.ts.
// Extension pages only; the device token never crosses them (the background keeps it).
import { z } from '../shared/zod';
import { conflictSchema, roleSchema } from './core/protocol';
import type { Origin } from '../messaging/protocol';

const pages: readonly Origin[] = ['page'];

/** A team server: http(s) only (plain http is for a server on this machine or a test). */
export const serverUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'sync.error.scheme');

export const syncStatusSchema = z.object({
  joined: z.boolean(),
  serverUrl: z.string().nullable(),
  teamName: z.string().nullable(),
  role: roleSchema.nullable(),
  label: z.string().nullable(),
  state: z.enum(['idle', 'syncing', 'retrying', 'error']),
  lastSyncAt: z.number().nullable(),
  pending: z.number().int().nonnegative(),
  lastError: z.object({ code: z.string(), message: z.string(), status: z.number().optional() }).nullable(),
});
export type SyncStatusMessage = z.infer<typeof syncStatusSchema>;

export const syncProtocol = {
  'sync.join': {
    from: pages,
    request: z.object({
      serverUrl: serverUrlSchema,
      invite: z.string().trim().min(10).max(200),
      label: z.string().trim().min(1).max(100),
    }),
    response: syncStatusSchema,
  },
  'sync.status': { from: pages, request: z.object({}), response: syncStatusSchema },
  'sync.now': { from: pages, request: z.object({}), response: syncStatusSchema },
  'sync.conflicts': { from: pages, request: z.object({}), response: z.object({ conflicts: z.array(conflictSchema) }) },
  'sync.restore': { from: pages, request: z.object({ id: z.number().int().positive() }), response: syncStatusSchema },
  'sync.leave': { from: pages, request: z.object({}), response: z.object({ left: z.boolean() }) },
} as const;
