// Sync's messages: team sync (sync.*: join, status, sync now, conflicts, restore, leave) and settings
// roaming through the browser account (roaming.*). Extension pages only; the device token never
// crosses them (the background keeps it).
import { z } from '../shared/zod';
import { conflictSchema } from './core/protocol';
import { syncStatusSchema, type SyncStatusView } from './core/status';
import { roamingStateSchema } from './core/roaming-state';
import { route } from '../messaging/route';

/** A team server: http(s) only (plain http is for a server on this machine or a test). */
export const serverUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'sync.error.scheme');

/** The status as the settings page reads it (core/status.ts). */
export type SyncStatusMessage = SyncStatusView;

const none = z.object({});

export const syncRoutes = {
  'sync.join': route(
    ['page'],
    z.object({
      serverUrl: serverUrlSchema,
      invite: z.string().trim().min(10).max(200),
      label: z.string().trim().min(1).max(100),
    }),
    syncStatusSchema,
  ),
  'sync.status': route(['page'], none, syncStatusSchema),
  'sync.now': route(['page'], none, syncStatusSchema),
  'sync.conflicts': route(['page'], none, z.object({ conflicts: z.array(conflictSchema) })),
  'sync.restore': route(['page'], z.object({ id: z.number().int().positive() }), syncStatusSchema),
  'sync.leave': route(['page'], none, z.object({ left: z.boolean() })),
  /** Turns settings roaming (storage.sync) on or off; answers its state. */
  'roaming.set': route(['page'], z.object({ enabled: z.boolean() }), roamingStateSchema),
} as const;
