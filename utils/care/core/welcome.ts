// STUB (owned by the newcomers helper): Tact's own welcome lines, FR and EN.
import type { CareTemplateContext } from './care-replies';

export function welcomeTemplates(_ctx: CareTemplateContext): string[] {
  return [];
}
