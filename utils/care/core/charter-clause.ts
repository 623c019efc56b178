// STUB (owned by the charter helper): which clause of a charter a troll type breaks.
import type { Charter } from './charter';
import type { ClauseRef } from './care-info';
import type { TrollTypeId } from '../../trolls/core/typology';

export function clauseFor(_charter: Charter, _type: TrollTypeId, _lang: 'fr' | 'en'): ClauseRef | null {
  return null;
}
