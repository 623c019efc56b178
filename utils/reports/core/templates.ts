// The three report templates: which sections each shows, in order, all from the same Report. Each
// ends with the CM's own reading ('notes').
import type { SectionId, TemplateId } from './types';

export const TEMPLATES: Record<TemplateId, readonly SectionId[]> = {
  // For the CM: what to act on this week.
  weekly: ['backlog', 'waiting', 'slaMisses', 'incidents', 'responsiveness', 'heatmaps', 'notes'],
  // For the manager or client: the month's activity and how it was handled.
  monthly: [
    'volume',
    'sentiment',
    'responsiveness',
    'moderation',
    'topTopics',
    'trends',
    'replyQuality',
    'coverage',
    'notes',
  ],
  // For leadership: where things go and what to do about it.
  // Its incidents show how each was handled: declared by whom, and the post-mortem.
  strategic: ['trends', 'risks', 'incidents', 'shareOfVoice', 'engagement', 'advocates', 'recommendations', 'notes'],
};

/** The period kind each template opens on. */
export const TEMPLATE_PERIOD = { weekly: 'week', monthly: 'month', strategic: 'quarter' } as const;
