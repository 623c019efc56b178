// A tone profile as the pages see it: whose it is, and whether it is the built-in default. The one
// definition, for the tone.* messages and tone/repo.ts.
import { z } from '../../shared/zod';
import { toneProfileSchema } from './profile';

export const storedToneProfileSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  profile: toneProfileSchema,
  updatedAt: z.number().int().nonnegative(),
  /** The built-in default a brand gets before anyone saved a profile for the language (not in the database). */
  isDefault: z.boolean(),
});
export type StoredToneProfile = z.infer<typeof storedToneProfileSchema>;
