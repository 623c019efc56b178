import { describe, expect, it } from 'vitest';
import { detectSpike, DEFAULT_SPIKE } from '../../utils/mentions/core/spike';

const HOUR = 3600_000;
const now = 1_800_000_000_000;
const every = (count: number, from: number, to: number) =>
  Array.from({ length: count }, (_, i) => from + ((to - from) * i) / count);

describe('detectSpike', () => {
  it('returns a spike when a quiet brand gets a burst of negative mentions', () => {
    const times = [...every(7, now - 7 * 24 * HOUR - HOUR, now - HOUR), ...every(8, now - HOUR + 1, now)];
    expect(detectSpike(times, now)).toMatchObject({ spike: true, recent: 8 });
  });

  it('returns no spike for a brand whose usual rate is already that high', () => {
    const times = every(24 * 7 * 10, now - 7 * 24 * HOUR - HOUR, now); // ten an hour, all week
    const v = detectSpike(times, now);
    expect(v.spike).toBe(false);
    expect(v.usual).toBeGreaterThan(9);
  });

  it('returns no spike below the minimum count, however quiet the brand', () => {
    expect(detectSpike(every(DEFAULT_SPIKE.minCount - 1, now - HOUR / 2, now), now).spike).toBe(false);
  });

  it('ignores times in the future and older than the baseline', () => {
    const old = every(50, now - 30 * 24 * HOUR, now - 20 * 24 * HOUR);
    const future = every(50, now + HOUR, now + 2 * HOUR);
    expect(detectSpike([...old, ...future], now)).toEqual({ spike: false, recent: 0, usual: 0 });
  });
});
