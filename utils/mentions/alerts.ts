// Spike alerts: after new mentions are stored, look at each brand they named; a burst of negative
// or urgent mentions raises one alert (an event row the popup and side panel show) and a
// browser notification, at most once per window and brand. The popup and side panel read them with
// activeAlerts (repo.ts).
import { DEFAULT_SPIKE, detectSpike, type SpikeOptions } from './core/spike';
import type { StoredItem } from './core/item-state';
import type { TactDB } from '../db/schema';

export interface SpikeAlert {
  brandId: string;
  brandName: string;
  recent: number;
  usual: number;
}

/** The mentions that count towards a crisis: urgent, complaints, or clearly negative. */
export function isAlarming(item: Pick<StoredItem, 'intent' | 'sentiment'>): boolean {
  return item.intent === 'urgent' || item.intent === 'complaint' || item.sentiment <= -0.4;
}

/** A mention stored for the first time, as the spike check reads it. */
export type NewMention = Pick<StoredItem, 'brandIds' | 'intent' | 'sentiment'>;

/**
 * `fresh`: the mentions a batch has just stored for the first time. Only a new alarming mention
 * can start a burst, so a batch of items seen again (every scroll re-sends them) or of calm
 * mentions reads nothing; otherwise one indexed read of the window and its baseline serves every
 * brand concerned, instead of all of each brand's items.
 */
export async function checkSpikes(
  db: TactDB,
  fresh: readonly NewMention[],
  now: number,
  notify: (alert: SpikeAlert) => Promise<void>,
  opts: SpikeOptions = DEFAULT_SPIKE,
): Promise<SpikeAlert[]> {
  const brandIds = new Set(fresh.filter(isAlarming).flatMap((m) => m.brandIds));
  const raised: SpikeAlert[] = [];
  if (brandIds.size === 0) return raised;
  const since = now - opts.windowMs - opts.baselineMs;
  const times = new Map<string, number[]>([...brandIds].map((b) => [b, []]));
  await db.items
    .where('firstSeenAt')
    .between(since, now, true, true)
    .each((item) => {
      if (!isAlarming(item)) return;
      for (const b of item.brandIds) times.get(b)?.push(item.firstSeenAt);
    });
  for (const [brandId, seen] of times) {
    const verdict = detectSpike(seen, now, opts);
    if (!verdict.spike) continue;
    // Check and record in one transaction: two batches at once must not raise the alert twice.
    const alert = await db.transaction('rw', db.events, db.brands, async () => {
      const recentAlert = await db.events
        .where('at')
        .above(now - opts.windowMs)
        .filter((e) => e.type === 'spike' && e.data?.brandId === brandId)
        .count();
      if (recentAlert > 0) return null;
      const brand = await db.brands.get(brandId);
      const a: SpikeAlert = {
        brandId,
        brandName: brand?.name ?? brandId,
        recent: verdict.recent,
        usual: verdict.usual,
      };
      await db.events.add({ type: 'spike', at: now, data: { ...a, dismissed: false } });
      return a;
    });
    if (!alert) continue;
    raised.push(alert);
    await notify(alert).catch(() => {});
  }
  return raised;
}
