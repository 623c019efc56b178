// Settings roaming's state (a kv row the options page reads live, and the roaming.set answer).
import { z } from '../../shared/zod';

export const roamingStateSchema = z.object({
  enabled: z.boolean(),
  /** When the roamed settings last changed here or were taken from sync (ms). */
  at: z.number(),
  lastOkAt: z.number().nullable(),
  /** An i18n key ('roam.full'…) and its parameters. */
  lastError: z
    .object({ message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
});
export type RoamingState = z.infer<typeof roamingStateSchema>;
