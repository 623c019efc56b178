// A CM's correction of a mention's intent and sentiment, the pure part: the values after it, the
// model's values kept, the undo when the CM puts the model's value back, and a new analysis under it.
import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  correct,
  readCorrection,
  sentimentLabel,
  type Correction,
} from '../../utils/mentions/core/correction';

const who = { at: 1000, by: 'Marie' };
const model = { intent: 'question', sentiment: 0.1 };

describe('sentimentLabel', () => {
  it('uses the report’s thresholds (±0.25 inclusive)', () => {
    expect([-1, -0.25, -0.24, 0, 0.24, 0.25, 1].map(sentimentLabel)).toEqual([
      'negative',
      'negative',
      'neutral',
      'neutral',
      'neutral',
      'positive',
      'positive',
    ]);
  });
});

describe('correct', () => {
  it('corrects the intent and keeps the model’s value', () => {
    const r = correct(model, null, { intent: 'complaint' }, who);
    expect(r.values).toEqual({ intent: 'complaint', sentiment: 0.1 });
    expect(r.correction).toEqual({ intent: 'complaint', original: { intent: 'question' }, at: 1000, by: 'Marie' });
    expect(r.changes).toEqual([{ field: 'intent', from: 'question', to: 'complaint', undo: false }]);
  });

  it('corrects the sentiment to a score inside its band', () => {
    const r = correct(model, null, { sentiment: 'negative' }, who);
    expect(r.values.sentiment).toBe(-0.5);
    expect(sentimentLabel(r.values.sentiment)).toBe('negative');
    expect(r.correction).toMatchObject({ sentiment: -0.5, original: { sentiment: 0.1 } });
    expect(r.changes).toEqual([{ field: 'sentiment', from: 'neutral', to: 'negative', undo: false }]);
  });

  it('undoes when the CM puts the model’s value back, restoring its exact score', () => {
    const first = correct(model, null, { intent: 'urgent', sentiment: 'positive' }, who);
    const second = correct(first.values, first.correction, { intent: 'praise' }, { at: 2000, by: 'Léo' });
    expect(second.correction).toMatchObject({ intent: 'praise', original: { intent: 'question' }, by: 'Léo' });
    const back = correct(second.values, second.correction, { intent: 'question', sentiment: 'neutral' }, who);
    expect(back.values).toEqual(model);
    expect(back.correction).toBeNull();
    expect(back.changes.map((c) => [c.field, c.undo])).toEqual([
      ['intent', true],
      ['sentiment', true],
    ]);
  });

  it('keeps one field corrected when the other is undone', () => {
    const first = correct(model, null, { intent: 'urgent', sentiment: 'negative' }, who);
    const r = correct(first.values, first.correction, { sentiment: 'neutral' }, who);
    expect(r.values).toEqual({ intent: 'urgent', sentiment: 0.1 });
    expect(r.correction).toMatchObject({ intent: 'urgent' });
    expect(r.correction?.sentiment).toBeUndefined();
  });

  it('changes nothing when asked for what the item already is', () => {
    const stored: Correction = { intent: 'urgent', original: { intent: 'question' }, at: 5, by: 'Léo' };
    const r = correct({ intent: 'urgent', sentiment: 0.3 }, stored, { intent: 'urgent', sentiment: 'positive' }, who);
    expect(r).toEqual({ values: { intent: 'urgent', sentiment: 0.3 }, correction: stored, changes: [] });
  });
});

describe('applyCorrection and readCorrection', () => {
  it('puts the CM’s values over a new analysis, and leaves the rest', () => {
    const c = readCorrection({ intent: 'complaint', original: { intent: 'question' }, at: 1, by: '' });
    expect(applyCorrection({ intent: 'question', sentiment: 0.4, priority: 30 }, c)).toEqual({
      intent: 'complaint',
      sentiment: 0.4,
      priority: 30,
    });
    expect(applyCorrection({ intent: 'question', sentiment: 0.4 }, null)).toEqual({
      intent: 'question',
      sentiment: 0.4,
    });
  });

  it('reads a malformed stored row as no correction', () => {
    expect(readCorrection(undefined)).toBeNull();
    expect(readCorrection({ intent: 'not-an-intent', original: {}, at: 1, by: '' })).toBeNull();
    expect(readCorrection({ sentiment: 3, original: {}, at: 1, by: '' })).toBeNull();
  });
});
