// Who needs an answer first: a 0–100 priority from the intent (urgent ≫ complaint > question >
// purchase intent > praise > other), how negative the comment is, the author's visible reach and
// how long it has waited. Intent dominates: every bonus together (at most 26) never lifts a
// complaint above the lowest urgent mention. Pure: the caller passes `now`.
import type { Intent } from './intent';

export interface PriorityInput {
  intent: Intent;
  /** -1 to 1. */
  sentiment: number;
  /** The author's followers (or members, karma…) when the page shows it. */
  followers?: number | null;
  /** When the comment was posted or, failing that, first seen (ms since epoch). */
  since?: number | null;
  /** Already answered: waiting no longer adds urgency. */
  answered?: boolean;
  now: number;
}

export const INTENT_BASE: Record<Intent, number> = {
  urgent: 74,
  complaint: 44,
  question: 32,
  purchase_intent: 28,
  praise: 14,
  other: 4,
};
const MAX_SENTIMENT = 8;
const MAX_REACH = 10;
const MAX_AGE = 8;
const HOUR = 3_600_000;

/** 0 below 10 followers, +2.5 per tenfold, capped: 1k → 5, 100k → 10. */
export function reachBonus(followers?: number | null): number {
  if (!followers || !Number.isFinite(followers) || followers <= 10) return 0;
  return Math.min(MAX_REACH, 2.5 * (Math.log10(followers) - 1));
}

/** Grows fast in the first hours, then flattens: 6 h → 1.8, 24 h → 5, 3 days → 7.6, never above 8. */
export function ageBonus(since: number | null | undefined, now: number, answered = false): number {
  if (answered || since == null || !Number.isFinite(since)) return 0;
  const hours = Math.max(0, now - since) / HOUR;
  return MAX_AGE * (1 - Math.exp(-hours / 36));
}

export function priority(input: PriorityInput): number {
  const s = Number.isFinite(input.sentiment) ? Math.max(-1, Math.min(1, input.sentiment)) : 0;
  const score =
    INTENT_BASE[input.intent] +
    MAX_SENTIMENT * Math.max(0, -s) +
    reachBonus(input.followers) +
    ageBonus(input.since, input.now, input.answered);
  return Math.max(0, Math.min(100, Math.round(score)));
}

const NEXT_STEP: Record<Intent, { fr: string; en: string }> = {
  urgent: {
    fr:
      'Répondre tout de suite en public (accuser réception, proposer un contact direct), alerter le responsable ' +
      "de crise et, s'il y a un risque pour des personnes, donner la consigne de sécurité.",
    en:
      'Reply publicly right away (acknowledge, offer a direct contact), alert the crisis lead and, if people ' +
      'may be at risk, give the safety instruction.',
  },
  complaint: {
    fr:
      "S'excuser, reconnaître le problème et proposer de passer en message privé avec le numéro de commande ou " +
      'de dossier.',
    en: 'Apologise, acknowledge the problem and offer to continue in a private message with the order or case number.',
  },
  question: {
    fr: 'Répondre à la question ou donner le lien vers la page d’aide, et proposer de l’aide en privé si besoin.',
    en: 'Answer the question or link to the help page, and offer help in a private message if needed.',
  },
  purchase_intent: {
    fr: 'Répondre vite avec le prix, la disponibilité et le lien vers la boutique ; proposer un conseil personnalisé.',
    en: 'Reply quickly with price, availability and a link to the shop; offer personal advice.',
  },
  praise: {
    fr: 'Remercier personnellement, et demander si vous pouvez partager le message.',
    en: 'Thank them personally, and ask whether you may share the post.',
  },
  other: {
    fr: 'Pas de réponse nécessaire : lire, éventuellement aimer, et marquer comme traité.',
    en: 'No reply needed: read it, maybe like it, and mark it as done.',
  },
};

/** The suggested next action for a mention of this intent, in French or English. */
export function nextStep(intent: Intent, lang: 'fr' | 'en'): string {
  return NEXT_STEP[intent][lang];
}
