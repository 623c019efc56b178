// In-page replies' storage side (issue #6 parts 5 and 6): three suggestions for a stored item in the
// voice of the brand it names, and the log of a reply inserted into a site's box.
import { analyseMention } from '../mentions/core/analyse';
import { INTENTS, type Intent } from '../mentions/core/intent';
import { suggest, type Suggestion } from './core/suggest';
import { allSnippets } from '../snippets/repo';
import { loadToneFor, type Lang } from './voice-repo';
import type { TactDB } from '../db/schema';

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
