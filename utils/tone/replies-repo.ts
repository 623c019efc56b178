// In-page replies' storage side (issue #6 parts 5 and 6): three suggestions for a stored item in the
// voice of the brand it names, and the log of a reply inserted into a site's box: who inserted it,
// where its text came from, and how many tone problems it has (for the reports, issue #15).
import { analyseMention } from '../mentions/core/analyse';
import { checkDraft } from './core/check';
import { draftLanguage } from './core/draft-lang';
import type { ReplySource } from '../reports/core/types';
import { INTENTS, type Intent } from '../mentions/core/intent';
import { suggest, type Suggestion } from './core/suggest';
import { allSnippets } from '../snippets/repo';
import { loadToneFor, type Lang } from './voice-repo';
import type { StoredItem, TactDB } from '../db/schema';
import type { ReplyPurpose } from '../care/core/care-info';
import { careSuggestionsFor } from '../care/replies-repo';

export interface ItemSuggestions {
  replies: Suggestion[];
  lang: Lang;
  brandName: string;
}

/** Three replies for the stored item `key`, in the voice of the brand it mentions; null when unknown. */
export async function suggestForItem(
  db: TactDB,
  key: string,
  purpose: ReplyPurpose = 'reply',
  now = Date.now(),
): Promise<ItemSuggestions | null> {
  const item = await db.items.get(key);
  if (!item) return null;
  if (purpose !== 'reply') return careSuggestionsFor(db, item, purpose, now);
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
    // Welcome and thanks snippets are for community care's suggestions only.
    (await allSnippets(db)).filter((s) => s.kind === 'reply'),
    { brand: brand ? { name: brand.name, aliases: brand.aliases, products: brand.products } : undefined },
  );
  return { replies, lang, brandName: brand?.name ?? '' };
}

/** How many problems the tone checker finds in `text` with the profile of the brand the item names. */
export async function toneIssuesOf(db: TactDB, item: StoredItem, text: string, agent: string): Promise<number> {
  const brandId = item.brandIds[0] ?? (await db.brands.orderBy('name').first())?.id;
  const lang: Lang = draftLanguage(text) ?? analyseMention(item.text, { now: 0 }).lang;
  const profile = await loadToneFor(db, brandId, lang);
  return checkDraft(text, profile, { platform: item.platform, lang, ...(agent ? { agent } : {}) }).length;
}

/**
 * Within this time, a reply by the same CM to the same item is the same reply revised (a suggestion
 * inserted, then rewritten with AI or completed with a snippet): one reply is counted, as it is now.
 */
export const REVISE_MS = 10 * 60_000;

export interface ReplyLog {
  source: ReplySource;
  /** The CM (currentActor). */
  by: string;
}

/**
 * A reply was put into the item's box: log it (who, from what, its tone problems) and end the item's
 * first-response clock. Tact cannot see the post being sent, so insertion is the moment it is timed to.
 */
export async function logReply(
  db: TactDB,
  key: string,
  text: string,
  now: number,
  log: ReplyLog = { source: 'typed', by: '' },
): Promise<{ logged: boolean }> {
  const found = await db.items.get(key);
  if (!found) return { logged: false };
  const toneIssues = await toneIssuesOf(db, found, text, log.by);
  return db.transaction('rw', db.items, db.replies, db.events, async () => {
    const item = await db.items.get(key);
    if (!item) return { logged: false };
    const last = await db.replies.where('itemKey').equals(key).last();
    const revised = last?.id !== undefined && last.by === log.by && now - last.at < REVISE_MS;
    if (revised) await db.replies.update(last.id!, { text, source: log.source, toneIssues });
    else await db.replies.add({ itemKey: key, at: now, text, by: log.by, source: log.source, toneIssues });
    // A reply already marked done (replied/ignored) keeps its status; a new item is now being handled.
    const status = item.status === 'new' ? 'in_progress' : item.status;
    await db.items.update(key, { status, attention: 0, repliedAt: item.repliedAt ?? now });
    if (status !== item.status)
      await db.events.add({
        type: 'status',
        at: now,
        itemKey: key,
        data: { from: item.status, to: status, by: log.by },
      });
    return { logged: true };
  });
}
