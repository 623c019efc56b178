import { describe, expect, it } from 'vitest';
import { answerOf, answeredKeyOf, applyAnswer, earlierAnswer } from '../../utils/mentions/core/answer';

const own = {
  platform: 'linkedin' as const,
  parentId: 'urn:li:comment:(activity:1,2)',
  author: { name: 'Acme', handle: '', url: '' },
  postedAt: 500,
  firstSeenAt: 900,
};
const open = { status: 'new' as const, attention: 1 as const, answeredAt: null, answeredBy: null };

describe('answers on the platform', () => {
  it('names the item answered and the answer: posted time, else first seen; handle, else name', () => {
    expect(answeredKeyOf(own)).toBe('linkedin:urn:li:comment:(activity:1,2)');
    expect(answeredKeyOf({ ...own, parentId: null })).toBeNull();
    expect(answerOf(own)).toEqual({ at: 500, by: 'Acme' });
    expect(answerOf({ ...own, postedAt: null, author: { name: 'Acme', handle: '@acme', url: '' } })).toEqual({
      at: 900,
      by: '@acme',
    });
    expect(earlierAnswer(null, { at: 5, by: 'a' })).toEqual({ at: 5, by: 'a' });
    expect(earlierAnswer({ at: 3, by: 'b' }, { at: 5, by: 'a' })).toEqual({ at: 3, by: 'b' });
  });

  it('marks a new or in-progress item replied, keeps an ignored one, keeps the earliest answer', () => {
    expect(applyAnswer(open, { at: 10, by: 'acme' })).toEqual({
      fields: { status: 'replied', attention: 0, answeredAt: 10, answeredBy: 'acme' },
      status: { from: 'new', to: 'replied' },
    });
    expect(applyAnswer({ ...open, status: 'in_progress', attention: 0 }, { at: 10, by: 'acme' })?.status).toEqual({
      from: 'in_progress',
      to: 'replied',
    });
    expect(applyAnswer({ ...open, status: 'ignored', attention: 0 }, { at: 10, by: 'acme' })).toEqual({
      fields: { status: 'ignored', attention: 0, answeredAt: 10, answeredBy: 'acme' },
      status: null,
    });
    const answered = { ...open, status: 'replied' as const, attention: 0 as const, answeredAt: 10, answeredBy: 'a' };
    expect(applyAnswer(answered, { at: 12, by: 'b' })).toBeNull();
    expect(applyAnswer(answered, { at: 10, by: 'b' })).toBeNull();
    expect(applyAnswer(answered, { at: 8, by: 'b' })).toEqual({
      fields: { status: 'replied', attention: 0, answeredAt: 8, answeredBy: 'b' },
      status: null,
    });
  });
});
