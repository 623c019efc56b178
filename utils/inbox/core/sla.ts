// Response targets and their maths (issue #16 part 3). A policy lists targets by intent and/or
// priority (first match wins, else the fallback); an item's due time is its target in business
// minutes after it was posted (else first seen, as the report counts first response), or wall-clock
// minutes when no business hours are set or the target says so. Pure: the caller passes `now`.
import { z } from '../../shared/zod';
import { INTENTS } from '../../mentions/core/intent';
import { firstResponseAt } from '../../mentions/core/item-state';
import { addBusinessMinutes } from '../../reports/core/business-hours';
import type { BusinessHours } from '../../reports/core/settings';
import { ACTIONABLE_INTENTS } from '../../reports/core/types';

const MINUTE = 60_000;
const MAX_MINUTES = 100_000; // about ten weeks, as the report's response target

export const MAX_SLA_TARGETS = 20;

export const slaTargetSchema = z.object({
  /** The intents it covers; empty = any intent. */
  intents: z.array(z.enum(INTENTS)).max(INTENTS.length).default([]),
  /** The item's priority must be at least this (0–100); 0 = any. */
  minPriority: z.number().int().min(0).max(100).default(0),
  minutes: z.number().int().min(0).max(MAX_MINUTES),
  /**
   * 'business': counts only business hours when they are set; 'wall': every minute, whatever the
   * hours (an urgent mention posted on Saturday cannot wait for Monday morning).
   */
  clock: z.enum(['business', 'wall']).default('business'),
});
export type SlaTarget = z.infer<typeof slaTargetSchema>;

export const slaPolicySchema = z.object({
  /** In order: the first that matches an item gives its target. */
  targets: z.array(slaTargetSchema).max(MAX_SLA_TARGETS).default([]),
  /** The target of an item no entry matches, in business minutes when hours are set. */
  fallbackMinutes: z
    .number()
    .int()
    .min(0)
    .max(MAX_MINUTES)
    .default(24 * 60),
  /** How long before its due time an item is 'soon' (and its assignee notified), in wall minutes. */
  warnMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(15),
});
export type SlaPolicy = z.infer<typeof slaPolicySchema>;

/**
 * The defaults, from what the trade expects of a brand on social networks: an urgent mention (safety,
 * outage, legal threat, scandal) is public and spreads by the minute, so 30 minutes round the clock;
 * a complaint is answered within the hour by the best teams and within 2 hours is the usual promise;
 * a question or a purchase intent (a buying question: a lead that goes cold) within 4 business hours,
 * the same half day; everything else (praise, other) within a business day.
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = slaPolicySchema.parse({
  targets: [
    { intents: ['urgent'], minutes: 30, clock: 'wall' },
    { intents: ['complaint'], minutes: 120 },
    { intents: ['question', 'purchase_intent'], minutes: 240 },
  ],
  fallbackMinutes: 24 * 60,
  warnMinutes: 15,
});

/** What a target reads of an item. */
export interface SlaSubject {
  intent: string;
  priority: number;
}

/** The item's target: the first matching entry, else the fallback (on the business clock). */
export function targetFor(item: SlaSubject, policy: SlaPolicy): Pick<SlaTarget, 'minutes' | 'clock'> {
  for (const t of policy.targets) {
    if (t.intents.length > 0 && !(t.intents as readonly string[]).includes(item.intent)) continue;
    if (t.minPriority > 0 && !(item.priority >= t.minPriority)) continue;
    return { minutes: t.minutes, clock: t.clock };
  }
  return { minutes: policy.fallbackMinutes, clock: 'business' };
}

/**
 * The instant `targetMinutes` of business time after `startMs` in zone `tz` ('' = the runtime's), or
 * of wall-clock time when `businessHours` is null. A start outside the hours starts counting at the
 * next opening; a zero target is due at the start. null when the hours never open (no deadline).
 */
export function slaDue(
  startMs: number,
  targetMinutes: number,
  businessHours: BusinessHours | null,
  tz: string,
): number | null {
  if (!businessHours) return startMs + Math.max(0, targetMinutes) * MINUTE;
  return addBusinessMinutes(startMs, targetMinutes, businessHours, tz);
}

