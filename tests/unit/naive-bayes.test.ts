// The naive Bayes baseline of the troll comparison bench (scripts/lib/naive-bayes.ts).
import { expect, test } from 'vitest';
import { nbFeatures, nbScore, trainNaiveBayes, tuneNaiveBayes } from '../../scripts/lib/naive-bayes';

const train = [
  { text: 'you are an idiot', positive: true },
  { text: 'shut up idiot', positive: true },
  { text: 'what a stupid idiot', positive: true },
  { text: 'thanks for the help', positive: false },
  { text: 'great help, thanks', positive: false },
  { text: 'the update works', positive: false },
];

test('features are folded words (stretching read back, @handles merged, no leet reading) and bigrams', () => {
  expect(nbFeatures('@Bob IDIOOOT 1d10t')).toEqual(['@user', 'idiot', '1d10t', '@user idiot', 'idiot 1d10t']);
});

test('scores lean towards the class whose words a comment uses', () => {
  const nb = trainNaiveBayes(train);
  expect(nbScore(nb, 'idiot')).toBeGreaterThan(0);
  expect(nbScore(nb, 'thanks for the update')).toBeLessThan(0);
  // unseen words do not move the score much either way
  expect(Math.abs(nbScore(nb, 'zxq') - nb.prior)).toBeLessThan(0.5);
});

test('example weights count as repeated examples', () => {
  const weighted = trainNaiveBayes([...train, { text: 'idiot help', positive: false, weight: 3 }]);
  const repeated = trainNaiveBayes([
    ...train,
    ...Array.from({ length: 3 }, () => ({ text: 'idiot help', positive: false })),
  ]);
  expect(nbScore(weighted, 'idiot help')).toBeCloseTo(nbScore(repeated, 'idiot help'), 10);
});

test('the threshold is the one that best separates the validation examples', () => {
  const nb = tuneNaiveBayes(trainNaiveBayes(train), [
    { text: 'idiot', positive: true },
    { text: 'stupid', positive: true },
    { text: 'thanks', positive: false },
    { text: 'works great', positive: false },
  ]);
  expect(nbScore(nb, 'idiot')).toBeGreaterThanOrEqual(nb.threshold);
  expect(nbScore(nb, 'stupid')).toBeGreaterThanOrEqual(nb.threshold);
  expect(nbScore(nb, 'thanks')).toBeLessThan(nb.threshold);
  expect(nbScore(nb, 'works great')).toBeLessThan(nb.threshold);
});
