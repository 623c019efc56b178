// Community care's suggestions for a stored item (suggest.forItem with a purpose other than 'reply'):
// gathers what core/care-replies.ts needs — the brand, its tone profile, the team's snippets, the
// charter clause the item's troll verdict breaks, the author's standing, the thread's past welcomes.
import { analyseMention } from '../mentions/core/analyse';
import { firstNameOf } from '../tone/core/suggest';
import { loadToneFor } from '../tone/voice-repo';
import { allSnippets } from '../snippets/repo';
import { isTrollTypeId } from '../trolls/core/typology';
import { careReplies, type CarePurpose } from './core/care-replies';
import { clauseOfItem } from './core/charter-clause';
import { topicOf } from './core/topic';
import { standingsOf } from './standing-repo';
import { welcomesInThread } from './members-repo';
import type { Suggestion } from '../tone/core/suggest';
import type { StoredItem, TactDB } from '../db/schema';

export interface CareSuggestions {
  replies: Suggestion[];
  lang: 'fr' | 'en';
  brandName: string;
}

export async function careSuggestionsFor(
  db: TactDB,
  item: StoredItem,
  purpose: CarePurpose,
  now: number,
): Promise<CareSuggestions> {
  const brands = await db.brands.orderBy('name').toArray();
  const brand =
    brands.find((b) => item.brandIds.includes(b.id)) ??
    (purpose === 'charter' ? brands.find((b) => b.charter?.clauses.length > 0) : undefined) ??
    brands.find((b) => !b.competitor);
  const lang = item.lang || analyseMention(item.text, { now: 0 }).lang;
  const profile = await loadToneFor(db, brand?.id, lang);
  const author = item.author.name || item.author.handle;
  const verdict = purpose === 'charter' ? await db.verdicts.get([item.key, 'troll']) : undefined;
  const trollType = verdict && isTrollTypeId(verdict.data.type) ? verdict.data.type : null;
  // The same clause as the troll card names (annotate.ts): the charter of a brand the item names, else the only one.
  const clause =
    trollType && trollType !== 'unhappy_customer' ? clauseOfItem(brands, item.brandIds, trollType, lang) : null;
  const [standing] =
    purpose === 'thanks'
      ? await standingsOf(db, [{ key: item.key, item, brandIds: item.brandIds, ours: false, lang, troll: null }], now)
      : [null];
  const replies = careReplies({
    purpose,
    item: { text: item.text, platform: item.platform, author, lang, ...(brand ? { brand: brand.name } : {}) },
    lang,
    profile,
    snippets: await allSnippets(db),
    holdingStatements: brand?.holdingStatements ?? [],
    clause,
    standing: standing ?? null,
    topic: purpose === 'welcome' || purpose === 'thanks' ? topicOf(item.text, lang, brand?.products) : undefined,
    firstName: firstNameOf(author),
    avoid: purpose === 'welcome' ? await welcomesInThread(db, item) : [],
    opts: { brand: brand ? { name: brand.name, aliases: brand.aliases, products: brand.products } : undefined },
  });
  return { replies, lang, brandName: brand?.name ?? '' };
}
