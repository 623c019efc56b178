// The word network (utils/trolls/core/word-cnn.ts) and its place in the abuse model: words read as
// the vectors spell them, a corrupt file refused, French left to the n-gram model, cues explained.
import { describe, expect, test } from 'vitest';
import { loadAbuseModel, scoreAbuse, type AbuseModel } from '../../utils/trolls/core/abuse';
import { packBytes } from '../../utils/trolls/core/packed';
import { cnnTokens, parseWordCnn, wordCnnLogit, type WordCnnFile } from '../../utils/trolls/core/word-cnn';
import cnnJson from '../../utils/trolls/core/model/word-cnn.json';

const model: AbuseModel = await loadAbuseModel();
const bare: AbuseModel = { ...model, cnn: undefined };
const cnn = model.cnn!;
const known = (w: string) => cnn.ids.has(w);

describe('words', () => {
  test('clitics split as GloVe spells them; handles, links and the URL placeholder skipped', () => {
    // the packaged vectors have no one-letter words nor clitics ("a", "'re", "n't"): only stems stay
    const text = "@acme you're a liar, don't lie https://t.co/x url";
    const t = cnnTokens(text, known);
    expect(t.map((x) => x.word)).toEqual(['you', 'liar', 'do', 'lie']);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['you', 'liar', 'do', 'lie']);
    const withClitics = cnnTokens("you're", (w) => w === 'you' || w === "'re");
    expect(withClitics.map((x) => [x.word, x.start, x.end])).toEqual([
      ['you', 0, 3],
      ["'re", 3, 6],
    ]);
  });

  test('stretched letters shrink to a known word', () => {
    expect(cnnTokens('stuuuupid idiooooot', known).map((x) => x.word)).toEqual(['stupid', 'idiot']);
  });

  test('at most 200 words, whatever the comment', () => {
    expect(cnnTokens('idiot '.repeat(5000), known)).toHaveLength(200);
  });
});

/** The convolution written plainly, in floats, from the vectors: what the fast paths must compute. */
function reference(rows: number[], attrib?: Float64Array): number {
  const { widths, nf, dims, emb, w, bias, out } = cnn;
  const n = rows.length;
  let z = out[widths.length * nf]!;
  widths.forEach((k, ki) => {
    for (let f = 0; f < nf; f++) {
      let best = 0;
      let at = -1;
      for (let s = 0; s < Math.max(1, n - k + 1); s++) {
        let v = bias[ki * nf + f]!;
        for (let j = 0; j < k && s + j < n; j++) {
          for (let d = 0; d < dims; d++) v += w[ki]![(f * k + j) * dims + d]! * emb[rows[s + j]! * dims + d]!;
        }
        if (v > best) {
          best = v;
          at = s;
        }
      }
      if (at < 0) continue;
      const c = out[ki * nf + f]! * best;
      z += c;
      const m = Math.min(k, n - at);
      if (attrib) for (let j = 0; j < m; j++) attrib[at + j] = attrib[at + j]! + c / m;
    }
  });
  return z;
}

describe('network', () => {
  test.each([
    ['you are a pathetic moron and everyone knows it'],
    ['idiot'],
    ['shut up'],
    ['thanks for the quick answer, the new version works great and my kids love it'],
  ])('the 16-bit filter-major paths compute the plain convolution: %s', (text) => {
    const rows = cnnTokens(text, known).map((t) => cnn.ids.get(t.word)!);
    const a = new Float64Array(rows.length);
    const b = new Float64Array(rows.length);
    expect(wordCnnLogit(cnn, rows, a)).toBeCloseTo(reference(rows, b), 2);
    a.forEach((x, i) => expect(x).toBeCloseTo(b[i]!, 2));
  });

  test('the committed file parses the same twice and scores deterministically', async () => {
    const again = await parseWordCnn(cnnJson as unknown as WordCnnFile);
    const rows = cnnTokens('you are a pathetic moron', known).map((t) => cnn.ids.get(t.word)!);
    expect(wordCnnLogit(again, rows)).toBe(wordCnnLogit(cnn, rows));
  });

  test('a truncated vocabulary is refused with a clear error', async () => {
    const file = { ...(cnnJson as unknown as WordCnnFile), words: await packBytes(new TextEncoder().encode('a\nb')) };
    await expect(parseWordCnn(file)).rejects.toThrow(/corrupt vocabulary/);
  });

  test('an insult the n-gram model under-rates is raised on English text', () => {
    const en = 'you are such a pathetic moron, nobody cares about your opinion';
    expect(scoreAbuse(en, model).offensive).toBeGreaterThan(scoreAbuse(en, bare).offensive);
  });

  test('an empty or unknown-word comment does not throw', () => {
    expect(() => scoreAbuse('', model)).not.toThrow();
    expect(() => scoreAbuse('🤡🤡🤡 xqzw vbnm', model)).not.toThrow();
  });
});

describe('fusion', () => {
  test.each([
    'Votre SAV est nul, je veux être remboursé',
    'Sale con.',
    'Les réfugiés arrivent à la gare ce soir.',
    "T'es vraiment un gros connard.",
    // short insults with no listed function word, "!" counted as words, "thé" folding to "the"
    'Espèce de con !!!',
    'Bande de nuls !!!',
    'Bande de cons !',
    'Pauvre type, dégage !',
    'Ordure de politicien !',
    'Un thé ou un café ?',
    'Quel gros naze celui la',
  ])('French is left to the n-gram model: %s', (fr) => {
    expect(scoreAbuse(fr, model)).toEqual(scoreAbuse(fr, bare));
  });

  test('cues still point at the words that raised the score', () => {
    const text = 'Shut up, you stupid loser.';
    const s = scoreAbuse(text, model);
    expect(s.offensive).toBeGreaterThan(model.thresholds.offensive);
    const words = s.cues.map((c) => text.slice(c.start, c.end).toLowerCase());
    expect(words.some((w) => w === 'stupid' || w === 'loser')).toBe(true);
  });
});
