// Crisis mode, pure: why an incident is one (its mentions counted by intent, the words that stand
// out, the platforms, a few examples), its timeline in 10-minute buckets, the starter checklist and
// the placeholders a holding statement may use. No DOM, no database: the background, the side panel
// and the tests feed it plain items.
import { TopicCounter, nameWords } from '../../reports/core/topics';
import type { ChecklistItem } from './crisis-kit';
import { checkDraft, type Problem } from '../../tone/core/check';
import type { ToneProfile } from '../../tone/core/profile';

export const TEN_MINUTES = 10 * 60_000;

/** An incident's mention, as crisis mode reads it. */
export interface CrisisItem {
  key: string;
  text: string;
  intent: string;
  sentiment: number;
  platform: string;
  /** When Tact first saw it (incidents run on Tact's time, like spikes). */
  firstSeenAt: number;
}

export interface Count<T extends string = string> {
  value: T;
  count: number;
}

/** Why an incident is one: stored with its spike alert and shown in its view. */
export interface IncidentExplanation {
  total: number;
  /** Mentions per intent, most frequent first. */
  intents: Count[];
  /** The few words (or two-word phrases) that most of its mentions use, brand names left out. */
  words: string[];
  /** Mentions per platform, most frequent first. */
  platforms: Count[];
  /** Up to three example mentions: urgent first, then the most negative, then the earliest. */
  examples: { key: string; text: string; platform: string }[];
}

const EXAMPLE_CHARS = 160;
const INTENT_RANK: Record<string, number> = { urgent: 0, complaint: 1 };

function counted(values: readonly string[]): Count[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= EXAMPLE_CHARS ? flat : `${flat.slice(0, EXAMPLE_CHARS - 1).trimEnd()}…`;
}

/**
 * Why these mentions make an incident. `exclude`: names not to report as words (the brand's name
 * and aliases: every mention uses them, so they say nothing). A word counts once per mention and
 * must be in at least two of them (one rant is not a trend).
 */
export function explainIncident(
  items: readonly CrisisItem[],
  opts: { exclude?: readonly string[]; words?: number } = {},
): IncidentExplanation {
  const topics = new TopicCounter(nameWords(opts.exclude ?? []));
  for (const i of items) topics.add(i.text);
  const examples = [...items]
    .sort(
      (a, b) =>
        (INTENT_RANK[a.intent] ?? 2) - (INTENT_RANK[b.intent] ?? 2) ||
        a.sentiment - b.sentiment ||
        a.firstSeenAt - b.firstSeenAt,
    )
    .slice(0, 3)
    .map((i) => ({ key: i.key, text: clip(i.text), platform: i.platform }));
  return {
    total: items.length,
    intents: counted(items.map((i) => i.intent)),
    words: topics.top(opts.words ?? 3, 2).map((t) => t.term),
    platforms: counted(items.map((i) => i.platform)),
    examples,
  };
}

export interface TimelineBucket {
  /** Start of the bucket (inclusive), on a clock boundary of the step. */
  from: number;
  /** End of the bucket (exclusive). */
  to: number;
  count: number;
}

/** At most this many buckets: a longer incident gets wider ones (a multiple of the step). */
export const TIMELINE_MAX = 144;

/**
 * The incident's mentions per `step` (10 minutes) from `start` to `end`, buckets on clock
 * boundaries (14:10, 14:20…), empty ones included: a lull is part of the story. Mentions outside
 * [start, end] are not counted. An incident longer than TIMELINE_MAX steps gets wider buckets.
 */
export function incidentTimeline(
  items: readonly Pick<CrisisItem, 'firstSeenAt'>[],
  start: number,
  end: number,
  step = TEN_MINUTES,
): TimelineBucket[] {
  if (!(step > 0) || end < start) return [];
  const first = Math.floor(start / step) * step;
  let width = step;
  const span = end - first;
  if (Math.floor(span / width) + 1 > TIMELINE_MAX) width = Math.ceil((span + 1) / (TIMELINE_MAX * step)) * step;
  const n = Math.floor(span / width) + 1;
  const buckets: TimelineBucket[] = Array.from({ length: n }, (_, i) => ({
    from: first + i * width,
    to: first + (i + 1) * width,
    count: 0,
  }));
  for (const i of items) {
    if (i.firstSeenAt < start || i.firstSeenAt > end) continue;
    buckets[Math.floor((i.firstSeenAt - first) / width)]!.count++;
  }
  return buckets;
}

const STARTER: Record<'fr' | 'en', readonly string[]> = {
  en: [
    'Inform the manager',
    'Alert the legal team',
    'Pause scheduled posts',
    'Publish the holding statement',
    'Brief customer service',
    'Answer the most urgent mentions',
    'Share the official update',
  ],
  fr: [
    'Prévenir le ou la responsable',
    'Alerter le service juridique',
    'Suspendre les publications programmées',
    "Publier la déclaration d'attente",
    'Briefer le service client',
    'Répondre aux mentions les plus urgentes',
    'Partager la communication officielle',
  ],
};

/** The starter checklist, in the user's language: the CM edits it into their own. */
export function starterChecklist(lang: 'fr' | 'en'): ChecklistItem[] {
  return STARTER[lang].map((label, i) => ({ id: `starter-${i + 1}`, label }));
}

/**
 * What a holding statement may contain: filled for each comment when it is suggested. {product}
 * only fills when the comment names one of the brand's products, {firstName} when the page shows
 * the author's first name (else it goes, with the space before it), {agent} with the CM's name.
 */
export const HOLDING_PLACEHOLDERS = ['{brand}', '{product}', '{firstName}', '{agent}'] as const;
const KNOWN = new Set(['brand', 'product', 'firstName', 'prénom', 'agent', 'emoji']);

/**
 * The placeholders of `body` Tact cannot fill: a statement holding one would never be suggested, so
 * the form says so before it is saved.
 */
export function unknownPlaceholders(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/\{([^{}]{0,40})\}/gu)) if (!KNOWN.has(m[1]!) && !out.includes(m[0])) out.push(m[0]);
  return out;
}

/** A new id for a statement or a checklist step, unique among `taken`. */
export function freshId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/**
 * What the tone checker finds in a holding statement, against the brand's profile in its language.
 * A missing signature is left out: Tact adds the profile's signature when it suggests the statement.
 */
export function statementProblems(body: string, profile: ToneProfile, lang: 'fr' | 'en'): Problem[] {
  if (body.trim() === '') return [];
  return checkDraft(body, profile, { platform: 'x', lang }).filter((p) => p.kind !== 'missing_signature');
}

/** A statement to paste by hand: {brand} filled, {firstName} and {emoji} gone (with the space before). */
export function statementToCopy(body: string, brandName: string): string {
  return body
    .replace(/\{brand\}/gu, brandName)
    .replace(/\s*\{(?:firstName|prénom|emoji)\}/gu, '')
    .replace(/^[\s,;:]+/u, '');
}
