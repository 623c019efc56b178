// When a member of a brand community counts as "new here", and who may be welcomed. Pure.
//
// A member is new from the first time Tact sees them post in the community until a CM welcomes them
// or 24 hours pass, whichever comes first: every item of theirs in that first day shows "new here"
// (their first message and what they add to it), a reload or another page view changes nothing, and
// after a welcome or a day they are a member like any other.
import type { Member } from './member';
import type { TrollTypeId } from '../../trolls/core/typology';

export const NEWCOMER_MS = 24 * 60 * 60_000;

/** Whether the member is still new at `now`. */
export function stillNew(member: Pick<Member, 'firstSeenAt' | 'welcomedAt'>, now: number): boolean {
  return member.welcomedAt === null && now - member.firstSeenAt < NEWCOMER_MS;
}

/** A spammer or a troll gets no welcome; an unhappy customer (or no verdict) may be welcomed. */
export function isWelcomeCandidate(troll: TrollTypeId | string | null | undefined): boolean {
  return !troll || troll === 'unhappy_customer';
}

/** The members still waiting for a welcome at `now`, newest first. */
export function toWelcome<M extends Pick<Member, 'firstSeenAt' | 'welcomedAt'>>(
  members: readonly M[],
  now: number,
): M[] {
  return members.filter((m) => stillNew(m, now)).sort((a, b) => b.firstSeenAt - a.firstSeenAt);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` addressed to `to` instead of `from` (first names): "Bienvenue Julie !" → "Bienvenue Sam !";
 * without a new name the old one goes with the space before it, as tone/core/suggest.ts fills them.
 */
export function swapFirstName(text: string, from: string | undefined, to: string | undefined): string {
  if (!from || from === to) return text;
  const re = new RegExp(`(\\s*)(?<![\\p{L}\\p{N}])${escape(from)}(?![\\p{L}\\p{N}])`, 'gu');
  const swapped = text.replace(re, (_, space: string) => (to ? `${space}${to}` : ''));
  // "Julie, bienvenue !" without a name: no leading comma, and the sentence keeps its capital.
  return to
    ? swapped
    : swapped.replace(/^[\s,;:]+(\p{Ll})?/u, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
}
