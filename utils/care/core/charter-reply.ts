// STUB (owned by the charter helper): the replies that cite a charter clause, FR and EN.
import type { CareTemplateContext } from './care-replies';
import type { ClauseRef } from './care-info';

export function charterReplyTemplates(_clause: ClauseRef, _ctx: CareTemplateContext): string[] {
  return [];
}
