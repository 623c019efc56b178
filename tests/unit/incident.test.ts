// Incidents (issue #15): a spike opens one with the window's alarming mentions, later ones join it,
// and it ends at the instant the rate fell back, whenever that is computed.
import { describe, expect, it } from 'vitest';
import {
  fallBackAt,
  incidentAsOf,
  isAlarming,
  joinIncident,
  openIncident,
  settleIncident,
} from '../../utils/mentions/core/incident';
import { detectSpike, DEFAULT_SPIKE } from '../../utils/mentions/core/spike';

const MIN = 60_000;
const W = DEFAULT_SPIKE.windowMs;
const T = 1_800_000_000_000;
// Six alarming mentions a minute apart, ending at T: a spike at T (5 needed, none usual).
const burst = Array.from({ length: 6 }, (_, i) => ({ key: `x:${i}`, at: T - (5 - i) * MIN }));
const times = burst.map((b) => b.at);

describe('fallBackAt', () => {
  it('is the instant the window count drops under the spike rule', () => {
    expect(detectSpike(times, T).spike).toBe(true);
    // At T-5min+W+1 the first mention leaves: 5 remain, still a spike; the second leaving ends it.
    const end = fallBackAt(times, T);
    expect(end).toBe(T - 4 * MIN + W + 1);
    expect(detectSpike(times, end).spike).toBe(false);
    expect(detectSpike(times, end - 1).spike).toBe(true);
  });

  it('is `from` itself when there is no spike then', () => {
    expect(fallBackAt(times.slice(0, 3), T)).toBe(T);
    expect(fallBackAt([], T)).toBe(T);
  });
});

describe('incidents', () => {
  it('open with the alarming mentions of the window, from the first', () => {
    const old = { key: 'x:old', at: T - 2 * W };
    const inc = openIncident('i1', 'b1', [old, ...burst], T);
    expect(inc).toEqual({
      id: 'i1',
      brandId: 'b1',
      start: T - 5 * MIN,
      end: null,
      itemKeys: burst.map((b) => b.key),
      spikeAt: T,
    });
  });

  it('are joined by later alarming mentions, once each', () => {
    const inc = openIncident('i1', 'b1', burst, T);
    const joined = joinIncident(inc, ['x:6', 'x:0'], T + MIN, true);
    expect(joined.itemKeys).toEqual([...burst.map((b) => b.key), 'x:6']);
    expect(joined.spikeAt).toBe(T + MIN);
    expect(joinIncident(joined, ['x:7'], T + 2 * MIN, false).spikeAt).toBe(T + MIN);
  });

  it('close at the fall back, the same whether checked just after or a day later', () => {
    const inc = openIncident('i1', 'b1', burst, T);
    expect(settleIncident(inc, times, T + 10 * MIN)).toBe(inc);
    const end = T - 4 * MIN + W + 1;
    expect(settleIncident(inc, times, end).end).toBe(end);
    expect(settleIncident(inc, times, T + 24 * 3600_000).end).toBe(end);
    // A mention that kept the spike going (and was seen at a check that found it) pushes the end.
    const later = joinIncident(inc, ['x:6'], T + 30 * MIN, true);
    const moreTimes = [...times, T + 26 * MIN, T + 27 * MIN, T + 28 * MIN, T + 29 * MIN, T + 30 * MIN];
    expect(settleIncident(later, moreTimes, T + 24 * 3600_000).end).toBe(T + 26 * MIN + W + 1);
    // Closed stays closed.
    const closed = settleIncident(inc, times, end);
    expect(settleIncident(closed, moreTimes, T + 24 * 3600_000)).toBe(closed);
  });

  it('count urgent, complaints and clearly negative mentions as alarming', () => {
    expect(isAlarming({ intent: 'urgent', sentiment: 0 })).toBe(true);
    expect(isAlarming({ intent: 'other', sentiment: -0.5 })).toBe(true);
    expect(isAlarming({ intent: 'question', sentiment: -0.1 })).toBe(false);
  });
});

describe('incidentAsOf', () => {
  it('gives an open incident its end from the stored mentions, without writing anything', () => {
    const inc = openIncident('i1', 'b1', burst, T);
    const items = times.map((at) => ({ brandIds: ['b1'], intent: 'urgent', sentiment: -0.5, firstSeenAt: at }));
    const calm = times.map((at) => ({ brandIds: ['b1'], intent: 'praise', sentiment: 0.5, firstSeenAt: at }));
    const other = items.map((i) => ({ ...i, brandIds: ['b2'] }));
    expect(incidentAsOf(inc, items, T + 10 * MIN)).toBe(inc);
    expect(incidentAsOf(inc, [...items, ...calm, ...other], T + 2 * W).end).toBe(T - 4 * MIN + W + 1);
    const closed = { ...inc, end: 5 };
    expect(incidentAsOf(closed, items, T + 2 * W)).toBe(closed);
  });
});
