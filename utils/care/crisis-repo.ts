// Incidents worked by hand: declared by a CM (one open incident per brand), closed with a
// post-mortem, their checklist ticked (timed, with who); and, for each item the page sends, the open
// incident of its brand it belongs to. The spike check (mentions/incidents-repo.ts) opens and closes
// the others; it never closes a manual incident and joins new alarming mentions to it.
import type { StoredIncident } from '../mentions/core/incident';
import { incidentAsOf, isAlarming } from '../mentions/core/incident';
import { DEFAULT_SPIKE } from '../mentions/core/spike';
import type { TactDB } from '../db/schema';
import type { CareEntry } from './core/care-info';
import type { IncidentView } from './core/crisis-kit';
import type { Brand } from '../mentions/core/brand';
import type { ToneProfile } from '../tone/core/profile';
import { loadToneFor } from '../tone/voice-repo';

export function incidentView(i: StoredIncident): IncidentView {
  return {
    id: i.id,
    brandId: i.brandId,
    start: i.start,
    end: i.end,
    itemKeys: [...i.itemKeys],
    ...(i.manual ? { manual: true } : {}),
    ...(i.declaredBy !== undefined ? { declaredBy: i.declaredBy } : {}),
    ...(i.note ? { note: i.note } : {}),
    ...(i.closedBy !== undefined ? { closedBy: i.closedBy } : {}),
    ...(i.postmortem !== undefined ? { postmortem: i.postmortem } : {}),
    ...(i.checks ? { checks: i.checks.map((c) => ({ ...c })) } : {}),
  };
}

/** The brand's open incident (the latest, should two ever be open). */
async function openOf(db: TactDB, brandId: string): Promise<StoredIncident | undefined> {
  const open = await db.incidents
    .where('brandId')
    .equals(brandId)
    .filter((i) => i.end === null)
    .toArray();
  return open.sort((a, b) => b.start - a.start)[0];
}

/**
 * For each entry, the id of its brand's open incident when the item is in it, or is an alarming
 * mention of that brand seen since the incident started; else null. Our own items never belong.
 */
export async function incidentsOfItems(db: TactDB, entries: readonly CareEntry[]): Promise<(string | null)[]> {
  const open = await db.incidents.filter((i) => i.end === null).toArray();
  if (open.length === 0) return entries.map(() => null);
  const byBrand = new Map<string, StoredIncident>();
  for (const i of open.sort((a, b) => a.start - b.start)) byBrand.set(i.brandId, i);
  const rows = await db.items.bulkGet(entries.map((e) => e.key));
  return entries.map((e, n) => {
    if (e.ours) return null;
    const row = rows[n];
    for (const brandId of e.brandIds) {
      const inc = byBrand.get(brandId);
      if (!inc) continue;
      if (inc.itemKeys.includes(e.key)) return inc.id;
      if (row && row.ours !== 1 && isAlarming(row) && row.firstSeenAt >= inc.start) return inc.id;
    }
    return null;
  });
}

/**
 * A CM declares an incident for `brandId`: manual, started now, by `by`, with the CM's note. If the
 * brand already has one open (found by the spike rule or declared), that one is answered unchanged.
 */
export async function declareIncident(
  db: TactDB,
  brandId: string,
  note: string,
  now: number,
  by: string,
): Promise<IncidentView> {
  return db.transaction('rw', db.incidents, db.brands, async () => {
    if (!(await db.brands.get(brandId))) throw new Error(`No brand ${brandId}`);
    const open = await openOf(db, brandId);
    if (open) return incidentView(open);
    const incident: StoredIncident = {
      id: crypto.randomUUID(),
      brandId,
      start: now,
      end: null,
      itemKeys: [],
      spikeAt: now,
      manual: true,
      declaredBy: by,
      ...(note.trim() ? { note: note.trim() } : {}),
      checks: [],
    };
    await db.incidents.put(incident);
    return incidentView(incident);
  });
}

/**
 * Closes an incident by hand now, by `by`, with its post-mortem. One already closed (its rate fell
 * back, or closed before) keeps its end and who closed it, and gets the post-mortem. Unknown: null.
 */
export async function closeIncident(
  db: TactDB,
  id: string,
  postmortem: string,
  now: number,
  by: string,
): Promise<IncidentView | null> {
  return db.transaction('rw', db.incidents, async () => {
    const inc = await db.incidents.get(id);
    if (!inc) return null;
    const closed: StoredIncident =
      inc.end === null
        ? { ...inc, end: Math.max(now, inc.start), closedBy: by, postmortem: postmortem.trim() }
        : { ...inc, postmortem: postmortem.trim() };
    await db.incidents.put(closed);
    return incidentView(closed);
  });
}

/**
 * Ticks (`done`) or unticks a step of the brand's crisis checklist on the incident: a tick keeps its
 * time and who (ticking again keeps the first); unticking removes it. A step that is not on the
 * brand's checklist is refused. Unknown incident: null.
 */
