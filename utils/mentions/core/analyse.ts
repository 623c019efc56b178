// One comment, fully read: the brand mentions it contains, its intent (with the cues that decided
// it), its sentiment, its priority and the suggested next step. The same code serves the page,
// the inbox and the command line. The text is read once for intent and sentiment.
import { read, type Lang } from './lexicon';
import { findMentions, type MatchableBrand, type Mention } from './match';
import { intentOf, type Intent, type IntentCue } from './intent';
import { sentimentOf } from './sentiment';
import { nextStep, priority } from './priority';

export interface AnalyseOptions {
  /** The brands to look for; none → no mentions, the rest still computed. */
  brands?: readonly MatchableBrand[];
  /** The comment's language when known; guessed otherwise. */
  lang?: Lang;
  /** The author's visible reach, when the page shows it. */
  followers?: number | null;
  /** When the comment was posted or first seen (ms since epoch). */
  since?: number | null;
  answered?: boolean;
  /** The current time (ms since epoch), explicit so the result is reproducible. */
  now: number;
}

export interface MentionAnalysis {
  mentions: Mention[];
  lang: Lang;
  intent: Intent;
  intentScores: Record<Intent, number>;
  cues: IntentCue[];
  /** -1 to 1. */
  sentiment: number;
  /** 0 to 100. */
  priority: number;
  nextStep: string;
}

export function analyseMention(text: string, opts: AnalyseOptions): MentionAnalysis {
  const mentions = opts.brands && opts.brands.length > 0 ? findMentions(text, opts.brands) : [];
  const r = read(text, opts.lang);
  const senti = sentimentOf(r);
  const intent = intentOf(r, senti);
  return {
    mentions,
    lang: r.lang,
    intent: intent.intent,
    intentScores: intent.scores,
    cues: intent.cues,
    sentiment: senti.score,
    priority: priority({
      intent: intent.intent,
      sentiment: senti.score,
      followers: opts.followers,
      since: opts.since,
      answered: opts.answered,
      now: opts.now,
    }),
    nextStep: nextStep(intent.intent, r.lang),
  };
}
