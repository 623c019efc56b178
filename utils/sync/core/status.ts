// Team sync's status as the settings page shows it (joined or not, the team, the last round and its
// error). The one definition: the sync.* answers and the sync service's status() use it.
import { z } from '../../shared/zod';
import { roleSchema } from './protocol';

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
export type SyncStatusView = z.infer<typeof syncStatusSchema>;
