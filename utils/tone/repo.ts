// Reads and writes of the tone of voice: tone profiles (one per brand and language: the brand's voice
// in French and in English is all a team needs). Used by the background only; everything is validated
// again here, so the database never holds an invalid profile.
import { z } from '../shared/zod';
import { defaultToneProfile } from './core/defaults';
import { toneProfileId, toneProfileSchema, type ToneProfileInput } from './core/profile';
import type { StoredToneProfile } from './core/stored-profile';
import type { TactDB } from '../db/schema';

export type { StoredToneProfile };
export { toneProfileId };

function fieldError(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path, message, input: undefined }]);
}

/** Every saved profile, by brand then language; a row that no longer validates is left out, not deleted. */
export async function listToneProfiles(db: TactDB): Promise<StoredToneProfile[]> {
  const rows = await db.toneProfiles.toArray();
  const out: StoredToneProfile[] = [];
  for (const row of rows) {
    const parsed = toneProfileSchema.safeParse(row.data);
    if (parsed.success)
      out.push({ id: row.id, brandId: row.brandId, profile: parsed.data, updatedAt: row.updatedAt, isDefault: false });
    else console.warn('[tact] tone profile left out: it no longer validates', row.id);
  }
  return out.sort((a, b) => a.brandId.localeCompare(b.brandId) || a.profile.language.localeCompare(b.profile.language));
}

/**
 * The profile to use for a brand: the one saved for that language, else the brand's other one, else
 * the default for that language. Null when the brand does not exist.
 */
export async function getToneProfile(
  db: TactDB,
  brandId: string,
  language?: 'fr' | 'en',
): Promise<StoredToneProfile | null> {
  const brand = await db.brands.get(brandId);
  if (!brand) return null;
  const saved = (await listToneProfiles(db)).filter((p) => p.brandId === brandId);
  const lang = language ?? (brand.languages[0] === 'en' ? 'en' : 'fr');
  const found = saved.find((p) => p.profile.language === lang) ?? (language === undefined ? saved[0] : undefined);
  if (found) return found;
  return {
    id: toneProfileId(brandId, lang),
    brandId,
    profile: defaultToneProfile(brand.name, lang, brand.languages),
    updatedAt: 0,
    isDefault: true,
  };
}

/** Saves a brand's profile for its language (replacing the one saved before for that language). */
export async function saveToneProfile(
  db: TactDB,
  brandId: string,
  input: ToneProfileInput,
  now = Date.now(),
): Promise<StoredToneProfile> {
  const profile = toneProfileSchema.parse(input);
  return db.transaction('rw', db.brands, db.toneProfiles, async () => {
    if (!(await db.brands.get(brandId))) throw fieldError(['brandId'], 'error.unknownBrand');
    const id = toneProfileId(brandId, profile.language);
    await db.toneProfiles.put({
      id,
      brandId,
      name: profile.name,
      data: profile as unknown as Record<string, unknown>,
      updatedAt: now,
    });
    return { id, brandId, profile, updatedAt: now, isDefault: false };
  });
}

export async function deleteToneProfile(db: TactDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.toneProfiles, async () => {
    const had = (await db.toneProfiles.get(id)) !== undefined;
    await db.toneProfiles.delete(id);
    return had;
  });
}

/** A deleted brand's voice goes with it. */
export async function deleteToneProfilesOfBrand(db: TactDB, brandId: string): Promise<number> {
  return db.toneProfiles.where('brandId').equals(brandId).delete();
}
