// Reads and writes of the tone of voice: tone profiles (one per brand and language: the brand's voice
// in French and in English is all a team needs) and the snippet library. Used by the background only;
// everything is validated again here, so the database never holds an invalid profile or snippet.
import { z } from '../shared/zod';
import { defaultToneProfile } from './core/defaults';
import { toneProfileId, toneProfileSchema, type ToneProfile, type ToneProfileInput } from './core/profile';
import { snippetInputSchema, snippetSchema, type Snippet, type SnippetInput } from '../snippets/core/snippet';
import type { TactDB } from '../db/schema';

/** A tone profile as the pages see it: whose it is, and whether it is the built-in default. */
export interface StoredToneProfile {
  id: string;
  brandId: string;
  profile: ToneProfile;
  updatedAt: number;
  /** True for the default a brand gets before anyone saved a profile (not in the database). */
  isDefault: boolean;
}

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

// ---- snippets ----

export async function listSnippets(db: TactDB): Promise<Snippet[]> {
  const rows = await db.snippets.orderBy('name').toArray();
  return rows.filter((row) => snippetSchema.safeParse(row).success);
}

/**
 * Creates or updates a snippet. Its name is typed after "/" in a reply box, so two snippets of the
 * same language cannot share one. The usage count is the store's: an edit keeps it.
 */
export async function saveSnippet(db: TactDB, input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const parsed = snippetInputSchema.parse(input);
  return db.transaction('rw', db.snippets, async () => {
    const existing = parsed.id ? await db.snippets.get(parsed.id) : undefined;
    const key = parsed.name.toLocaleLowerCase();
    const clash = (await db.snippets.toArray()).find(
      (s) => s.id !== parsed.id && s.language === parsed.language && s.name.toLocaleLowerCase() === key,
    );
    if (clash) throw fieldError(['snippet', 'name'], 'error.snippetDuplicate');
    const snippet = snippetSchema.parse({
      ...parsed,
      id: parsed.id ?? crypto.randomUUID(),
      usageCount: existing?.usageCount ?? 0,
      updatedAt: now,
    });
    await db.snippets.put(snippet);
    return snippet;
  });
}

export async function deleteSnippet(db: TactDB, id: string): Promise<boolean> {
  return db.transaction('rw', db.snippets, async () => {
    const had = (await db.snippets.get(id)) !== undefined;
    await db.snippets.delete(id);
    return had;
  });
}

/** Counts one use (an insert); null when the snippet no longer exists. */
export async function snippetUsed(db: TactDB, id: string): Promise<number | null> {
  return db.transaction('rw', db.snippets, async () => {
    const s = await db.snippets.get(id);
    if (!s) return null;
    const usageCount = (s.usageCount ?? 0) + 1;
    await db.snippets.update(id, { usageCount });
    return usageCount;
  });
}
