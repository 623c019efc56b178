// Incidents in the database: the spike check (alerts.ts) opens, joins and closes them. Why no alarm
// closes them: an incident's end is the instant its rate fell back, computed from the stored
// mentions' times, so it is the same whenever it is computed. The background settles them at the next
// spike check of the brand (or with settleIncidents); a page that reads them, and may not write, maps
// them through core/incident.ts' incidentAsOf. Nothing wakes the service worker for it. An incident a
// CM declared (manual) only ends when a CM closes it: new alarming mentions join it meanwhile.
import {
  isAlarming,
  joinIncident,
  openIncident,
  settleIncident,
  type Alarming,
  type StoredIncident,
} from './core/incident';
import { DEFAULT_SPIKE, detectSpike, type SpikeOptions } from './core/spike';
import type { TactDB } from '../db/schema';

/** The alarming mentions of each of `brandIds` first seen in [since, now] (one indexed read). */
export async function alarmingSince(
  db: TactDB,
  brandIds: Iterable<string>,
  since: number,
  now: number,
): Promise<Map<string, Alarming[]>> {
  const byBrand = new Map<string, Alarming[]>([...brandIds].map((b) => [b, []]));
  await db.items
    .where('firstSeenAt')
    .between(since, now, true, true)
    .each((item) => {
      if (item.ours === 1 || !isAlarming(item)) return;
      for (const b of item.brandIds) byBrand.get(b)?.push({ key: item.key, at: item.firstSeenAt });
    });
  return byBrand;
}

async function openOf(db: TactDB, brandId: string): Promise<StoredIncident | undefined> {
  return db.incidents
    .where('brandId')
    .equals(brandId)
    .filter((i) => i.end === null)
    .first();
}

/**
 * After a spike check of one brand at `now`: its open incident is closed if the rate fell back,
 * else joined by `freshKeys`; a spike with none open opens one. Returns the incident going on, if any.
 */
export async function updateIncident(
  db: TactDB,
  brandId: string,
  alarming: readonly Alarming[],
  freshKeys: readonly string[],
  spike: boolean,
  now: number,
  opts: SpikeOptions = DEFAULT_SPIKE,
): Promise<StoredIncident | null> {
  const times = alarming.map((a) => a.at);
  return db.transaction('rw', db.incidents, async () => {
    const open = await openOf(db, brandId);
    if (open) {
      const settled = settleIncident(open, times, now, opts);
      if (settled.end === null) {
        const joined = joinIncident(open, freshKeys, now, spike);
        await db.incidents.put(joined);
        return joined;
      }
      await db.incidents.put(settled);
    }
    if (!spike) return null;
    // A CM closed the brand's incident within the window (care/crisis-repo.ts): the mentions before
    // that close were handled, so only those after it may open another one (the baseline stays).
    const closedByHand = await db.incidents
      .where('brandId')
      .equals(brandId)
      .filter((i) => i.end !== null && i.closedBy !== undefined && i.end > now - opts.windowMs)
      .toArray();
    const after = Math.max(-Infinity, ...closedByHand.map((i) => i.end!));
    const since = alarming.filter((a) => a.at > after || a.at < now - opts.windowMs);
    if (
      since.length < alarming.length &&
      !detectSpike(
        since.map((a) => a.at),
        now,
        opts,
      ).spike
    )
      return null;
    const opened = openIncident(crypto.randomUUID(), brandId, since, now, opts);
    await db.incidents.put(opened);
    return opened;
  });
}

const timesOf = (alarming: Map<string, Alarming[]>, brandId: string) => (alarming.get(brandId) ?? []).map((a) => a.at);

/** Closes every open incident whose rate has fallen back by `now`; returns how many it closed. */
export async function settleIncidents(db: TactDB, now: number, opts: SpikeOptions = DEFAULT_SPIKE): Promise<number> {
  const open = await db.incidents.filter((i) => i.end === null).toArray();
  if (open.length === 0) return 0;
  // A row written without spikeAt (imported, or by an older build) is sought from its start.
  const since = Math.min(...open.map((i) => i.spikeAt ?? i.start)) - opts.windowMs - opts.baselineMs;
  const alarming = await alarmingSince(
    db,
    open.map((i) => i.brandId),
    since,
    now,
  );
  const closed = open
    .map((i) => settleIncident({ ...i, spikeAt: i.spikeAt ?? i.start }, timesOf(alarming, i.brandId), now, opts))
    .filter((i) => i.end !== null);
  // Only incidents still open are closed: a concurrent check may have closed one already.
  await db.transaction('rw', db.incidents, async () => {
    for (const i of closed) if ((await db.incidents.get(i.id))?.end === null) await db.incidents.put(i);
  });
  return closed.length;
}
