// The matcher's fast path (prefilter.ts) may only skip texts in which the exact matcher finds
// nothing. These tests run both paths on texts built to hit every rule of fold.ts and tokens.ts
// (leetspeak, stretched and spelled-out letters, glued words, signs, accents, ligatures, emoji)
// and on the labelled evaluation texts, and check they agree.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandMatcher, type MatchableBrand } from '../../utils/mentions/core/matcher';
import { Prefilter, hashWord } from '../../utils/mentions/core/prefilter';
import { deletionHashes } from '../../utils/text/edit-distance';
import { fold } from '../../utils/text/fold';
import { unleet } from '../../utils/text/tokens';
import { parseCsv } from '../../scripts/cli/csv';

const acme: MatchableBrand = {
  id: 'b1',
  name: 'Acme',
  aliases: ['ACME Corp'],
  handles: ['@acme', '@acme_support'],
  hashtags: ['#acme'],
  products: ['RoadRunner 3000'],
  exclude: ['acme of perfection'],
};
const cafe: MatchableBrand = { id: 'b2', name: 'Crème Café' };
const lacoste: MatchableBrand = { id: 'l', name: 'Lacoste', handles: ['@lacoste'], misspellings: ['Lacost'] };
const orange: MatchableBrand = {
  id: 'o',
  name: 'Orange',
  query: 'orange AND (forfait OR box OR réseau OR "service client" OR 4G) NOT (jus OR fruit)',
};
const strasse: MatchableBrand = { id: 's', name: 'Straße', aliases: ['Œuvre Ltd', 'ﬁnco'] };
const letters: MatchableBrand = { id: 'y', name: 'YAT', aliases: ['A.B.C'] };
const ALL = [acme, cafe, lacoste, orange, strasse, letters];

// Pieces that exercise each rule, mixed with ordinary words and every kind of separator.
const PIECES = [
  'acme',
  'ACME',
  'Acme',
  '4cme',
  'ac@me',
  '@cme',
  'acmeee',
  'AAACME',
  'a c m e',
  'A.C.M.E',
  'a-c-m-e',
  'a*c*m*e',
  'ac-me',
  'ac.me',
  'a-c-me',
  '4c-me',
  "l'acme",
  'd’Acme',
  "acme's",
  '@acme',
  '@acme_support',
  '#acme',
  '#BoycottAcme',
  '#b0yc0tt4cme',
  '#acme2k9x',
  '#acmesupport',
  'Road Runner 3000',
  'Roadrunnr 3000',
  'Road Runer 3000',
  'R0adrunner 3000',
  'roadrunner 300',
  '#acmeee',
  'acmeville',
  'acme of perfection',
  'ACME Corp',
  'acme corp',
  'roadrunner 3000',
  'RoadRunner3000',
  '#roadrunner3000',
  'road-runner',
  'crème café',
  'CREME CAFE',
  'cre\u0300me cafe\u0301',
  'lacoste',
  'Lacotse',
  'lacostte',
  'lacost',
  'l4coste',
  'lacooooste',
  'l a c o s t e',
  'orange',
  'forfait',
  'box',
  'jus',
  'service client',
  '4g',
  '4G',
  'strasse',
  'STRASSE',
  'straße',
  'œuvre ltd',
  'oeuvre',
  'finco',
  'ﬁnco',
  'Ｆｉｎｃｏ',
  'Ａｃｍｅ',
  'y a t',
  'y a t il',
  'a.b.c',
  'a b c',
  'ÀCMÉ',
  'ǍĈМЕ',
  'acme\u0301',
  '😡',
  '🙏🏽',
  '👨‍👩‍👧',
  '𝐀𝐜𝐦𝐞',
  'ﬁne',
  'l’',
  'the',
  'le',
  'merci',
  'great',
  'service',
  '3000',
  '1000',
  '$',
  '@',
  '#',
  '##',
  '@@',
  '_',
  '__acme__',
  'x',
  'y',
  'a',
  'é',
  'ß',
  'ı',
  '\u0000',
  '\ud83d',
];
const SEPS = [
  ' ',
  ' ',
  ' ',
  '',
  '-',
  '.',
  '. ',
  ', ',
  "'",
  '’',
  '!',
  '?',
  '*',
  '_',
  '/',
  '\n',
  ' - ',
  '…',
  '😡',
  '#',
  '@',
  '$',
];

