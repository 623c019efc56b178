// Team sync's status as the settings page shows it (joined or not, the team, the last round and its
// error). The one definition: the sync.* answers and the sync service's status() use it.
import { z } from '../../shared/zod';
import { roleSchema } from './protocol';

const problemSchema = z.object({ table: z.string(), id: z.string(), code: z.string(), message: z.string() });

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
  /** Local changes the server refused: kept here, tried again after an update of the extension. */
  rejected: z.array(problemSchema).max(500).default([]),
  /** Records of the team skipped by the last pull (invalid): the rest was applied. */
  skipped: z.array(problemSchema).max(50).default([]),
});
export type SyncStatusView = z.infer<typeof syncStatusSchema>;
