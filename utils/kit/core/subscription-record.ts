// A brand-kit URL the user subscribed to, as stored (table `subscriptions`) and as the pages see it.
// Its records carry `subscriptionId` and are read-only.
import { z } from '../../shared/zod';

const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const subscriptionSchema = z.object({
  id: z.string(),
  url: z.string(),
  /** When the user subscribed. */
  createdAt: z.number(),
  /** The ETag of the last good copy, sent as If-None-Match. */
  etag: z.string().nullable(),
  lastCheckAt: z.number().nullable(),
  lastOkAt: z.number().nullable(),
  /** The last failure (an i18n key and its parameters), cleared by the next success. */
  lastError: z.object({ message: z.string(), params: params.optional(), path: z.string().optional() }).nullable(),
  counts: z.object({ brands: z.number(), toneProfiles: z.number(), snippets: z.number(), trollNotes: z.number() }),
});
export type SubscriptionRow = z.infer<typeof subscriptionSchema>;