function rng(seed: number) {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function randomText(r: () => number): string {
  const n = 1 + Math.floor(r() * 8);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += PIECES[Math.floor(r() * PIECES.length)]!;
    if (i < n - 1) out += SEPS[Math.floor(r() * SEPS.length)]!;
  }
  return out;
}

describe('the matcher with its fast path', () => {
  it('finds what the exact path finds on 20,000 texts built from the tricky cases', () => {
    const r = rng(7);
    const sets = [ALL, [acme], [lacoste], [orange], [strasse, letters]].map((b) => new BrandMatcher(b));
    let withMentions = 0;
    const differ: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(r);
      const m = sets[k % sets.length]!;
      const exact = m.findExact(text);
      if (exact.length > 0) withMentions++;
      if (JSON.stringify(m.find(text)) !== JSON.stringify(exact)) differ.push(text);
    }
    expect(differ).toEqual([]);
    // The texts do exercise the matcher: many have mentions, many do not.
    expect(withMentions).toBeGreaterThan(5_000);
    expect(withMentions).toBeLessThan(19_000);
  });

  it('finds what the exact path finds on every labelled evaluation text', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const brands = (
      JSON.parse(readFileSync(path.join(root, 'tests/fixtures/mentions-brands.json'), 'utf8')) as MatchableBrand[]
    ).map((b) => ({ ...b, id: b.id ?? b.name }));
    const m = new BrandMatcher(brands);
    let n = 0;
    for (const file of ['mentions-eval.jsonl', 'mentions-dev.jsonl', 'mentions-labelled.jsonl']) {
      for (const line of readFileSync(path.join(root, 'tests/fixtures', file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        expect(m.find(text), text).toEqual(m.findExact(text));
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it.each([
    ['Un Straße de plus', ['Straße']],
    ['STRASSE fermée', ['STRASSE']],
    ['merci ﬁnco', ['ﬁnco']],
    ['Ｆｉｎｃｏ répond', ['Ｆｉｎｃｏ']],
    ['y a t il quelqu’un', ['y a t']],
    ['ÀCMÉ encore', ['ÀCMÉ']],
    ['4c-me est nul', ['4c-me']],
    ['#b0yc0tt4cme', ['#b0yc0tt4cme']],
    ['l4coste répond pas', ['l4coste']],
    ['__acme__ et acme_fan', []],
  ])('agrees with the exact path on %j', (text, expected) => {
    const m = new BrandMatcher(ALL);
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(expected);
    expect(m.find(text)).toEqual(m.findExact(text));
  });

  // Real posts (read from the shared datasets, not part of the repository): English and French
  // tweets with handles, hashtags, URLs, emoji and typos, against brands they do name.
  const datasets = path.resolve(import.meta.dirname, '../../../shared/datasets');
  const olid = path.join(datasets, 'olid/olid-training-v1.0.tsv');
  const mlma = path.join(datasets, 'mlma/fr_dataset.csv');
  it.skipIf(!existsSync(olid) || !existsSync(mlma))(
    'finds what the exact path finds in 17,000 real tweets (OLID, MLMA)',
    () => {
      const posts = [
        ...readFileSync(olid, 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => l.split('\t')[1] ?? ''),
        ...parseCsv(readFileSync(mlma, 'utf8'))
          .slice(1)
          .map((r) => r[1] ?? ''),
      ].filter(Boolean);
      const m = new BrandMatcher([
        { id: 't', name: 'Twitter', handles: ['@twitter'], hashtags: ['#twitter'] },
        { id: 'm', name: 'Trump', hashtags: ['#MAGA'], exclude: ['trump card'] },
        { id: 'e', name: 'Macron', aliases: ['Emmanuel Macron'], handles: ['@emmanuelmacron'] },
        { id: 'f', name: 'Facebook', misspellings: ['Facebok'] },
        { id: 'g', name: 'Google', query: 'google AND (search OR ads OR youtube) NOT android' },
      ]);
      let found = 0;
      const differ: string[] = [];
      for (const post of posts) {
        const exact = m.findExact(post);
        if (exact.length > 0) found++;
        if (JSON.stringify(m.find(post)) !== JSON.stringify(exact)) differ.push(post);
      }
      expect(differ).toEqual([]);
      expect(posts.length).toBeGreaterThan(15_000);
      expect(found).toBeGreaterThan(1_000);
    },
  );

  it('reads long texts, and texts that fold longer than they are (ß → ss, ﷺ → 18 letters)', () => {
    const m = new BrandMatcher(ALL);
    for (const [text, expected] of [
      ['ß'.repeat(3000) + ' ﷺ'.repeat(300) + ' Acme', 'Acme'],
      ['x'.repeat(70_000) + ' 4cme', '4cme'],
      ['é'.repeat(10) + 'ß'.repeat(50_000) + ' #BoycottAcme', '#BoycottAcme'],
    ] as const) {
      expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual([expected]);
      expect(m.find(text)).toEqual(m.findExact(text));
    }
  });
});

describe('Prefilter', () => {
  const pf = new Prefilter({
    firstWords: ['acme', '@acme', '#acme', 'roadrunner', 'roadrunner3000'],
    fuzzyHashes: deletionHashes('lacoste'),
    fuzzyLengths: [6, 7, 8],
    fuzzyWords: ['lacoste'],
    compound: ['acme'],
  });

  it('lets ordinary texts through without a second look', () => {
    for (const text of [
      'nothing to see here',
      'Je suis très déçu 😡 !!!',
      'my order never arrived, the app keeps crashing',
      '',
      '   ',
      '#monday @someone',
    ])
      expect(pf.mayMatch(text), text).toBe(false);
  });

  it.each([
    'ACME!',
    '4cme',
    'acmeeee',
    '@Acme',
    '#acme',
    '#boycott4cme',
    'ac-me',
    'ac.me',
    'road-runner-3000',
    'Lacotse',
    'lacostte',
    'l a c',
  ])('sends %j to the exact matcher', (text) => expect(pf.mayMatch(text)).toBe(true));

  it('sends every word one edit from a name to the exact matcher', () => {
    const names = ['lacoste', 'lumora', 'marqueux', 'creme', 'strasse']; // folded, as the matcher keeps them
    const fuzzy = new Prefilter({
      firstWords: [],
      fuzzyHashes: names.flatMap(deletionHashes),
      fuzzyLengths: names.flatMap((n) => [n.length - 1, n.length, n.length + 1]),
      fuzzyWords: names,
      compound: [],
    });
    const letters = 'aeiouxzqé0';
    let tried = 0;
    for (const name of names) {
      const edits = new Set<string>();
      for (let i = 0; i <= name.length; i++) {
        if (i < name.length) edits.add(name.slice(0, i) + name.slice(i + 1));
        if (i + 1 < name.length) edits.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
        for (const c of letters) {
          edits.add(name.slice(0, i) + c + name.slice(i));
          if (i < name.length) edits.add(name.slice(0, i) + c + name.slice(i + 1));
        }
      }
      for (const word of edits) {
        // Three letters in a row are shrunk to one before anything else: not one edit any more.
        if (/(.)\1\1/.test(unleet(fold(word).text))) continue;
        // A digit is read as leetspeak ("lac0ste" is "lacoste"), an accent is folded away.
        expect(fuzzy.mayMatch(word), word).toBe(true);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(500);
    expect(fuzzy.mayMatch('ordinary words like deux services batterie')).toBe(false);
  });

  it('hashes words as deletionHashes does', () => {
    expect(hashWord('lacoste')).toBe(deletionHashes('lacoste')[0]);
  });
});
