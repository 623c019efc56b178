// The background's side of in-page replies (issue #6 parts 5 and 6): the tone profile of a brand
// (a sensible default when none is stored), three suggestions for a stored item, the snippets the
// "/" quick insert offers, and the log of a reply inserted into a site's box. It reads the Dexie
// tables directly, so it does not depend on how the options page saves profiles and snippets.
import { analyseMention } from '../mentions/core/analyse';
import { INTENTS, type Intent } from '../mentions/core/intent';
import { profileLanguages, toneProfileSchema, type ToneProfile } from './core/profile';
import { snippetSchema, type Snippet } from '../snippets/core/snippet';
import { suggest, type Suggestion } from './core/suggest';
import { defaultToneProfile } from './core/defaults';
import type { TactDB } from '../db/schema';
import type { Handlers } from '../messaging/router';
import type { tonePageProtocol } from './page-routes';

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

async function allSnippets(db: TactDB): Promise<Snippet[]> {
  const out: Snippet[] = [];
  for (const row of await db.snippets.toArray()) {
    const parsed = snippetSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export interface ItemSuggestions {
  replies: Suggestion[];
  lang: Lang;
  brandName: string;
}

/** Three replies for the stored item `key`, in the voice of the brand it mentions; null when unknown. */
export async function suggestForItem(db: TactDB, key: string): Promise<ItemSuggestions | null> {
  const item = await db.items.get(key);
  if (!item) return null;
  const brand = item.brandIds[0] ? await db.brands.get(item.brandIds[0]) : await db.brands.orderBy('name').first();
  const analysis = analyseMention(item.text, { now: 0 });
  const lang: Lang = analysis.lang;
  const intent: Intent = (INTENTS as readonly string[]).includes(item.intent)
    ? (item.intent as Intent)
    : analysis.intent;
  const profile = await loadToneFor(db, brand?.id, lang);
  const { replies } = suggest(
    { text: item.text, platform: item.platform, author: item.author.name || item.author.handle, intent, lang },
    profile,
    await allSnippets(db),
    { brand: brand ? { name: brand.name, aliases: brand.aliases, products: brand.products } : undefined },
  );
  return { replies, lang, brandName: brand?.name ?? '' };
}

/**
 * A reply was put into the item's box: log it and start the item's first-response clock's end.
 * Tact cannot see the post being sent, so insertion is the moment the first response is timed to.
 */
export async function logReply(db: TactDB, key: string, text: string, now: number): Promise<{ logged: boolean }> {
  return db.transaction('rw', db.items, db.replies, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return { logged: false };
    await db.replies.add({ itemKey: key, at: now, text });
    // A reply already marked done (replied/ignored) keeps its status; a new item is now being handled.
    const status = item.status === 'new' ? 'in_progress' : item.status;
    await db.items.update(key, { status, attention: 0, repliedAt: item.repliedAt ?? now });
    if (status !== item.status)
      await db.events.add({ type: 'status', at: now, itemKey: key, data: { from: item.status, to: status } });
    return { logged: true };
  });
}

/** What the "/" quick insert lists, most used first. */
export async function snippetsForPage(db: TactDB): Promise<Array<Pick<Snippet, 'id' | 'name' | 'language' | 'body'>>> {
  const all = await allSnippets(db);
  all.sort((a, b) => b.usageCount - a.usageCount || a.name.localeCompare(b.name));
  return all.map(({ id, name, language, body }) => ({ id, name, language, body }));
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

/** The routes of tonePageProtocol (spread into createHandlers). */
export function createTonePageHandlers(
  db: TactDB,
  now: () => number,
  shortcut: () => Promise<string | null> = async () => null,
): Pick<Handlers, keyof typeof tonePageProtocol> {
  return {
    'suggest.forItem': async (p) => {
      const s = await suggestForItem(db, p.key);
      const keys = await shortcut().catch(() => null);
      return s
        ? { found: true, ...s, shortcut: keys }
        : { found: false, replies: [], lang: 'en', brandName: '', shortcut: keys };
    },
    'replies.log': async (p) => logReply(db, p.key, p.text, now()),
    'snippets.forPage': async () => snippetsForPage(db),
    'tone.forPage': async () => toneForPage(db),
  };
}