export async function tickIncident(
  db: TactDB,
  id: string,
  checkId: string,
  done: boolean,
  now: number,
  by: string,
): Promise<IncidentView | null> {
  return db.transaction('rw', db.incidents, db.brands, async () => {
    const inc = await db.incidents.get(id);
    if (!inc) return null;
    const checks = inc.checks ?? [];
    let next = checks.filter((c) => c.id !== checkId);
    if (done) {
      const step = (await db.brands.get(inc.brandId))?.crisisChecklist.find((c) => c.id === checkId);
      if (!step) throw new Error(`No checklist step ${checkId} for this brand`);
      const ticked = checks.find((c) => c.id === checkId);
      next = ticked ? checks : [...checks, { id: step.id, label: step.label, at: now, by }];
    }
    const updated: StoredIncident = { ...inc, checks: next };
    await db.incidents.put(updated);
    return incidentView(updated);
  });
}

/** An incident's mention as the side panel shows it: what it says, its status, and who handled it. */
export interface IncidentItemRow {
  key: string;
  text: string;
  platform: string;
  intent: string;
  sentiment: number;
  firstSeenAt: number;
  status: string;
  /** Who last changed its status (status events' `by`), and who answered it with Tact (replies' `by`). */
  statusBy: string | null;
  repliedBy: string | null;
  /** One of the brand's own accounts answered it on the page. */
  answeredBy: string | null;
}

export interface IncidentRow {
  incident: IncidentView;
  brand: Brand | null;
  items: IncidentItemRow[];
  /** Holding statements' tone profiles, per language. */
  profiles: Partial<Record<'fr' | 'en', ToneProfile>>;
}

export const INCIDENTS_SHOWN = 10;
const RECENT_MS = 7 * 24 * 3600_000;
const SPIKE_SPAN = DEFAULT_SPIKE.windowMs + DEFAULT_SPIKE.baselineMs;

/**
 * For the side panel (read-only): the open incidents, then those that ended in the last 7 days,
 * latest first, with their mentions and who handled them, and the brands' tone profiles.
 */
export async function loadIncidents(db: TactDB, now: number): Promise<IncidentRow[]> {
  const stored = await db.incidents.filter((i) => i.end === null || i.end >= now - RECENT_MS).toArray();
  // A spike incident whose rate has fallen back is shown ended then (the background stores that end at
  // the brand's next spike check): read from the brand's alarming mentions, as core/incident.ts does.
  const spiking = stored.filter((i) => i.end === null && !i.manual);
  const seen =
    spiking.length === 0
      ? []
      : await db.items
          .where('firstSeenAt')
          .between(Math.min(...spiking.map((i) => i.spikeAt ?? i.start)) - SPIKE_SPAN, now, true, true)
          .toArray();
  const rows = stored.map((i) => (i.end === null && !i.manual ? incidentAsOf(i, seen, now) : i));
  rows.sort((a, b) => Number(a.end !== null) - Number(b.end !== null) || b.start - a.start);
  const shown = rows.slice(0, INCIDENTS_SHOWN);
  const keys = [...new Set(shown.flatMap((i) => i.itemKeys))];
  const [items, events, replies, brands] = await Promise.all([
    db.items.bulkGet(keys),
    db.events.where('itemKey').anyOf(keys).toArray(),
    db.replies.where('itemKey').anyOf(keys).toArray(),
    db.brands.bulkGet([...new Set(shown.map((i) => i.brandId))]),
  ]);
  const byKey = new Map(items.filter((i) => i !== undefined).map((i) => [i.key, i]));
  const lastBy = new Map<string, { at: number; by: string }>();
  for (const e of events) {
    const by = typeof e.data?.by === 'string' ? e.data.by : '';
    if (e.type !== 'status' || !e.itemKey || !by) continue;
    if ((lastBy.get(e.itemKey)?.at ?? -1) <= e.at) lastBy.set(e.itemKey, { at: e.at, by });
  }
  const replyBy = new Map<string, { at: number; by: string }>();
  for (const r of replies) if (r.by && (replyBy.get(r.itemKey)?.at ?? -1) <= r.at) replyBy.set(r.itemKey, r);
  const brandOf = new Map(brands.filter((b) => b !== undefined).map((b) => [b.id, b]));
  const out: IncidentRow[] = [];
  for (const inc of shown) {
    const brand = brandOf.get(inc.brandId) ?? null;
    const profiles: IncidentRow['profiles'] = {};
    for (const lang of new Set((brand?.holdingStatements ?? []).map((s) => s.language)))
      profiles[lang] = await loadToneFor(db, inc.brandId, lang);
    out.push({
      incident: incidentView(inc),
      brand,
      profiles,
      items: inc.itemKeys.flatMap((k) => {
        const i = byKey.get(k);
        if (!i) return [];
        return [
          {
            key: i.key,
            text: i.text,
            platform: i.platform,
            intent: i.intent,
            sentiment: i.sentiment,
            firstSeenAt: i.firstSeenAt,
            status: i.status,
            statusBy: lastBy.get(k)?.by ?? null,
            repliedBy: replyBy.get(k)?.by ?? null,
            answeredBy: i.answeredBy,
          },
        ];
      }),
    });
  }
  return out;
}
