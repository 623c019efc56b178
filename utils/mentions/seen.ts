// items.seen, the background's busiest message: a batch of items a page showed is analysed (mentions,
// intent, tone), stored, judged for trolls, counted on the tab's badge, and checked for a spike.
import { findMentions } from './core/match';
import { analyseMention } from './core/analyse';
import { ownBrandOf } from './core/own';
import type { Analysis } from './core/item-state';
import type { Brand } from './core/brand';
import type { Mention } from './core/match';
import { checkSpikes } from './alerts';
import { correctionsOf } from './corrections-repo';
import { applyCorrection, type Correction } from './core/correction';
import { forgetSightings, listBrands, recordSeen, type SeenResult } from './repo';
import type { RefreshBadge } from './badge';
import { loadAbuseModel } from '../trolls/core/abuse';
import { judgeBatch, type Judged } from '../trolls/judge';
import { trollFlags } from '../trolls/core/author-memory';
import { getSettings } from '../settings/repo';
import { careFor } from '../care/annotate';
import type { Item } from '../platforms/item';
import type { BackgroundDeps } from '../background/deps';
import type { HandlerContext, Handlers } from '../messaging/router';

interface Analysed {
  item: Item;
  mentions: Mention[];
  analysis: Analysis | null;
  /** Written by one of a brand's own accounts: no mentions, no analysis, never judged. */
  ours: boolean;
}

/** What the core says of each item of the page's platform: its mentions, and what a mention is. */
function analyseBatch(items: readonly Item[], platform: string, brands: Brand[], now: number): Analysed[] {
  return items
    .filter((item) => item.platform === platform)
    .map((item) => {
      if (ownBrandOf(item.author, brands) !== null) return { item, mentions: [], analysis: null, ours: true };
      const mentions = findMentions(item.text, brands);
      if (mentions.length === 0) return { item, mentions, analysis: null, ours: false };
      const postedAt = Date.parse(item.time);
      const a = analyseMention(item.text, { now, since: Number.isNaN(postedAt) ? null : postedAt });
      const { intent, sentiment, priority, nextStep, lang } = a;
      return { item, mentions, analysis: { intent, sentiment, priority, nextStep, lang }, ours: false };
    });
}

function withCorrection(analysis: Analysis | null, correction: Correction | null): Analysis | null {
  return analysis && applyCorrection(analysis, correction);
}

/** Troll verdicts come second: if they fail, the page still gets its mentions. */
async function judge(deps: BackgroundDeps, analysed: Analysed[], stored: SeenResult[], now: number) {
  try {
    const settings = await getSettings(deps.db);
    const model = await (deps.effects.trollModel ?? loadAbuseModel)();
    const items = analysed.map((a) => a.item);
    const keys = stored.map((r) => r.key);
    // Our own accounts' items stay in the thread the others are judged against, but are never judged.
    const skip = analysed.map((a) => a.ours);
    return await judgeBatch(deps.db, items, keys, settings.trollSensitivity, model, now, skip);
  } catch (e) {
    console.error('[tact] troll verdicts failed', e);
    return null;
  }
}

/** Community care comes last: if it fails, the page still gets its mentions and verdicts. */
async function care(
  deps: BackgroundDeps,
  analysed: Analysed[],
  stored: SeenResult[],
  judged: Judged[] | null,
  brands: Brand[],
  now: number,
) {
  try {
    const entries = stored.map((r, i) => ({
      key: r.key,
      item: analysed[i]!.item,
      brandIds: [...new Set(r.mentions.map((m) => m.brandId))],
      ours: analysed[i]!.ours,
      lang: analysed[i]!.analysis?.lang ?? null,
      troll: judged?.[i]?.troll?.type ?? null,
      authorTroll: trollFlags(judged?.[i]?.author?.counts ?? {}) > 0,
    }));
    return await careFor(deps.db, entries, brands, now);
  } catch (e) {
    console.error('[tact] community care failed', e);
    return null;
  }
}

/** Only mentions stored for the first time can make a spike (an item seen again is not news). */
function freshMentions(analysed: Analysed[], stored: SeenResult[]) {
  return stored.flatMap((r, i) => {
    const a = analysed[i]!.analysis;
    return r.isNew && a
      ? [
          {
            key: r.key,
            brandIds: [...new Set(r.mentions.map((m) => m.brandId))],
            intent: a.intent,
            sentiment: a.sentiment,
          },
        ]
      : [];
  });
}

export function createSeenHandler(
  deps: BackgroundDeps,
  currentPage: Map<number, number>,
  refreshBadge: RefreshBadge,
): Handlers['items.seen'] {
  const { db, effects } = deps;
  return async (p, ctx: HandlerContext) => {
    const now = deps.now();
    const brands = await listBrands(db);
    const analysed = analyseBatch(p.items, p.platform, brands, now);
    // A batch of a page the tab has left (SPA navigation) is stored, but not listed for the tab.
    const stale = () =>
      ctx.tabId !== undefined && p.page !== undefined && (currentPage.get(ctx.tabId) ?? p.page) > p.page;
    const tabId = stale() ? undefined : ctx.tabId;
    const toStore = analysed.map((a) => ({ ...a, analysis: a.analysis ?? undefined }));
    const { reports } = await getSettings(db);
    const stored = await recordSeen(db, tabId, toStore, now, reports.timezone);
    if (tabId !== undefined && stale())
      await forgetSightings(
        db,
        tabId,
        stored.map((r) => r.key),
      );
    const judged: Judged[] | null = await judge(deps, analysed, stored, now);
    // The card shows a CM's correction of the intent or sentiment, as the inbox does.
    const corrections = await correctionsOf(
      db,
      stored.map((r) => r.key),
    );
    // The spike check first (its failure must not make the page send the items again): an item whose
    // burst opens an incident belongs to it at once, and its card offers the holding statements.
    await checkSpikes(db, freshMentions(analysed, stored), now, effects.notify).catch((e: unknown) =>
      console.error('[tact] spike check failed', e),
    );
    const cared = await care(deps, analysed, stored, judged, brands, now);
    const results = stored.map(({ isNew: _, ...r }, i) => ({
      ...r,
      analysis: withCorrection(analysed[i]!.analysis, corrections[i] ?? null),
      troll: judged?.[i]?.troll ?? null,
      author: judged?.[i]?.author ?? null,
      care: cared?.[i] ?? null,
    }));
    await refreshBadge(ctx.tabId);
    return { results };
  };
}
