// STUB (owned by the advocates helper): Tact's own thanks for an advocate, FR and EN.
import type { CareTemplateContext } from './care-replies';

export function thanksTemplates(_ctx: CareTemplateContext): string[] {
  return [];
}