/** When an item's SLA clock starts: when it was posted, else first seen (the report's mention time). */
export function slaStart(item: { postedAt: number | null; firstSeenAt: number }): number {
  return item.postedAt ?? item.firstSeenAt;
}

/** An item's due time under the policy (the target's clock decides whether the hours apply). */
export function dueFor(
  item: SlaSubject & { postedAt: number | null; firstSeenAt: number },
  policy: SlaPolicy,
  businessHours: BusinessHours | null,
  tz: string,
): number | null {
  const t = targetFor(item, policy);
  return slaDue(slaStart(item), t.minutes, t.clock === 'wall' ? null : businessHours, tz);
}

/** Ms left until the due time (negative once overdue); null without a due time. */
export function timeLeft(due: number | null, now: number): number | null {
  return due === null ? null : due - now;
}

/** Overdue strictly after the due instant: an answer at the due instant is within the SLA. */
export function isOverdue(due: number | null, now: number): boolean {
  return due !== null && now > due;
}

export type SlaStatus = 'ok' | 'soon' | 'overdue';

/** 'overdue' past the due time, 'soon' within `warnMinutes` (wall minutes) of it, else 'ok'. */
export function slaStatus(due: number | null, now: number, warnMinutes: number): SlaStatus {
  if (due === null) return 'ok';
  if (now > due) return 'overdue';
  return due - now <= warnMinutes * MINUTE ? 'soon' : 'ok';
}

/** What compliance reads of an item (a StoredItem fits, with the team item's `slaDue` when synced). */
export interface SlaItem extends SlaSubject {
  postedAt: number | null;
  firstSeenAt: number;
  repliedAt: number | null;
  answeredAt: number | null;
  status?: string;
  ours?: 0 | 1 | boolean;
  /** The due time fixed when the item was routed: used as is, so later policy edits do not rewrite history. */
  slaDue?: number | null;
}

export interface Compliance {
  /** Answered at or before their due time. */
  within: number;
  /** Answered after their due time. */
  late: number;
  /** Not answered (nor ignored) and already past their due time. */
  openOverdue: number;
  /** Not answered and not yet due (not counted in either rate). */
  pending: number;
  /** within / (within + late + openOverdue): an unanswered breach counts against; null when nothing counts. */
  rate: number | null;
  /** within / (within + late): the report's "within target" ratio, answered items only; null when none. */
  answeredRate: number | null;
}

export interface ComplianceOptions {
  policy: SlaPolicy;
  businessHours: BusinessHours | null;
  tz: string;
  now: number;
}

const ACTIONABLE = new Set<string>(ACTIONABLE_INTENTS);

/**
 * SLA compliance of a set of items, counted as the report counts first response: only actionable
 * mentions (question, complaint, urgent, purchase intent; never ours), from posted (else first seen)
 * to the first response (`firstResponseAt`: the earlier of a reply with Tact and one seen on the
 * page), against the due time in business minutes when hours are set. An answer is within when it
 * came at or before the due instant, the very test the live status uses (`isOverdue`).
 */
export function complianceOf(items: Iterable<SlaItem>, opts: ComplianceOptions): Compliance {
  let within = 0;
  let late = 0;
  let openOverdue = 0;
  let pending = 0;
  for (const item of items) {
    if (item.ours === 1 || item.ours === true || !ACTIONABLE.has(item.intent)) continue;
    const due = typeof item.slaDue === 'number' ? item.slaDue : dueFor(item, opts.policy, opts.businessHours, opts.tz);
    const answered = firstResponseAt(item);
    if (answered !== null) {
      if (isOverdue(due, answered)) late++;
      else within++;
    } else if (item.status !== 'ignored') {
      if (isOverdue(due, opts.now)) openOverdue++;
      else pending++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    within,
    late,
    openOverdue,
    pending,
    rate: ratio(within, within + late + openOverdue),
    answeredRate: ratio(within, within + late),
  };
}
