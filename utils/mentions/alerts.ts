// Spike alerts and incidents: after new mentions are stored, look at each brand they named; a burst
// of negative or urgent mentions opens an incident (incidents-repo.ts) and raises one alert (an event
// row the popup and side panel show) and a browser notification, at most once per window and brand.
// The popup and side panel read them with activeAlerts (repo.ts).
import { DEFAULT_SPIKE, detectSpike, type SpikeOptions } from './core/spike';
import type { StoredItem } from './core/item-state';
import { isAlarming } from './core/incident';
import { alarmingSince, updateIncident } from './incidents-repo';
import type { TactDB } from '../db/schema';
import { explainIncident, type IncidentExplanation } from '../care/core/crisis';

export interface SpikeAlert {
  brandId: string;
  brandName: string;
  recent: number;
  usual: number;
  /** Why (care/core/crisis.ts): the mentions of the window by intent, words, platforms, examples. */
  why?: IncidentExplanation;
}

export { isAlarming };

/** A mention stored for the first time, as the spike check reads it (its key joins an incident). */
export type NewMention = Pick<StoredItem, 'brandIds' | 'intent' | 'sentiment'> & { key?: string };

/**
 * `fresh`: the mentions a batch has just stored for the first time. Only a new alarming mention
 * can start a burst, so a batch of items seen again (every scroll re-sends them) or of calm
 * mentions reads nothing; otherwise one indexed read of the window and its baseline serves every
 * brand concerned, instead of all of each brand's items. Each brand's incident is opened, joined
 * or closed on the way (incidents-repo.ts).
 */
export async function checkSpikes(
  db: TactDB,
  fresh: readonly NewMention[],
  now: number,
  notify: (alert: SpikeAlert) => Promise<void>,
  opts: SpikeOptions = DEFAULT_SPIKE,
): Promise<SpikeAlert[]> {
  const alarmingFresh = fresh.filter(isAlarming);
  const brandIds = new Set(alarmingFresh.flatMap((m) => m.brandIds));
  const raised: SpikeAlert[] = [];
  if (brandIds.size === 0) return raised;
  const alarming = await alarmingSince(db, brandIds, now - opts.windowMs - opts.baselineMs, now);
  for (const [brandId, mentions] of alarming) {
    const verdict = detectSpike(
      mentions.map((m) => m.at),
      now,
      opts,
    );
    const freshKeys = alarmingFresh.flatMap((m) => (m.key && m.brandIds.includes(brandId) ? [m.key] : []));
    const incident = await updateIncident(db, brandId, mentions, freshKeys, verdict.spike, now, opts);
    if (!verdict.spike) continue;
    const inWindow = mentions.filter((m) => m.at >= now - opts.windowMs).map((m) => m.key);
    const alert = await raiseOnce(db, brandId, verdict, incident?.id ?? null, inWindow, now, opts);
    if (!alert) continue;
    raised.push(alert);
    await notify(alert).catch(() => {});
  }
  return raised;
}

/** Check and record in one transaction: two batches at once must not raise the alert twice. */
function raiseOnce(
  db: TactDB,
  brandId: string,
  verdict: { recent: number; usual: number },
  incidentId: string | null,
  keys: readonly string[],
  now: number,
  opts: SpikeOptions,
): Promise<SpikeAlert | null> {
  return db.transaction('rw', db.events, db.brands, db.items, async () => {
    const recentAlert = await db.events
      .where('at')
      .above(now - opts.windowMs)
      .filter((e) => e.type === 'spike' && e.data?.brandId === brandId)
      .count();
    if (recentAlert > 0) return null;
    const brand = await db.brands.get(brandId);
    // Why: the window's alarming mentions by intent, the words that stand out, platforms, examples.
    const rows = (await db.items.bulkGet([...keys])).filter((r) => r !== undefined);
    const why = explainIncident(rows, { exclude: brand ? [brand.name, ...brand.aliases] : [] });
    const a: SpikeAlert = {
      brandId,
      brandName: brand?.name ?? brandId,
      recent: verdict.recent,
      usual: verdict.usual,
      why,
    };
    await db.events.add({ type: 'spike', at: now, data: { ...a, dismissed: false, incidentId } });
    return a;
  });
}
