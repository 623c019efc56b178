// STUB (owned by the crisis helper): incidents declared, closed and ticked by hand; items' open incidents.
import type { TactDB } from '../db/schema';
import type { CareEntry } from './core/care-info';
import type { IncidentView } from './core/crisis-kit';

export async function incidentsOfItems(_db: TactDB, entries: readonly CareEntry[]): Promise<(string | null)[]> {
  return entries.map(() => null);
}
export async function declareIncident(
  _db: TactDB,
  _brandId: string,
  _note: string,
  _now: number,
  _by: string,
): Promise<IncidentView> {
  throw new Error('not built yet');
}
export async function closeIncident(
  _db: TactDB,
  _id: string,
  _postmortem: string,
  _now: number,
  _by: string,
): Promise<IncidentView | null> {
  return null;
}
export async function tickIncident(
  _db: TactDB,
  _id: string,
  _checkId: string,
  _done: boolean,
  _now: number,
  _by: string,
): Promise<IncidentView | null> {
  return null;
}
