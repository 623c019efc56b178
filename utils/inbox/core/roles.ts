// The team inbox's who (issue #16): the five roles community managers share the job between, and an
// assignee, either one named CM or one of those roles. Names are plain data in both languages so the
// core can label an assignee without the i18n dictionary (the CLI and the server use them too).
import { z } from '../../shared/zod';

/** The five community-manager roles, in the order the issue and the options list them. */
export const ROLES = [
  'marketing',
  'public_relations',
  'customer_service',
  'business_development',
  'internal_communication',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const ROLE_NAMES: Record<Role, { fr: string; en: string }> = {
  marketing: { fr: 'Marketing', en: 'Marketing' },
  public_relations: { fr: 'Relations publiques', en: 'Public relations' },
  customer_service: { fr: 'Service client', en: 'Customer service' },
  business_development: { fr: 'Développement commercial', en: 'Business development' },
  internal_communication: { fr: 'Communication interne', en: 'Internal communication' },
};

/** A CM's name as the settings keep it (`settings.cmName`, `currentActor`): trimmed, 1–200 characters. */
export const cmNameSchema = z.string().trim().min(1).max(200);

/** Who an item is assigned to: one CM by name, or a role (whoever holds it picks it up). */
export const assigneeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cm'), name: cmNameSchema }),
  z.object({ kind: z.literal('role'), role: roleSchema }),
]);
export type Assignee = z.infer<typeof assigneeSchema>;

export const cm = (name: string): Assignee => ({ kind: 'cm', name: name.trim() });
export const role = (r: Role): Assignee => ({ kind: 'role', role: r });

/**
 * One string per assignee, for an index or a sync field: `cm:Marie`, `role:customer_service`.
 * Names compare exactly (after trimming), as `currentActor` writes them.
 */
export function assigneeKey(a: Assignee): string {
  return a.kind === 'cm' ? `cm:${a.name.trim()}` : `role:${a.role}`;
}

/** The assignee of a key written by `assigneeKey`; null for anything else. */
export function parseAssigneeKey(key: string): Assignee | null {
  const parsed = key.startsWith('cm:')
    ? assigneeSchema.safeParse({ kind: 'cm', name: key.slice(3) })
    : key.startsWith('role:')
      ? assigneeSchema.safeParse({ kind: 'role', role: key.slice(5) })
      : null;
  return parsed?.success ? parsed.data : null;
}

export function sameAssignee(a: Assignee | null, b: Assignee | null): boolean {
  if (a === null || b === null) return a === b;
  return assigneeKey(a) === assigneeKey(b);
}

/** What the inbox shows for an assignee: the CM's name, or the role's name in the UI language. */
export function assigneeLabel(a: Assignee, lang: 'fr' | 'en'): string {
  return a.kind === 'cm' ? a.name : ROLE_NAMES[a.role][lang];
}
