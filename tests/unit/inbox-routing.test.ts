import { describe, expect, it } from 'vitest';
import { INTENTS } from '../../utils/mentions/core/intent';
import {
  assigneeKey,
  assigneeLabel,
  assigneeSchema,
  cm,
  parseAssigneeKey,
  role,
  ROLE_NAMES,
  ROLES,
  sameAssignee,
} from '../../utils/inbox/core/roles';
import {
  DEFAULT_ROUTING_RULES,
  inOpenIncident,
  MAX_ROUTING_RULES,
  matchingRule,
  route,
  routingRuleSchema,
  routingRulesSchema,
  type RoutingRule,
} from '../../utils/inbox/core/routing';

const calm = { inIncident: false };
const crisis = { inIncident: true };
const item = (intent: string, priority = 40, ours: 0 | 1 = 0) => ({ intent, priority, ours });

describe('roles and assignees', () => {
  it('has the five roles, each named in French and English', () => {
    expect(ROLES).toEqual([
      'marketing',
      'public_relations',
      'customer_service',
      'business_development',
      'internal_communication',
    ]);
    for (const r of ROLES) {
      expect(ROLE_NAMES[r].fr.length).toBeGreaterThan(0);
      expect(ROLE_NAMES[r].en.length).toBeGreaterThan(0);
    }
    expect(assigneeLabel(role('customer_service'), 'fr')).toBe('Service client');
    expect(assigneeLabel(role('public_relations'), 'en')).toBe('Public relations');
    expect(assigneeLabel(cm('Marie'), 'fr')).toBe('Marie');
  });

  it('an assignee is a CM named in 1–200 characters or one of the roles, nothing else', () => {
    expect(assigneeSchema.parse({ kind: 'cm', name: '  Marie ' })).toEqual({ kind: 'cm', name: 'Marie' });
    expect(assigneeSchema.safeParse({ kind: 'cm', name: 'x'.repeat(200) }).success).toBe(true);
    expect(assigneeSchema.safeParse({ kind: 'cm', name: 'x'.repeat(201) }).success).toBe(false);
    expect(assigneeSchema.safeParse({ kind: 'cm', name: '   ' }).success).toBe(false);
    expect(assigneeSchema.safeParse({ kind: 'role', role: 'marketing' }).success).toBe(true);
    expect(assigneeSchema.safeParse({ kind: 'role', role: 'legal' }).success).toBe(false);
    expect(assigneeSchema.safeParse({ kind: 'team', name: 'Marie' }).success).toBe(false);
  });

  it('keys round-trip and tell a CM from a role of the same spelling', () => {
    for (const a of [cm('Marie'), cm('role:marketing'), role('marketing'), role('internal_communication')]) {
      expect(parseAssigneeKey(assigneeKey(a))).toEqual(a);
    }
    expect(assigneeKey(cm('marketing'))).not.toBe(assigneeKey(role('marketing')));
    expect(parseAssigneeKey('role:legal')).toBeNull();
    expect(parseAssigneeKey('Marie')).toBeNull();
    expect(sameAssignee(cm('Marie'), cm(' Marie'))).toBe(true);
    expect(sameAssignee(cm('Marie'), cm('Paul'))).toBe(false);
    expect(sameAssignee(null, null)).toBe(true);
    expect(sameAssignee(cm('Marie'), null)).toBe(false);
  });
});

describe('default routing rules', () => {
  it('route each intent as the issue says, and leave `other` unassigned', () => {
    expect(route(item('complaint'), DEFAULT_ROUTING_RULES, calm)).toEqual(role('customer_service'));
    expect(route(item('question'), DEFAULT_ROUTING_RULES, calm)).toEqual(role('customer_service'));
    expect(route(item('urgent', 80), DEFAULT_ROUTING_RULES, calm)).toEqual(role('public_relations'));
    expect(route(item('purchase_intent'), DEFAULT_ROUTING_RULES, calm)).toEqual(role('business_development'));
    expect(route(item('praise'), DEFAULT_ROUTING_RULES, calm)).toEqual(role('marketing'));
    expect(route(item('other'), DEFAULT_ROUTING_RULES, calm)).toBeNull();
  });

  it('send everything in an open incident to public relations, crisis before care', () => {
    for (const intent of INTENTS) {
      expect(route(item(intent), DEFAULT_ROUTING_RULES, crisis)).toEqual(role('public_relations'));
    }
    expect(matchingRule(item('complaint'), DEFAULT_ROUTING_RULES, crisis)?.id).toBe('crisis');
  });

  it('never route an item by the brand’s own accounts, whatever it says', () => {
    for (const intent of INTENTS) {
      expect(route(item(intent, 90, 1), DEFAULT_ROUTING_RULES, crisis)).toBeNull();
    }
    const catchAll: RoutingRule[] = [routingRuleSchema.parse({ id: 'all', assignee: cm('Marie') })];
    expect(route({ intent: 'complaint', priority: 50, ours: true }, catchAll, calm)).toBeNull();
    expect(route({ intent: 'complaint', priority: 50 }, catchAll, calm)).toEqual(cm('Marie'));
  });

  it('are valid stored rules', () => {
    expect(routingRulesSchema.parse(DEFAULT_ROUTING_RULES)).toEqual(DEFAULT_ROUTING_RULES);
  });
});

