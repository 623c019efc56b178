// Issue #13: no input may freeze Tact. Every checker and matcher function, over adversarial texts and
// hostile team data, stays within 5 ms per 10 KB (best of several runs after a warm-up, so a loaded
// machine does not fail it) and never crashes; the spans it returns are inside the text, on code points.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../utils/tone/core/check';
import { toneProfileSchema } from '../../utils/tone/core/profile';

/** The best of `runs` timings of `fn` (ms), after one warm-up call. */
function bestOf(fn: () => unknown, runs = 3): number {
  fn();
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('the signature check', () => {
  it('reads a 386-character reply against a signature of six {agent} well within 200 ms (it took 8.6 s)', () => {
    const p = toneProfileSchema.parse({ name: 'A', signature: '{agent} {agent} {agent} {agent} {agent} {agent} x' });
    const draft = 'a '.repeat(193);
    expect(bestOf(() => checkDraft(draft, p, { platform: 'x' }))).toBeLessThan(200);
  });
});
