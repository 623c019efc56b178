// How eager the in-page flags are: the moderator picks a level, the classifier gets a troll-score
// threshold. Medium sits above the classifier's own 0.5 so a plain question with little in common
// with the post is not flagged as off-topic on a feed; high flags borderline cases for review.
import { z } from '../../shared/zod';

export const trollSensitivitySchema = z.enum(['low', 'medium', 'high']);
export type TrollSensitivity = z.infer<typeof trollSensitivitySchema>;

export const SENSITIVITY_THRESHOLDS: Readonly<Record<TrollSensitivity, number>> = {
  low: 0.75,
  medium: 0.6,
  high: 0.45,
};

export function trollThreshold(level: TrollSensitivity | undefined): number {
  return SENSITIVITY_THRESHOLDS[level ?? 'medium'];
}