describe('custom rules', () => {
  const rules = routingRulesSchema.parse([
    { id: 'vip', minPriority: 60, assignee: { kind: 'cm', name: 'Marie' } },
    { id: 'complaints', intents: ['complaint'], assignee: { kind: 'role', role: 'customer_service' } },
    { id: 'rest', assignee: { kind: 'role', role: 'internal_communication' } },
  ]);

  it('the first matching rule wins: order decides', () => {
    expect(route(item('complaint', 70), rules, calm)).toEqual(cm('Marie'));
    expect(route(item('complaint', 59), rules, calm)).toEqual(role('customer_service'));
    expect(route(item('praise', 10), rules, calm)).toEqual(role('internal_communication'));
    const reordered = [rules[1]!, rules[0]!, rules[2]!];
    expect(route(item('complaint', 70), reordered, calm)).toEqual(role('customer_service'));
  });

  it('a minimum priority is inclusive, and all of a rule’s conditions must hold', () => {
    expect(route(item('question', 60), rules, calm)).toEqual(cm('Marie'));
    const both = routingRulesSchema.parse([
      { id: 'hot-crisis-complaint', intents: ['complaint'], minPriority: 50, inIncident: true, assignee: cm('Paul') },
    ]);
    expect(route(item('complaint', 55), both, crisis)).toEqual(cm('Paul'));
    expect(route(item('complaint', 55), both, calm)).toBeNull();
    expect(route(item('complaint', 45), both, crisis)).toBeNull();
    expect(route(item('question', 55), both, crisis)).toBeNull();
  });

  it('no rules, or none matching, leave the item unassigned', () => {
    expect(route(item('complaint'), [], calm)).toBeNull();
    const onlyPraise = routingRulesSchema.parse([{ id: 'p', intents: ['praise'], assignee: role('marketing') }]);
    expect(route(item('complaint'), onlyPraise, crisis)).toBeNull();
    expect(route(item('weird-old-intent'), onlyPraise, calm)).toBeNull();
  });

  it('the schema bounds the list, the names and the ids', () => {
    const many = Array.from({ length: MAX_ROUTING_RULES + 1 }, (_, i) => ({
      id: `r${i}`,
      assignee: role('marketing'),
    }));
    expect(routingRulesSchema.safeParse(many).success).toBe(false);
    expect(routingRulesSchema.safeParse(many.slice(0, MAX_ROUTING_RULES)).success).toBe(true);
    expect(routingRulesSchema.safeParse([many[0], many[0]]).success).toBe(false);
    expect(routingRuleSchema.safeParse({ id: 'x'.repeat(65), assignee: role('marketing') }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ id: 'x', intents: ['rant'], assignee: role('marketing') }).success).toBe(
      false,
    );
    expect(routingRuleSchema.safeParse({ id: 'x', minPriority: 101, assignee: role('marketing') }).success).toBe(false);
    expect(routingRuleSchema.safeParse({ id: 'x', assignee: cm('y'.repeat(201)) }).success).toBe(false);
  });
});

describe('inOpenIncident', () => {
  const incidents = [
    { brandId: 'acme', end: null, itemKeys: ['x:1', 'x:2'] },
    { brandId: 'acme', end: 1_000, itemKeys: ['x:3'] },
    { brandId: 'other', end: null, itemKeys: ['x:4'] },
  ];
  it('is true only for a mention of one of the brand’s incidents still open', () => {
    expect(inOpenIncident('x:2', 'acme', incidents)).toBe(true);
    expect(inOpenIncident('x:3', 'acme', incidents)).toBe(false); // closed
    expect(inOpenIncident('x:4', 'acme', incidents)).toBe(false); // another brand's
    expect(inOpenIncident('x:5', 'acme', incidents)).toBe(false);
  });
});
