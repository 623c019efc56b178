// Routing rules (issue #16 part 2): per brand, an ordered list of rules that assign a new item to a
// role or a CM. A rule's conditions all have to hold (an unset one always holds): one of its intents,
// at least its priority, and, when asked, being one of an open incident's mentions. The first rule
// that matches wins; none matching leaves the item unassigned. Items by the brand's own accounts
// (`ours`) are never routed. Sizes are bounded so the rules can be stored on the brand and synced.
import { z } from '../../shared/zod';
import { INTENTS } from '../../mentions/core/intent';
import { assigneeSchema, role, type Assignee } from './roles';

export const MAX_ROUTING_RULES = 20;

export const routingRuleSchema = z.object({
  /** Stable within the brand's list (edits, sync merges, the audit trail name a rule by it). */
  id: z.string().trim().min(1).max(64),
  /** The intents it takes; empty = any intent. */
  intents: z.array(z.enum(INTENTS)).max(INTENTS.length).default([]),
  /** The item's priority (0–100, mentions/core/priority.ts) must be at least this; 0 = any. */
  minPriority: z.number().int().min(0).max(100).default(0),
  /** true: only items that are mentions of one of the brand's open incidents; false = either. */
  inIncident: z.boolean().default(false),
  assignee: assigneeSchema,
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;
export type RoutingRuleInput = z.input<typeof routingRuleSchema>;

/** A brand's rules, in order. Ids must be distinct (an edit or a merge addresses a rule by its id). */
export const routingRulesSchema = z
  .array(routingRuleSchema)
  .max(MAX_ROUTING_RULES)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'error.duplicateRule');

/**
 * The defaults, crisis first so a complaint during an incident goes to public relations:
 * urgent or in an open incident → public relations; complaint or question → customer service;
 * purchase intent → business development; praise → marketing. `other` stays unassigned.
 */
export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = Object.freeze([
  { id: 'urgent', intents: ['urgent'], minPriority: 0, inIncident: false, assignee: role('public_relations') },
  { id: 'crisis', intents: [], minPriority: 0, inIncident: true, assignee: role('public_relations') },
  {
    id: 'care',
    intents: ['complaint', 'question'],
    minPriority: 0,
    inIncident: false,
    assignee: role('customer_service'),
  },
  {
    id: 'sales',
    intents: ['purchase_intent'],
    minPriority: 0,
    inIncident: false,
    assignee: role('business_development'),
  },
  { id: 'praise', intents: ['praise'], minPriority: 0, inIncident: false, assignee: role('marketing') },
] satisfies RoutingRule[]);

/** What routing reads of an item (a StoredItem fits). */
export interface RoutableItem {
  /** The intent as stored (a string: rows from before v2 or another version may hold anything). */
  intent: string;
  priority: number;
  /** 1 when one of the brand's own accounts wrote it. */
  ours?: 0 | 1 | boolean;
}

export interface RouteContext {
  /** Whether the item is one of the brand's open incident's mentions (see `inOpenIncident`). */
  inIncident: boolean;
}

/** An incident as routing reads it (mentions/core/incident.ts StoredIncident fits). */
export interface IncidentLike {
  brandId: string;
  end: number | null;
  itemKeys: readonly string[];
}

/** Whether the item is a mention of one of the brand's incidents still open (`end` null). */
export function inOpenIncident(itemKey: string, brandId: string, incidents: readonly IncidentLike[]): boolean {
  return incidents.some((i) => i.brandId === brandId && i.end === null && i.itemKeys.includes(itemKey));
}

export function ruleMatches(rule: RoutingRule, item: RoutableItem, ctx: RouteContext): boolean {
  if (rule.intents.length > 0 && !(rule.intents as readonly string[]).includes(item.intent)) return false;
  if (rule.minPriority > 0 && !(item.priority >= rule.minPriority)) return false;
  if (rule.inIncident && !ctx.inIncident) return false;
  return true;
}

/** The rule that routes the item (the first that matches), or null; never one for our own items. */
export function matchingRule(item: RoutableItem, rules: readonly RoutingRule[], ctx: RouteContext): RoutingRule | null {
  if (item.ours === 1 || item.ours === true) return null;
  return rules.find((r) => ruleMatches(r, item, ctx)) ?? null;
}

/** Who a new item goes to under the brand's rules; null = unassigned. */
export function route(item: RoutableItem, rules: readonly RoutingRule[], ctx: RouteContext): Assignee | null {
  return matchingRule(item, rules, ctx)?.assignee ?? null;
}
