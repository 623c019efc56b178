// A CM's correction of what the core made of a mention (its intent, its sentiment): what the item
// shows after it, what the model said before it (kept, so a correction back to it undoes), and the
// changes to log. Pure: the background stores it (verdicts kind 'correction') and applies it again
// each time the item is seen and analysed anew.
import { z } from '../../shared/zod';
import { INTENTS, type Intent } from './intent';

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export type CorrectedField = 'intent' | 'sentiment';

/** The report's thresholds: positive from 0.25, negative from -0.25. */
export function sentimentLabel(score: number): SentimentLabel {
  if (score >= 0.25) return 'positive';
  if (score <= -0.25) return 'negative';
  return 'neutral';
}

/** The score a corrected sentiment is stored as: well inside its band. */
export const LABEL_SCORE: Record<SentimentLabel, number> = { negative: -0.5, neutral: 0, positive: 0.5 };

/** Stored in `verdicts` (kind 'correction'): the corrected values, and the model's before them. */
export const correctionSchema = z.object({
  intent: z.enum(INTENTS).optional(),
  sentiment: z.number().min(-1).max(1).optional(),
  original: z.object({ intent: z.string().optional(), sentiment: z.number().optional() }),
  at: z.number(),
  by: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export interface CorrectionRequest {
  intent?: Intent;
  sentiment?: SentimentLabel;
}

/** One field changed: logged as a 'correction' event (`undo`: back to the model's value). */
export interface CorrectionChange {
  field: CorrectedField;
  from: string;
  to: string;
  undo: boolean;
}

export interface Judged {
  intent: string;
  sentiment: number;
}

export interface Corrected {
  values: Judged;
  /** null when nothing is corrected any more (every field back to the model's value). */
  correction: Correction | null;
  changes: CorrectionChange[];
}

/** A stored correction, or null when the row is missing or does not parse. */
export function readCorrection(data: unknown): Correction | null {
  return correctionSchema.safeParse(data).data ?? null;
}

/**
 * Applies the CM's request to the item's current values and its stored correction. A field asked to
 * be what it already is changes nothing; a field asked back to the model's value is undone.
 */
export function correct(
  current: Judged,
  stored: Correction | null,
  request: CorrectionRequest,
  who: { at: number; by: string },
): Corrected {
  const next: Correction = { original: { ...stored?.original }, at: who.at, by: who.by };
  if (stored?.intent !== undefined) next.intent = stored.intent;
  if (stored?.sentiment !== undefined) next.sentiment = stored.sentiment;
  const values = { ...current };
  const changes: CorrectionChange[] = [];
  if (request.intent !== undefined && request.intent !== current.intent) {
    const original = stored?.original.intent ?? current.intent;
    const undo = request.intent === original;
    changes.push({ field: 'intent', from: current.intent, to: request.intent, undo });
    values.intent = request.intent;
    if (undo) delete next.intent;
    else next.intent = request.intent;
    next.original.intent = original;
  }
  if (request.sentiment !== undefined && request.sentiment !== sentimentLabel(current.sentiment)) {
    const original = stored?.original.sentiment ?? current.sentiment;
    const undo = request.sentiment === sentimentLabel(original);
    changes.push({ field: 'sentiment', from: sentimentLabel(current.sentiment), to: request.sentiment, undo });
    values.sentiment = undo ? original : LABEL_SCORE[request.sentiment];
    if (undo) delete next.sentiment;
    else next.sentiment = values.sentiment;
    next.original.sentiment = original;
  }
  if (changes.length === 0) return { values, correction: stored, changes };
  const standing = next.intent !== undefined || next.sentiment !== undefined;
  return { values, correction: standing ? next : null, changes };
}

/** What a new analysis of the item becomes under its standing correction (the CM's word wins). */
export function applyCorrection<T extends Judged>(analysis: T, correction: Correction | null): T {
  if (!correction) return analysis;
  return {
    ...analysis,
    ...(correction.intent !== undefined ? { intent: correction.intent } : {}),
    ...(correction.sentiment !== undefined ? { sentiment: correction.sentiment } : {}),
  };
}
