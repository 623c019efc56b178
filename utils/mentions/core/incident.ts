// Incidents: a spike of alarming mentions of a brand is an incident, from its first alarming mention
// to the moment the rate fell back under the spike rule, with the mentions in it. Pure: given when
// the brand's alarming mentions were first seen, decide. Times are Tact's (first seen), like spikes.
import { detectSpike, DEFAULT_SPIKE, type SpikeOptions } from './spike';
import type { Incident } from '../../reports/core/types';

export type { Incident };

/** As stored: with the last instant a check found the spike going on, where its fall back is sought. */
export interface StoredIncident extends Incident {
  spikeAt: number;
}

/** An alarming mention of the brand, as the check reads it. */
export interface Alarming {
  key: string;
  at: number;
}

/**
 * The first instant at or after `from` when `times` no longer make a spike. The count in the window
 * only falls when a mention leaves it, so the candidates are `from` and each mention's exit time.
 */
export function fallBackAt(times: readonly number[], from: number, opts: SpikeOptions = DEFAULT_SPIKE): number {
  // detectSpike counts t when t >= now - windowMs: it leaves the window 1 ms after t + windowMs.
  const exits = times.map((t) => t + opts.windowMs + 1).filter((t) => t > from);
  for (const at of [from, ...exits.sort((a, b) => a - b)]) if (!detectSpike(times, at, opts).spike) return at;
  // Unreachable: once every mention has left the window, the count is 0 (minCount is at least 1).
  return Math.max(from, ...exits);
}

/** A spike found at `now` opens an incident holding the window's alarming mentions, from the first. */
export function openIncident(
  id: string,
  brandId: string,
  alarming: readonly Alarming[],
  now: number,
  opts: SpikeOptions = DEFAULT_SPIKE,
): StoredIncident {
  const inWindow = alarming.filter((a) => a.at >= now - opts.windowMs && a.at <= now);
  const start = inWindow.length > 0 ? Math.min(...inWindow.map((a) => a.at)) : now;
  return { id, brandId, start, end: null, itemKeys: [...new Set(inWindow.map((a) => a.key))], spikeAt: now };
}

/** Later alarming mentions of the brand join its open incident; `spiking`: the check at `now` found a spike. */
export function joinIncident(
  incident: StoredIncident,
  keys: readonly string[],
  now: number,
  spiking: boolean,
): StoredIncident {
  return {
    ...incident,
    itemKeys: [...new Set([...incident.itemKeys, ...keys])],
    spikeAt: spiking ? Math.max(incident.spikeAt, now) : incident.spikeAt,
  };
}

/**
 * An open incident whose rate has fallen back by `now` is closed at the moment it fell back (not at
 * `now`: when the check runs does not change the end). Still going on, or already closed: unchanged.
 */
export function settleIncident(
  incident: StoredIncident,
  times: readonly number[],
  now: number,
  opts: SpikeOptions = DEFAULT_SPIKE,
): StoredIncident {
  // A CM's incident ends when a CM closes it (care/crisis-repo.ts), never when the rate falls back.
  if (incident.end !== null || incident.manual) return incident;
  const end = fallBackAt(
    times.filter((t) => t <= now),
    incident.spikeAt,
    opts,
  );
  return end <= now ? { ...incident, end } : incident;
}

/** The mentions that count towards a crisis: urgent, complaints, or clearly negative. */
export function isAlarming(item: { intent: string; sentiment: number }): boolean {
  return item.intent === 'urgent' || item.intent === 'complaint' || item.sentiment <= -0.4;
}

type Seen = { brandIds: readonly string[]; intent: string; sentiment: number; firstSeenAt: number; ours?: 0 | 1 };

/**
 * An incident as of `now`, for readers that may not write (extension pages read, only the
 * background writes): an open one whose rate has fallen back gets its end from the brand's stored
 * alarming mentions, exactly as settleIncident would store it.
 */
export function incidentAsOf<I extends Incident & { spikeAt?: number }>(
  incident: I,
  items: readonly Seen[],
  now: number,
  opts: SpikeOptions = DEFAULT_SPIKE,
): I {
  if (incident.end !== null || incident.manual) return incident;
  const times = items
    .filter((i) => i.ours !== 1 && i.brandIds.includes(incident.brandId) && isAlarming(i))
    .map((i) => i.firstSeenAt);
  const settled = settleIncident({ ...incident, spikeAt: incident.spikeAt ?? incident.start }, times, now, opts);
  return settled.end === null ? incident : { ...incident, end: settled.end };
}
