// A crisis holding statement as a reply: the brand's statements written in the reply's language, in
// the order the CM put them, placeholders ({brand}, {product}, {firstName}, {agent}) left as they are
// for tone/core/suggest.ts `fit` to fill and check against the brand's tone like any reply.
import type { CareTemplateContext } from './care-replies';
import type { HoldingStatement } from './crisis-kit';

export function holdingTemplates(statements: readonly HoldingStatement[], ctx: CareTemplateContext): string[] {
  return statements.filter((s) => s.language === ctx.lang && s.body.trim() !== '').map((s) => s.body);
}
