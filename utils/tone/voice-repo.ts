// Which tone profile a reply follows: a brand's stored profile for the language (a sensible default
// when none is stored), for suggestions, AI rewrites and the page's tone meter. Reads the Dexie tables
// directly, so it does not depend on how the options page saves profiles.
import { profileLanguages, toneProfileSchema, type ToneProfile } from './core/profile';
import { defaultToneProfile } from './core/defaults';
import type { TactDB } from '../db/schema';

export type Lang = 'fr' | 'en';

/** The profile used when a brand has none (the same default the options page shows, tone-repo's getToneProfile). */
export function defaultProfile(brandName: string, lang: Lang, languages: readonly Lang[] = [lang]): ToneProfile {
  return defaultToneProfile(brandName || 'Tact', lang, languages);
}

/** The stored profiles of a brand that parse (a broken row is skipped, never fatal). */
async function storedProfiles(db: TactDB, brandId: string): Promise<ToneProfile[]> {
  const rows = await db.toneProfiles.where('brandId').equals(brandId).toArray();
  rows.sort((a, b) => b.updatedAt - a.updatedAt);
  const out: ToneProfile[] = [];
  for (const row of rows) {
    const parsed = toneProfileSchema.safeParse({ name: row.name, ...row.data });
    if (parsed.success) out.push(parsed.data);
    else console.warn(`[tact] tone profile ${row.id} does not parse; using another one`, parsed.error.issues);
  }
  return out;
}

/** The brand's profile for replies in `lang`: one answering in it, else its first one, else a default. */
export async function loadToneFor(db: TactDB, brandId: string | undefined, lang: Lang): Promise<ToneProfile> {
  return (await toneWithOrigin(db, brandId, lang)).profile;
}

/** loadToneFor, also saying whether the profile is a stored one (false: the default). */
async function toneWithOrigin(
  db: TactDB,
  brandId: string | undefined,
  lang: Lang,
): Promise<{ profile: ToneProfile; stored: boolean }> {
  const brand = brandId ? await db.brands.get(brandId) : undefined;
  const profiles = brandId ? await storedProfiles(db, brandId) : [];
  const found =
    profiles.find((p) => p.language === lang) ??
    profiles.find((p) => profileLanguages(p).includes(lang)) ??
    profiles[0];
  if (found) return { profile: found, stored: true };
  return { profile: defaultProfile(brand?.name ?? '', lang, brand?.languages ?? [lang]), stored: false };
}

/**
 * The profile an AI rewrite follows: the request's brand, else the page's default brand (the first by
 * name, as tone.forPage), in the request's language; `stored` is false when it is the default profile.
 */
export async function toneForRewrite(
  db: TactDB,
  brandId: string | undefined,
  lang: Lang,
): Promise<{ profile: ToneProfile; stored: boolean }> {
  const id = brandId ?? (await db.brands.orderBy('name').first())?.id;
  return toneWithOrigin(db, id, lang);
}

export interface PageTone {
  /** Every brand's profiles (by language) for the page's content script to check drafts with. */
  brands: Array<{ brandId: string; brandName: string; profiles: ToneProfile[] }>;
  /** The brand whose profile applies when the item being answered names none: the first by name. */
  defaultBrandId: string | null;
}

export async function toneForPage(db: TactDB): Promise<PageTone> {
  const brands = await db.brands.orderBy('name').toArray();
  const out: PageTone['brands'] = [];
  for (const b of brands) {
    const stored = await storedProfiles(db, b.id);
    out.push({
      brandId: b.id,
      brandName: b.name,
      profiles: stored.length > 0 ? stored : b.languages.map((l) => defaultProfile(b.name, l, b.languages)),
    });
  }
  return { brands: out, defaultBrandId: brands[0]?.id ?? null };
}
