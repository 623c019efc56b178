// STUB (owned by the crisis helper): the brand's holding statements as reply candidates.
import type { CareTemplateContext } from './care-replies';
import type { HoldingStatement } from './crisis-kit';

export function holdingTemplates(_statements: readonly HoldingStatement[], _ctx: CareTemplateContext): string[] {
  return [];
}
