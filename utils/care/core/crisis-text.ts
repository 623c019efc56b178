// Why an incident is one, as one line in the user's language ("12 complaints, 3 urgent · refund,
// broken · X, Reddit"): the spike alert, its browser notification and the incident view all say it.
import { isMessageKey, t, type Lang } from '../../i18n/translate';
import { PLATFORMS, type Platform } from '../../platforms/ids';
import { platformName } from '../../platforms/descriptor-data';
import type { IncidentExplanation } from './crisis';

function platformLabel(id: string): string {
  return (PLATFORMS as readonly string[]).includes(id) ? platformName(id as Platform) : id;
}

export function whyText(lang: Lang, why: IncidentExplanation): string {
  const intents = why.intents.map((c) => {
    const key = `crisis.intent.${c.value}.${c.count === 1 ? 'one' : 'many'}`;
    return isMessageKey(key) ? t(lang, key, { n: c.count }) : `${c.count} ${c.value}`;
  });
  return [intents.join(', '), why.words.join(', '), why.platforms.map((p) => platformLabel(p.value)).join(', ')]
    .filter(Boolean)
    .join(' · ');
}

/** A stored explanation read back from an event's data (written by an older or newer build: checked). */
export function readWhy(value: unknown): IncidentExplanation | null {
  if (!value || typeof value !== 'object') return null;
  const w = value as Partial<IncidentExplanation>;
  const counts = (c: unknown) =>
    Array.isArray(c) && c.every((x) => x && typeof x.value === 'string' && typeof x.count === 'number');
  if (!counts(w.intents) || !counts(w.platforms) || !Array.isArray(w.words) || !Array.isArray(w.examples)) return null;
  return {
    total: typeof w.total === 'number' ? w.total : 0,
    intents: w.intents!,
    words: w.words.filter((x): x is string => typeof x === 'string'),
    platforms: w.platforms!,
    examples: w.examples.filter((e) => e && typeof e.text === 'string' && typeof e.key === 'string'),
  };
}
