// classifyComment's output, pinned: every verdict (type, confidence, scores, cues, action) on the
// typology fixtures and the held-out tweets of the speed bench must match the fingerprints taken
// before the speed work (scripts/lib/verdict-snapshot.ts). A speed-up that changes one output fails.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { datasetsAvailable } from '../../scripts/lib/abuse-data';
import { verdictCases } from '../../scripts/lib/verdict-cases';
import { SNAPSHOT_FILE, fingerprint, type Snapshot } from '../../scripts/lib/verdict-snapshot';
import { loadAbuseModel } from '../../utils/trolls/core/abuse';
import { classifyComment } from '../../utils/trolls/core/verdict';

const snapshot = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;

test('every verdict matches the snapshot', async () => {
  const model = await loadAbuseModel();
  const sets = verdictCases();
  // the held-out sets are compared whenever ../shared/datasets is there
  expect(sets.length).toBe(datasetsAvailable() ? Object.keys(snapshot).length : 4);
  let compared = 0;
  for (const set of sets) {
    const want = snapshot[set.name];
    expect(want, set.name).toBeDefined();
    expect(set.inputs.length, set.name).toBe(want!.length);
    set.inputs.forEach((input, i) => {
      const v = classifyComment(input, model);
      if (fingerprint(v) !== want![i])
        expect.fail(`${set.name} #${i} changed: ${JSON.stringify(input.text)} → ${JSON.stringify(v)}`);
      compared++;
    });
    // and again in reverse order: the per-thread caches must not make a verdict depend on what ran before
    for (let i = set.inputs.length - 1; i >= 0; i -= 7)
      expect(fingerprint(classifyComment(set.inputs[i]!, model)), `${set.name} #${i} (second pass)`).toBe(want![i]);
  }
  expect(compared).toBeGreaterThan(500);
});
